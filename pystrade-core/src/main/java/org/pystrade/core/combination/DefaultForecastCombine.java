package org.pystrade.core.combination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.forecast.ForecastScaleCap;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * Forecast combination as pysystemtrade's {@code ForecastCombine}: fixed or estimated forecast weights and FDM.
 * Every result goes through the overridable methods it depends on: the combined forecast is computed from
 * {@link #allForecasts}, {@link #forecastWeights} and {@link #forecastDiversificationMultiplier}, and the forecasts
 * from the scaling stage's capped forecasts.
 */
public class DefaultForecastCombine implements ForecastCombine {

  private final ForecastCombineInputs inputs;
  private final StageContext context;
  private final ForecastScaleCap scaleCap;
  private final CombinationParams params;

  /**
   * Creates the stage.
   *
   * @param inputs the context, the forecast scaling stage, the costs, the parameters and the estimators
   */
  public DefaultForecastCombine(ForecastCombineInputs inputs) {
    this.inputs = ArgChecker.notNull(inputs, "inputs");
    this.context = inputs.context();
    this.scaleCap = inputs.scaleCap();
    this.params = inputs.params();
  }

  @Override
  public List<RuleName> ruleVariations(InstrumentCode code) {
    return inputs.ruleVariations().of(code);
  }

  @Override
  public SeriesFrame allForecasts(InstrumentCode code) {
    // not memoised: a join of the memoised capped forecasts, cheap to redo and as large as all of them together
    List<RuleName> rules = ruleVariations(code);
    if (rules.isEmpty()) {
      throw new ConfigException("instrument " + code + " has no trading rule to combine: the config has no "
          + "trading_rules (is it empty, or only comments?), or its rule_variations give " + code + " none");
    }
    return forecastsFor(code, rules);
  }

  private SeriesFrame forecastsFor(InstrumentCode code, List<RuleName> rules) {
    Map<String, TimeSeries> m = new LinkedHashMap<>();
    for (RuleName r : rules) {
      m.put(r.value(), scaleCap.cappedForecast(code, r));
    }
    return SeriesFrame.concat(m).ffill();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The weights' columns are in the order the config declares them (that order is the order in which rows are
   * summed when they are normalised, as in pysystemtrade).
   */
  @Override
  public SeriesFrame forecastWeights(InstrumentCode code) {
    // the raw weights (one row per fit, possibly costly to estimate) are memoised; the daily weights derived from
    // them are not: they are read once, by the combined forecast, and are as large as the forecasts themselves
    SeriesFrame all = allForecasts(code);
    SeriesFrame raw = context.memo("combForecast", "rawForecastWeights", code, null,
        () -> withoutExpensiveRules(code, rawForecastWeights(code, all)));
    SeriesFrame forecasts;
    if (new HashSet<>(raw.names()).equals(new HashSet<>(all.names()))) {
      // the same forecasts in the weights' order: reorder the columns instead of joining them again
      forecasts = all.select(raw.names());
    } else {
      List<RuleName> order = new ArrayList<>();
      raw.names().forEach(n -> order.add(RuleName.of(n)));
      forecasts = forecastsFor(code, order);
    }
    return WeightFitting.fitSmoothAndNormalise(raw, forecasts, params.weightEwmaSpan(), SeriesFrame.Mapper.SEQUENTIAL);
  }

  /**
   * pysystemtrade's {@code _remove_expensive_rules_from_weights}, for fixed and estimated weights alike: only the
   * columns of rules whose SR cost is at most {@code forecast_post_ceiling_cost_SR} are kept; when no rule is cheap
   * enough every column is kept with weight 0.
   *
   * @param code the instrument
   * @param weights the raw weights
   * @return the weights of the cheap rules
   */
  private SeriesFrame withoutExpensiveRules(InstrumentCode code, SeriesFrame weights) {
    List<RuleName> cheap = inputs.costs().cheapRules(code, params.postCeilingCostSr());
    if (cheap.isEmpty()) {
      double[][] zeros = new double[weights.names().size()][weights.rowCount()];
      return SeriesFrame.of(weights.timesView(), weights.names(), zeros);
    }
    List<String> keep = new ArrayList<>();
    for (String name : weights.names()) {
      if (cheap.contains(RuleName.of(name))) {
        keep.add(name);
      }
    }
    return keep.size() == weights.names().size() ? weights : weights.select(keep);
  }

  /**
   * The raw (target) weights before fitting: fixed from config, or from the system's estimator when
   * {@code use_forecast_weight_estimates} is true.
   *
   * @param code the instrument
   * @param forecasts the instrument's forecasts
   * @return raw weights, one column per rule variation
   */
  protected SeriesFrame rawForecastWeights(InstrumentCode code, SeriesFrame forecasts) {
    if (params.useWeightEstimates()) {
      return inputs.weightEstimator().orElseThrow(() -> new ConfigException(
          "use_forecast_weight_estimates is true but no forecast weight estimator is available: add "
              + "pystrade-optimisation or set one on the system builder")).estimate(inputs, code);
    }
    Map<RuleName, Double> fixed = params.fixedWeightsFor(code).orElse(null);
    List<RuleName> rules = new ArrayList<>();
    if (fixed != null) {
      rules.addAll(fixed.keySet());
    } else {
      rules.addAll(ruleVariations(code));
    }
    long[] t = forecasts.rowCount() == 0 ? new long[0] : new long[] {forecasts.timesView()[0]};
    double[][] cols = new double[rules.size()][];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      double w = fixed == null ? 1.0 / rules.size() : fixed.get(rules.get(i));
      cols[i] = t.length == 0 ? new double[0] : new double[] {w};
      names.add(rules.get(i).value());
    }
    return SeriesFrame.of(t, names, cols);
  }

  @Override
  public TimeSeries forecastDiversificationMultiplier(InstrumentCode code) {
    return context.memo("combForecast", "fdm", code, null, () -> {
      if (params.useFdmEstimates()) {
        return inputs.fdmEstimator().orElseThrow(() -> new ConfigException(
            "use_forecast_div_mult_estimates is true but no FDM estimator is available: add "
                + "pystrade-optimisation or set one on the system builder")).estimate(inputs, this, code);
      }
      SeriesFrame forecasts = allForecasts(code);
      double[] values = new double[forecasts.rowCount()];
      Arrays.fill(values, params.fixedFdm(code));
      // the frame's index is immutable: shared, not copied
      return TimeSeries.ofOwned(forecasts.timesView(), values);
    });
  }

  @Override
  public TimeSeries combinedForecast(InstrumentCode code) {
    return context.memo("combForecast", "combinedForecast", code, null, () -> {
      SeriesFrame forecasts = allForecasts(code);
      SeriesFrame weights = forecastWeights(code);
      long[] idx = forecasts.timesView();
      double[] sum = new double[idx.length];
      List<String> names = forecasts.names();
      for (int c = 0; c < names.size(); c++) {
        if (!weights.names().contains(names.get(c))) {
          // a rule without a weight (too expensive) is missing from the sum, as in pysystemtrade
          continue;
        }
        double[] w = weights.column(names.get(c)).reindexPad(idx).valuesView();
        for (int r = 0; r < idx.length; r++) {
          double v = w[r] * forecasts.get(r, c);
          if (v == v) {
            sum[r] += v;
          }
        }
      }
      TimeSeries raw = TimeSeries.ofOwned(idx, sum);
      TimeSeries fdm = forecastDiversificationMultiplier(code).reindexPad(idx);
      TimeSeries combined = raw.times(fdm).clip(scaleCap.forecastFloor(), scaleCap.forecastCap());
      if (!params.useWeightEstimates() && !params.useFdmEstimates()) {
        // nothing else in the system reads this instrument's capped forecasts again (the costs have read their
        // turnover); estimated weights and FDM pool every instrument's forecasts until the last one is combined
        scaleCap.forecastsCombined(code, ruleVariations(code));
      }
      return combined;
    });
  }
}
