package org.pystrade.optimisation.weights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.pystrade.core.combination.ForecastCombineInputs;
import org.pystrade.core.combination.ForecastWeightEstimator;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.pandl.SrCosts;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.estimators.TimedData;
import org.pystrade.optimisation.fitting.EstimationProgress;

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
  private final double ceilingCostSr;
  private final boolean applyCostWeight;
  private final ReturnsPreProcessor.Settings returnsSettings;
  private final OptimiseOverTime.Settings optimiseSettings;

  /**
   * Creates the estimator with the parameters of a config ({@code forecast_weight_estimate} and
   * {@code forecast_cost_estimates}).
   *
   * @param config the config
   * @param progress receives one step per fitting period of each instrument
   */
  public EstimatedForecastWeights(SystemConfig config, EstimationProgress progress) {
    this.progress = ArgChecker.notNull(progress, "progress");
    this.ceilingCostSr = ceilingCostSr(config);
    this.applyCostWeight = config.getBoolean(P + ".apply_cost_weight", false);
    this.returnsSettings = ReturnsPreProcessor.Settings.fromConfig(config, P, "forecast_cost_estimates");
    this.optimiseSettings = OptimiseOverTime.Settings.fromConfig(config, P);
  }

  /**
   * The SR cost above which a rule is left out of the estimation ({@code forecast_weight_estimate.ceiling_cost_SR}).
   *
   * @param config the config
   * @return the ceiling
   */
  public static double ceilingCostSr(SystemConfig config) {
    return config.getDouble(P + ".ceiling_cost_SR");
  }

  @Override
  public SeriesFrame estimate(ForecastCombineInputs inputs, InstrumentCode code) {
    return inputs.context().memo("optimisation", "rawForecastWeights", code, null, () -> {
      SrCosts costs = inputs.costs();
      List<RuleName> cheap = costs.cheapRules(code, ceilingCostSr);
      SeriesFrame weights;
      if (cheap.isEmpty()) {
        weights = SeriesFrame.of(new long[0], List.of(), new double[0][]);
      } else {
        List<InstrumentCode> pool = sameCheapRules(inputs, code, ceilingCostSr, cheap,
            c -> returnsFor(inputs, c, cheap));
        // every pooled instrument's rule P&L (memoised), several instruments at once
        List<AssetReturns> pooled = inputs.context().parallel().mapNested(pool, c -> returnsFor(inputs, c, cheap));
        Map<String, AssetReturns> returns = new LinkedHashMap<>();
        for (int i = 0; i < pool.size(); i++) {
          returns.put(pool.get(i).value(), pooled.get(i));
        }
        Map<String, Map<String, Double>> turnovers = new LinkedHashMap<>();
        for (RuleName r : cheap) {
          Map<String, Double> byCode = new LinkedHashMap<>();
          for (InstrumentCode c : pool) {
            // memoised: each pooled instrument's turnover is read by every instrument of its pool
            byCode.put(c.value(), costs.ownTurnover(c, r));
          }
          turnovers.put(r.value(), byCode);
        }
        ReturnsPreProcessor pre = new ReturnsPreProcessor(returns, turnovers, returnsSettings);
        Map<String, Double> costSr = pre.unadjustedCostSR(code.value());
        // the net returns, and so the weights, depend on the instrument only through its pool and its rules' cost
        // SRs: instruments sharing both (pooled costs, or equal ones) share one optimisation, which makes pooled
        // costs linear in the number of instruments instead of quadratic
        SeriesFrame optimised = inputs.context().memo("optimisation", "pooledForecastWeights",
            List.of(List.copyOf(pool), List.copyOf(cheap)), Map.copyOf(costSr), () -> {
              TimedData net = pre.netReturns(code.value());
              return new OptimiseOverTime(net, pre.pooledLength(code.value()), optimiseSettings)
                  .weights(inputs.context().parallel(), progress, "forecast weights " + code);
            });
        weights = applyCostWeight ? CostWeighting.apply(optimised, costSr) : optimised;
      }
      return weights;
    });
  }

  private static AssetReturns returnsFor(ForecastCombineInputs inputs, InstrumentCode code, List<RuleName> rules) {
    return inputs.context().memo("optimisation", "forecastReturns", code, List.copyOf(rules), () -> {
      Map<String, PandlCurve> curves = new LinkedHashMap<>();
      for (RuleName r : rules) {
        curves.put(r.value(), inputs.forecastPandl().pandl(code, r));
      }
      return AssetReturns.of(curves);
    });
  }

  /**
   * The configured instruments whose cheap rules (SR cost at most the ceiling) are the instrument's own
   * (pysystemtrade's {@code has_same_cheap_rules_as_code}), leaving out those whose data cannot be read; sorted.
   *
   * @param inputs the combination stage's inputs
   * @param code the instrument
   * @param ceiling the SR cost ceiling ({@code forecast_weight_estimate.ceiling_cost_SR})
   * @param load loads what the caller needs of each matching instrument (an instrument for which it fails is left
   *     out)
   * @return the instruments, including this one
   */
  public static List<InstrumentCode> sameCheapRules(ForecastCombineInputs inputs, InstrumentCode code,
      double ceiling, Consumer<InstrumentCode> load) {
    return sameCheapRules(inputs, code, ceiling, inputs.costs().cheapRules(code, ceiling), load);
  }

  private static List<InstrumentCode> sameCheapRules(ForecastCombineInputs inputs, InstrumentCode code,
      double ceiling, List<RuleName> mine, Consumer<InstrumentCode> load) {
    SrCosts costs = inputs.costs();
    List<InstrumentCode> out = new ArrayList<>();
    List<InstrumentCode> candidates = inputs.context().pool(inputs.context().configuredInstruments(), code, c -> {
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
