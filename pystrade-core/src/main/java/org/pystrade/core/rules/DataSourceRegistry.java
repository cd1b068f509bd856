package org.pystrade.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;

/**
 * Resolves the {@code data:} names of pysystemtrade rule configs ({@code rawdata.get_daily_prices},
 * {@code rawdata.daily_returns_volatility}, {@code rawdata.raw_carry}...) to system calculations. Users register
 * their own sources with {@link #with(String, DataSource)}, or, for a source that takes keyword arguments, with
 * {@link #with(String, RuleArgs, ParameterisedDataSource)}. Immutable.
 *
 * <p>Keyword arguments are pysystemtrade's: a rule passes them through underscore {@code other_args}
 * ({@link RuleArgs#separateDataArgs}); each source declares the arguments it accepts with their defaults (of the
 * standard sources only {@code rawdata.smoothed_carry} takes one, {@code smooth_days=90}, as in pysystemtrade), an
 * argument it does not declare is an error naming the source and the accepted ones, and the result of a source that
 * declares arguments is memoised per instrument and argument values.
 */
public final class DataSourceRegistry {

  private static final DataSourceRegistry STANDARD = buildStandard();

  /** A registered source: the keyword arguments it accepts (with their defaults) and its calculation. */
  private record Source(RuleArgs parameters, ParameterisedDataSource calculation) {
  }

  private final Map<String, Source> sources;

  private DataSourceRegistry(Map<String, Source> sources) {
    this.sources = Collections.unmodifiableMap(sources);
  }

  private static void plain(Map<String, Source> m, String name, DataSource source) {
    m.put(name, new Source(RuleArgs.empty(), (s, c, a) -> source.get(s, c)));
  }

  private static DataSourceRegistry buildStandard() {
    Map<String, Source> m = new TreeMap<>();
    plain(m, "data.daily_prices", (s, c) -> s.rawData().dailyPrices(c));
    plain(m, "data.get_raw_price", (s, c) -> s.data().adjustedPrices(c));
    plain(m, "rawdata.get_daily_prices", (s, c) -> s.rawData().dailyPrices(c));
    plain(m, "rawdata.daily_prices", (s, c) -> s.rawData().dailyPrices(c));
    plain(m, "rawdata.daily_returns", (s, c) -> s.rawData().dailyReturns(c));
    plain(m, "rawdata.get_daily_percentage_returns", (s, c) -> s.rawData().dailyPercentageReturns(c));
    plain(m, "rawdata.daily_returns_volatility", (s, c) -> s.rawData().dailyReturnsVolatility(c));
    plain(m, "rawdata.get_daily_percentage_volatility", (s, c) -> s.rawData().dailyPercentageVolatility(c));
    plain(m, "rawdata.daily_denominator_price", (s, c) -> s.rawData().dailyDenominatorPrice(c));
    plain(m, "rawdata.raw_futures_roll", (s, c) -> s.rawData().rawFuturesRoll(c));
    plain(m, "rawdata.roll_differentials", (s, c) -> s.rawData().rollDifferentials(c));
    plain(m, "rawdata.annualised_roll", (s, c) -> s.rawData().annualisedRoll(c));
    plain(m, "rawdata.daily_annualised_roll", (s, c) -> s.rawData().dailyAnnualisedRoll(c));
    plain(m, "rawdata.raw_carry", (s, c) -> s.rawData().rawCarry(c));
    m.put("rawdata.smoothed_carry", new Source(RuleArgs.of("smooth_days", 90),
        (s, c, a) -> s.rawData().smoothedCarry(c, a.getDouble("smooth_days"))));
    plain(m, "rawdata.median_carry_for_asset_class", (s, c) -> s.rawData().medianCarryForAssetClass(c));
    plain(m, "rawdata.get_daily_vol_normalised_returns", (s, c) -> s.rawData().dailyVolNormalisedReturns(c));
    plain(m, "rawdata.get_cumulative_daily_vol_normalised_returns",
        (s, c) -> s.rawData().cumulativeDailyVolNormalisedReturns(c));
    plain(m, "rawdata.normalised_price_for_asset_class", (s, c) -> s.rawData().normalisedPriceForAssetClass(c));
    return new DataSourceRegistry(m);
  }

