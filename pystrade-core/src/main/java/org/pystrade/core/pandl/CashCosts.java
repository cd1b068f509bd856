package org.pystrade.core.pandl;

import java.util.List;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * Sets up cash-cost P&amp;L calculations of an instrument as pysystemtrade sets them up: the daily price on the
 * positions' index, the instrument's FX rate, point size, costs and rolls, the config's
 * {@code multiply_roll_costs_by} and {@code vol_normalise_currency_costs}, the notional capital. The accounts use it
 * for an instrument's P&amp;L and the portfolio's estimators for the subsystems' P&amp;L.
 */
public final class CashCosts {

  /** The config keys {@link Params} reads. */
  public static final List<String> KEYS = List.of("multiply_roll_costs_by", "vol_normalise_currency_costs");

  /**
   * The cash-cost parameters.
   *
   * @param multiplyRollCostsBy {@code multiply_roll_costs_by}: the share of a roll's two trades charged, not
   *     negative
   * @param volNormaliseCosts {@code vol_normalise_currency_costs}: whether costs are deflated by relative price
   *     volatility
   */
  public record Params(double multiplyRollCostsBy, boolean volNormaliseCosts) {

    /**
     * Validates.
     *
     * @param multiplyRollCostsBy {@code multiply_roll_costs_by}: the share of a roll's two trades charged, not
     *         negative
     * @param volNormaliseCosts {@code vol_normalise_currency_costs}: whether costs are deflated by relative price
     *         volatility
     */
    public Params {
      if (!(multiplyRollCostsBy >= 0) || Double.isInfinite(multiplyRollCostsBy)) {
        throw new ConfigException("config key 'multiply_roll_costs_by' must be a number >= 0 but was "
            + multiplyRollCostsBy);
      }
    }

    /**
     * The parameters of a config.
     *
     * @param config the config
     * @return the parameters
     */
    public static Params fromConfig(SystemConfig config) {
      return new Params(config.getDouble("multiply_roll_costs_by"),
          config.getBoolean("vol_normalise_currency_costs"));
    }
  }

  private final StageContext context;
  private final RawData rawData;
  private final Params params;
  private final VolTarget volTarget;

  /**
   * Creates the set-up.
   *
   * @param context the system's context (data, FX rates)
   * @param rawData the raw-data stage (daily prices, rolls)
   * @param params the cash-cost parameters
   * @param volTarget the capital
   */
  public CashCosts(StageContext context, RawData rawData, Params params, VolTarget volTarget) {
    this.context = ArgChecker.notNull(context, "context");
    this.rawData = ArgChecker.notNull(rawData, "rawData");
    this.params = ArgChecker.notNull(params, "params");
    this.volTarget = ArgChecker.notNull(volTarget, "volTarget");
  }

  /**
   * The parameters.
   *
   * @return the parameters
   */
  public Params params() {
    return params;
  }

  /**
   * A cash-cost P&amp;L calculator for some positions of an instrument. Callers choose the fill delay and rounding
   * (and may override anything else).
   *
   * @param code the instrument
   * @param positions the positions held (before fill delay and rounding)
   * @return the prepared builder
   */
  public PandlCalculator.Builder calculator(InstrumentCode code, TimeSeries positions) {
    return calculator(context.data().meta(code), positions, rawData.dailyPrices(code), context.fxRate(code),
        rawData.rollsPerYear(code), params, volTarget.notionalCapital());
  }

  /**
   * A cash-cost P&amp;L calculator set up from an instrument's series, as {@link #calculator(InstrumentCode,
   * TimeSeries)} sets one up from a system's stages: for a computation that holds the series itself.
   *
   * @param meta the instrument's configuration (point size, costs)
   * @param positions the positions held (before fill delay and rounding)
   * @param dailyPrices the instrument's daily prices
   * @param fx its FX rate into the base currency
   * @param rollsPerYear its rolls a year
   * @param params the cash-cost parameters
   * @param capital the notional capital
   * @return the prepared builder
   */
  public static PandlCalculator.Builder calculator(InstrumentMeta meta, TimeSeries positions, TimeSeries dailyPrices,
      TimeSeries fx, int rollsPerYear, Params params, double capital) {
    return PandlCalculator.builder()
        .positions(positions)
        .price(dailyPrices.reindexPad(positions))
        .fx(fx)
        .pointSize(meta.pointSize())
        .costs(CostModel.of(meta))
        .rollsPerYear(rollsPerYear)
        .multiplyRollCostsBy(params.multiplyRollCostsBy())
        .volNormaliseCosts(params.volNormaliseCosts())
        .capital(capital);
  }
}
