package org.pystrade.core.results;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The columns of each of a system's result frames, named as pysystemtrade's golden exports name them, each column
 * on its own index (a frame joins them on the union of their indexes). Each method computes (or reads from the
 * system's memo) only what its frame needs, so that a caller asking for one frame does not compute the others.
 */
public final class ResultColumns {

  private static final Logger LOG = LoggerFactory.getLogger(ResultColumns.class);

  private final TradingSystem system;

  /**
   * The columns of a system's results.
   *
   * @param system the system
   */
  public ResultColumns(TradingSystem system) {
    this.system = ArgChecker.notNull(system, "system");
  }

  /**
   * Whether a system's results include the dynamic optimisation: its config sets {@code small_system} itself.
   *
   * @param system the system
   * @return true if the config sets {@code small_system}
   */
  public static boolean optimises(TradingSystem system) {
    return system.config().isSetByUser("small_system");
  }

  /**
   * Whether a system estimates any of forecast scalars, forecast weights or FDM (its results then include the
   * estimates per instrument).
   *
   * @param system the system
   * @return true if any is estimated
   */
  public static boolean isEstimated(TradingSystem system) {
    var c = system.config();
    return c.getBoolean("use_forecast_scale_estimates") || c.getBoolean("use_forecast_weight_estimates")
        || c.getBoolean("use_forecast_div_mult_estimates");
  }

  /**
   * An instrument's columns ({@code INSTRUMENT.csv}), in golden layout order: {@code price}, {@code vol},
   * {@code raw.RULE} for every trading rule, {@code capped.RULE} for every rule of its combination, {@code combined},
   * {@code subsystem_position}, {@code notional_position}, {@code buffered_position}, {@code pandl_net},
   * {@code pandl_gross}, {@code pandl_costs}. An instrument outside the portfolio has only the columns its data
   * allows (at least price and volatility; a warning names what is missing).
   *
   * @param code the instrument
   * @return column name to series
   * @throws DataException if even its prices cannot be had
   */
  public Map<String, TimeSeries> instrument(InstrumentCode code) {
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    cols.put("price", system.rawData().dailyPrices(code));
    cols.put("vol", system.rawData().dailyReturnsVolatility(code));
    // the rest needs more data (multiple prices, FX...): an instrument that cannot have it still gets its
    // price and volatility, and the system reports why it was left out of the portfolio
    optional(code, () -> {
      for (RuleName r : system.tradingRules().keySet()) {
        cols.put("raw." + r, system.rules().rawForecast(code, r));
      }
    });
    optional(code, () -> {
      for (RuleName r : system.combine().ruleVariations(code)) {
        cols.put("capped." + r, system.forecastScaleCap().cappedForecast(code, r));
      }
      cols.put("combined", system.combine().combinedForecast(code));
    });
    if (!system.instruments().contains(code)) {
      return cols;
    }
    cols.put("subsystem_position", system.positionSizing().subsystemPosition(code));
    cols.put("notional_position", system.portfolio().notionalPosition(code));
    cols.put("buffered_position", system.accounts().bufferedPosition(code, true));
    PandlCurve p = system.accounts().pandlForInstrument(code);
    cols.put("pandl_net", p.net());
    cols.put("pandl_gross", p.gross());
    cols.put("pandl_costs", p.costs());
    return cols;
  }

  private static void optional(InstrumentCode code, Runnable columns) {
    try {
      columns.run();
    } catch (DataException | IllegalArgumentException ex) {
      LOG.warn("{}: some columns cannot be computed: {}", code, ex.getMessage());
    }
  }

  /**
   * The portfolio's P&amp;L ({@code portfolio.csv}): {@code net}, {@code gross}, {@code costs} in the base
   * currency and {@code net_pct} in percent of capital.
   *
   * @return column name to series
   */
  public Map<String, TimeSeries> portfolio() {
    return curveColumns(system.accounts().portfolio());
  }

  private static Map<String, TimeSeries> curveColumns(PandlCurve p) {
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    cols.put("net", p.net());
    cols.put("gross", p.gross());
    cols.put("costs", p.costs());
    cols.put("net_pct", p.netPercent());
    return cols;
  }

  /**
   * The instrument weights ({@code instrument_weights.csv}), one column per instrument of the portfolio.
   *
   * @return instrument to series
   */
  public Map<String, TimeSeries> instrumentWeights() {
    return system.portfolio().instrumentWeights().toMap();
  }

  /**
   * The instrument diversification multiplier ({@code idm.csv}).
   *
   * @return a single {@code idm} column
   */
  public Map<String, TimeSeries> idm() {
    return Map.of("idm", system.portfolio().instrumentDiversificationMultiplier());
  }

  /**
   * The notional positions before risk scaling of every instrument of the portfolio
   * ({@code notional_position_before_risk_scaling.csv}).
   *
   * @return instrument to series
   */
  public Map<String, TimeSeries> notionalBeforeRiskScaling() {
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    for (InstrumentCode code : system.instruments()) {
      cols.put(code.value(), system.portfolio().notionalPositionBeforeRiskScaling(code));
    }
    return cols;
  }

  /**
   * The risk overlay's columns ({@code risk_overlay.csv}), empty without a {@code risk_overlay}.
   *
   * @return column name to series
   */
  public Map<String, TimeSeries> riskOverlay() {
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    system.portfolio().riskOverlay().ifPresent(o -> {
      cols.put("risk_scalar", o.riskScalar());
      cols.put("normal_risk", o.normalRisk());
      cols.put("shocked_vol_risk", o.shockedVolRisk());
      cols.put("sum_abs_risk", o.sumAbsRisk());
      cols.put("leverage", o.leverage());
    });
    return cols;
  }

  /**
   * The risk stage's columns ({@code risk_stage.csv}).
   *
   * @return column name to series
   */
  public Map<String, TimeSeries> riskStage() {
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    cols.put("risk_optimised_positions", system.optimisedPositions().riskOfOptimisedPositions());
    cols.put("risk_original_positions_rounded_buffered",
        system.optimisedPositions().riskOfRoundedBufferedPositions());
    cols.put("risk_original_positions", system.optimisedPositions().riskOfOriginalPositions());
    return cols;
  }

  /**
   * The optimised positions of every instrument ({@code optimised_positions.csv}).
   *
   * @return instrument to series
   */
  public Map<String, TimeSeries> optimisedPositions() {
    return system.optimisedPositions().positions().toMap();
  }

  /**
   * An instrument's optimised position and its P&amp;L ({@code INSTRUMENT.optimised.csv}).
   *
   * @param code the instrument
   * @return column name to series
   */
  public Map<String, TimeSeries> optimisedInstrument(InstrumentCode code) {
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    cols.put("optimised_position", system.optimisedPositions().position(code));
    PandlCurve p = system.optimisedPositions().pandl(code);
    cols.put("optimised_pandl_net", p.net());
    cols.put("optimised_pandl_gross", p.gross());
    cols.put("optimised_pandl_costs", p.costs());
    return cols;
  }

  /**
   * The optimised portfolio's P&amp;L ({@code optimised_portfolio.csv}), columns as {@link #portfolio()}.
   *
   * @return column name to series
   */
  public Map<String, TimeSeries> optimisedPortfolio() {
    return curveColumns(system.optimisedPositions().portfolio());
  }

  /**
   * The forecast scalars of an instrument's rule variations ({@code INSTRUMENT.forecast_scalars.csv}), each on its
   * raw forecast's index.
   *
   * @param code the instrument
   * @return rule name to scalar series, rules sorted by name
   */
  public Map<String, TimeSeries> forecastScalars(InstrumentCode code) {
    Map<String, TimeSeries> out = new LinkedHashMap<>();
    for (RuleName r : system.combine().ruleVariations(code)) {
      out.put(r.value(), system.forecastScaleCap().forecastScalar(code, r));
    }
    return out;
  }

  /**
   * The daily (fitted, smoothed, normalised) forecast weights of an instrument
   * ({@code INSTRUMENT.forecast_weights.csv}).
   *
   * @param code the instrument
   * @return rule name to weight series
   */
  public Map<String, TimeSeries> forecastWeights(InstrumentCode code) {
    return system.combine().forecastWeights(code).toMap();
  }

  /**
   * The forecast diversification multiplier of an instrument ({@code INSTRUMENT.fdm.csv}).
   *
   * @param code the instrument
   * @return a single {@code fdm} column
   */
  public Map<String, TimeSeries> fdm(InstrumentCode code) {
    return Map.of("fdm", system.combine().forecastDiversificationMultiplier(code));
  }

  /**
   * Each trading rule's net P&amp;L across the portfolio in the base currency ({@code trading_rule_pandl.csv},
   * pysystemtrade's {@code accounts.pandl_for_trading_rule(RULE).net}), one column per rule that an instrument of
   * the portfolio trades, in the order of the config's rules; not part of pysystemtrade's golden exports.
   *
   * @return rule name to series
   */
  public Map<String, TimeSeries> tradingRulePandl() {
    Set<RuleName> traded = new HashSet<>();
    for (InstrumentCode code : system.instruments()) {
      traded.addAll(system.combine().ruleVariations(code));
    }
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    for (RuleName r : system.tradingRules().keySet()) {
      if (traded.contains(r)) {
        cols.put(r.value(), system.accounts().pandlForTradingRule(r).net());
      }
    }
    return cols;
  }
}