  /**
   * The standard sources.
   *
   * @return the registry
   */
  public static DataSourceRegistry standard() {
    return STANDARD;
  }

  /**
   * A copy with one more source that takes no keyword arguments (replacing any source of the same name).
   *
   * @param name the name used in configs
   * @param source the calculation
   * @return the new registry
   */
  public DataSourceRegistry with(String name, DataSource source) {
    ArgChecker.notNull(source, "source");
    return with(name, RuleArgs.empty(), (s, c, a) -> source.get(s, c));
  }

  /**
   * A copy with one more source that takes keyword arguments (replacing any source of the same name).
   *
   * @param name the name used in configs
   * @param parameters the keyword arguments it accepts, each with its default value
   * @param source the calculation, given every declared argument
   * @return the new registry
   */
  public DataSourceRegistry with(String name, RuleArgs parameters, ParameterisedDataSource source) {
    ArgChecker.notBlank(name, "name");
    ArgChecker.notNull(parameters, "parameters");
    ArgChecker.notNull(source, "source");
    Map<String, Source> m = new TreeMap<>(sources);
    m.put(name, new Source(parameters, source));
    return new DataSourceRegistry(m);
  }

  private Source source(String name) {
    Source s = sources.get(name);
    if (s == null) {
      throw new IllegalArgumentException("unknown rule data source '" + name + "'; known sources: "
          + sources.keySet());
    }
    return s;
  }

  /**
   * Looks a source up, as called with its default arguments.
   *
   * @param name the name
   * @return the source
   * @throws IllegalArgumentException naming the unknown source and listing the known ones
   */
  public DataSource get(String name) {
    source(name);
    return (system, instrument) -> compute(name, system, instrument, RuleArgs.empty());
  }

  /**
   * The keyword arguments a source accepts, with their defaults.
   *
   * @param name the name
   * @return the arguments (empty for a source that takes none)
   * @throws IllegalArgumentException naming the unknown source and listing the known ones
   */
  public RuleArgs parameters(String name) {
    return source(name).parameters();
  }

  /**
   * The arguments a call of a source gets: its defaults, overridden by the given ones.
   *
   * @param name the source
   * @param given the arguments a rule passes (names without their underscores)
   * @return every declared argument with its value
   * @throws IllegalArgumentException naming the source, the argument it does not accept and the ones it accepts
   */
  public RuleArgs resolveArgs(String name, RuleArgs given) {
    ArgChecker.notNull(given, "given");
    RuleArgs declared = source(name).parameters();
    if (given.names().isEmpty()) {
      return declared;
    }
    Map<String, Object> merged = new LinkedHashMap<>(declared.values());
    for (String arg : given.names()) {
      if (!declared.values().containsKey(arg)) {
        throw new IllegalArgumentException("data source '" + name + "' got an unexpected argument '" + arg
            + "'; it accepts " + (declared.names().isEmpty() ? "none" : declared.names().toString()));
      }
      merged.put(arg, given.values().get(arg));
    }
    return new RuleArgs(merged);
  }

  /**
   * Computes a source for an instrument with the given keyword arguments (defaults filled in); memoised per
   * instrument and argument values when the source declares arguments (a source without arguments memoises, or
   * not, itself).
   *
   * @param name the source
   * @param system the system
   * @param instrument the instrument
   * @param given the arguments a rule passes (names without their underscores)
   * @return the series
   * @throws IllegalArgumentException if the source is unknown or does not accept an argument
   */
  public TimeSeries compute(String name, TradingSystem system, InstrumentCode instrument, RuleArgs given) {
    Source s = source(name);
    RuleArgs args = resolveArgs(name, given);
    if (s.parameters().names().isEmpty()) {
      return s.calculation().get(system, instrument, args);
    }
    return system.memo().get(new StageKey("data", name, instrument, args),
        () -> s.calculation().get(system, instrument, args));
  }

  /**
   * Whether a source is registered.
   *
   * @param name the name
   * @return true if known
   */
  public boolean contains(String name) {
    return sources.containsKey(name);
  }

  /**
   * The registered names.
   *
   * @return sorted names
   */
  public Set<String> names() {
    return sources.keySet();
  }
}
