package org.pystrade.core.testing.stages;

import java.util.List;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;

/**
 * The data and configuration a stage contract builds its systems from: a small universe, the instruments of it that
 * have data, one configured instrument without any data and one instrument that is not in the system at all.
 *
 * <p>{@link #standard()} is a deterministic synthetic universe of three instruments ({@code AAA} and {@code CCC} in
 * USD, {@code BBB} in EUR) over 600 business days, traded with two EWMAC rules and carry, fixed forecast and
 * instrument weights, fixed FDM and IDM and {@code buffer_method: forecast}; the configured instrument
 * {@code NODATA} has no data and {@code NOSUCH} is neither configured nor in the data. A contract uses it unless its
 * {@code fixture()} hook is overridden, e.g. to test a stage on a user's own config:
 * <pre>{@code
 * @Override
 * protected StageFixture fixture() {
 *   StageFixture std = StageFixture.standard();
 *   return StageFixture.of(std.data(), std.config().toBuilder().set("forecast_cap", 15.0).build(),
 *       std.instruments(), std.missingDataInstrument(), std.unknownInstrument());
 * }
 * }</pre>
 */
public final class StageFixture {

  /** The number of business days of the standard data. */
  public static final int DAYS = 600;

  /** The standard config, pysystemtrade YAML. */
  public static final String STANDARD_YAML = ""
      + "trading_rules:\n"
      + "  ewmac8_32:\n"
      + "    function: systems.provided.rules.ewmac.ewmac\n"
      + "    data: [rawdata.get_daily_prices, rawdata.daily_returns_volatility]\n"
      + "    other_args: {Lfast: 8, Lslow: 32}\n"
      + "    forecast_scalar: 5.3\n"
      + "  ewmac32_128:\n"
      + "    function: systems.provided.rules.ewmac.ewmac\n"
      + "    data: [rawdata.get_daily_prices, rawdata.daily_returns_volatility]\n"
      + "    other_args: {Lfast: 32, Lslow: 128}\n"
      + "    forecast_scalar: 2.65\n"
      + "  carry:\n"
      + "    function: systems.provided.rules.carry.carry\n"
      + "    data: [rawdata.raw_carry]\n"
      + "    other_args: {smooth_days: 90}\n"
      + "    forecast_scalar: 30\n"
      + "forecast_weights: {ewmac8_32: 0.35, ewmac32_128: 0.35, carry: 0.3}\n"
      + "forecast_div_multiplier: 1.1\n"
      + "instrument_weights: {AAA: 0.35, BBB: 0.35, CCC: 0.2, NODATA: 0.1}\n"
      + "instrument_div_multiplier: 1.2\n"
      + "buffer_method: forecast\n"
      + "base_currency: USD\n"
      + "notional_trading_capital: 1000000\n"
      + "percentage_vol_target: 20\n";

  private static final StageFixture STANDARD = new StageFixture(
      SyntheticFutures.builder(DAYS, "AAA", "USD", "BBB", "EUR", "CCC", "USD").build(),
      SystemConfig.fromYaml(STANDARD_YAML, "StageFixture.STANDARD_YAML"),
      List.of(InstrumentCode.of("AAA"), InstrumentCode.of("BBB"), InstrumentCode.of("CCC")),
      InstrumentCode.of("NODATA"), InstrumentCode.of("NOSUCH"));

  private final FuturesSimData data;
  private final SystemConfig config;
  private final List<InstrumentCode> instruments;
  private final InstrumentCode missingDataInstrument;
  private final InstrumentCode unknownInstrument;

  private StageFixture(FuturesSimData data, SystemConfig config, List<InstrumentCode> instruments,
      InstrumentCode missingDataInstrument, InstrumentCode unknownInstrument) {
    this.data = ArgChecker.notNull(data, "data");
    this.config = ArgChecker.notNull(config, "config");
    this.instruments = List.copyOf(ArgChecker.notEmpty(instruments, "instruments"));
    this.missingDataInstrument = ArgChecker.notNull(missingDataInstrument, "missingDataInstrument");
    this.unknownInstrument = ArgChecker.notNull(unknownInstrument, "unknownInstrument");
  }

  /**
   * The standard fixture (see the class documentation). Immutable and shared.
   *
   * @return the fixture
   */
  public static StageFixture standard() {
    return STANDARD;
  }

  /**
   * A fixture of one's own.
   *
   * @param data the market data
   * @param config the system's config; it must configure {@code missingDataInstrument} and not
   *     {@code unknownInstrument}
   * @param instruments the configured instruments with usable data, in configured (sorted) order: those the system's
   *     portfolio will hold
   * @param missingDataInstrument a configured instrument of which the data has nothing
   * @param unknownInstrument an instrument neither configured nor in the data
   * @return the fixture
   */
  public static StageFixture of(FuturesSimData data, SystemConfig config, List<InstrumentCode> instruments,
      InstrumentCode missingDataInstrument, InstrumentCode unknownInstrument) {
    return new StageFixture(data, config, instruments, missingDataInstrument, unknownInstrument);
  }

  /**
   * The market data.
   *
   * @return the data
   */
  public FuturesSimData data() {
    return data;
  }

  /**
   * The system's config.
   *
   * @return the config
   */
  public SystemConfig config() {
    return config;
  }

  /**
   * The configured instruments with usable data: those every stage must compute.
   *
   * @return the instruments, in configured order
   */
  public List<InstrumentCode> instruments() {
    return instruments;
  }

  /**
   * A configured instrument of which the data has nothing: every stage method that reads market data for it must
   * throw a {@link org.pystrade.core.data.DataException} naming it, and the system must leave it out.
   *
   * @return the instrument
   */
  public InstrumentCode missingDataInstrument() {
    return missingDataInstrument;
  }

  /**
   * An instrument that is neither configured nor in the data: every stage method asked for it must throw an
   * exception naming it.
   *
   * @return the instrument
   */
  public InstrumentCode unknownInstrument() {
    return unknownInstrument;
  }

  /**
   * A system builder on this fixture's data and config, with the default stages; a contract replaces the stage under
   * test on it.
   *
   * @return a new builder
   */
  public TradingSystem.Builder builder() {
    return TradingSystem.builder().config(config).data(data);
  }
}
