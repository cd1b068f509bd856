package org.pystrade.optimisation.weights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.pandl.SrCosts;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.estimation.ForecastWeightEstimator;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.Pools;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.EstimationProgress;
import org.pystrade.optimisation.estimators.TimedData;

/**
 * pysystemtrade's estimated forecast weights ({@code get_raw_monthly_forecast_weights} with
 * {@code forecast_weight_estimate}): the rules cheap enough ({@code ceiling_cost_SR}) are optimised on the P&amp;L of
 * each rule's forecast, pooled over the instruments with the same cheap rules, net of this instrument's costs
 * ({@link ReturnsPreProcessor}), over fitting periods ({@link OptimiseOverTime}); optionally adjusted for costs
 * ({@code apply_cost_weight}); rules above {@code forecast_post_ceiling_cost_SR} are then dropped.
 */
public final class EstimatedForecastWeights implements ForecastWeightEstimator {

  private static final String P = "forecast_weight_estimate";

  private final EstimationProgress progress;

  /**
   * Creates the estimator (parameters come from each system's config).
   *
   * @param progress receives one step per fitting period of each instrument
   */
  public EstimatedForecastWeights(EstimationProgress progress) {
    this.progress = ArgChecker.notNull(progress, "progress");
  }

  @Override
  public SeriesFrame estimate(TradingSystem system, InstrumentCode code) {
    return system.memo().get(new StageKey("optimisation", "rawForecastWeights", code, null), () -> {
      SrCosts costs = new SrCosts(system);
      List<RuleName> cheap = costs.cheapRules(code, system.config().getDouble(P + ".ceiling_cost_SR"));
      SeriesFrame weights;
      if (cheap.isEmpty()) {
        weights = SeriesFrame.of(new long[0], List.of(), new double[0][]);
      } else {
        List<InstrumentCode> pool = sameCheapRules(system, costs, code, cheap);
        // every pooled instrument's rule P&L (memoised), several instruments at once
        List<AssetReturns> pooled = Parallel.mapNested(pool, c -> returnsFor(system, c, cheap));
        Map<String, AssetReturns> returns = new LinkedHashMap<>();
        for (int i = 0; i < pool.size(); i++) {
          returns.put(pool.get(i).value(), pooled.get(i));
        }
        Map<String, Map<String, Double>> turnovers = new LinkedHashMap<>();
        double avgForecast = system.config().getDouble("average_absolute_forecast");
        for (RuleName r : cheap) {
          Map<String, Double> byCode = new LinkedHashMap<>();
          for (InstrumentCode c : pool) {
            byCode.put(c.value(), SrCosts.turnover(system.forecastScaleCap().cappedForecast(c, r), avgForecast));
          }
          turnovers.put(r.value(), byCode);
        }
        ReturnsPreProcessor pre = new ReturnsPreProcessor(returns, turnovers,
            ReturnsPreProcessor.Settings.fromConfig(system.config(), P, "forecast_cost_estimates"));
        TimedData net = pre.netReturns(code.value());
        weights = new OptimiseOverTime(net, pre.pooledLength(code.value()),
            OptimiseOverTime.Settings.fromConfig(system.config(), P)).weights(progress, "forecast weights " + code);
        if (system.config().has(P + ".apply_cost_weight") && system.config().getBoolean(P + ".apply_cost_weight")) {
          weights = CostWeighting.apply(weights, pre.unadjustedCostSR(code.value()));
        }
      }
      return weights;
    });
  }

  private static AssetReturns returnsFor(TradingSystem system, InstrumentCode code, List<RuleName> rules) {
    return system.memo().get(new StageKey("optimisation", "forecastReturns", code, List.copyOf(rules)), () -> {
      Map<String, PandlCurve> curves = new LinkedHashMap<>();
      for (RuleName r : rules) {
        curves.put(r.value(), system.accounts().pandlForInstrumentForecast(code, r));
      }
      return AssetReturns.of(curves);
    });
  }

  private static List<InstrumentCode> sameCheapRules(TradingSystem system, SrCosts costs, InstrumentCode code,
      List<RuleName> mine) {
    return sameCheapRules(system, costs, code, mine, c -> returnsFor(system, c, mine));
  }

  /**
   * The configured instruments whose cheap rules (SR cost at most {@code forecast_weight_estimate.ceiling_cost_SR})
   * are the instrument's own (pysystemtrade's {@code has_same_cheap_rules_as_code}), leaving out those whose data
   * cannot be read; sorted.
   *
   * @param system the system
   * @param code the instrument
   * @param load loads what the caller needs of each matching instrument (an instrument for which it fails is left
   *     out)
   * @return the instruments, including this one
   */
  public static List<InstrumentCode> sameCheapRules(TradingSystem system, InstrumentCode code,
      java.util.function.Consumer<InstrumentCode> load) {
    SrCosts costs = new SrCosts(system);
    List<RuleName> mine = costs.cheapRules(code, system.config().getDouble(P + ".ceiling_cost_SR"));
    return sameCheapRules(system, costs, code, mine, load);
  }

  private static List<InstrumentCode> sameCheapRules(TradingSystem system, SrCosts costs, InstrumentCode code,
      List<RuleName> mine, java.util.function.Consumer<InstrumentCode> load) {
    double ceiling = system.config().getDouble(P + ".ceiling_cost_SR");
    List<InstrumentCode> out = new ArrayList<>();
    List<InstrumentCode> candidates = Pools.withData(system, system.configuredInstruments(), code, c -> {
      if (costs.cheapRules(c, ceiling).equals(mine)) {
        load.accept(c);
      }
    });
    for (InstrumentCode c : candidates) {
      if (costs.cheapRules(c, ceiling).equals(mine)) {
        out.add(c);
      }
    }
    out.sort(null);
    return out;
  }
}
