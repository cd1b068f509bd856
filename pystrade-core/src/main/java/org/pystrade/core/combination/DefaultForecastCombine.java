package org.pystrade.core.combination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;

/**
 * Fixed-weight forecast combination as pysystemtrade's {@code ForecastCombine} (estimated weights and FDM plug in
 * through the system's estimators).
 */
public class DefaultForecastCombine implements ForecastCombine {

  private final TradingSystem system;

  /**
   * Creates the stage.
   *
   * @param system the system
   */
  public DefaultForecastCombine(TradingSystem system) {
    this.system = system;
  }

  @Override
  public List<RuleName> ruleVariations(InstrumentCode code) {
    return system.memo().get(new StageKey("combForecast", "ruleVariations", code, null), () -> {
      List<String> names;
      Optional<Map<String, Double>> fixed = fixedWeightsFor(code);
      SystemConfig c = system.config();
      if (fixed.isPresent()) {
        names = new ArrayList<>(fixed.get().keySet());
      } else if (c.has("rule_variations")) {
        JsonNode rv = c.find("rule_variations").get();
        if (rv.isObject() && rv.has(code.value())) {
          names = c.getStringList("rule_variations." + code.value());
        } else {
          names = c.getStringList("rule_variations");
        }
      } else {
        names = new ArrayList<>();
        system.tradingRules().keySet().forEach(r -> names.add(r.value()));
      }
      List<RuleName> out = new ArrayList<>();
      List<String> sorted = new ArrayList<>(names);
      sorted.sort(null);
      for (String n : sorted) {
        RuleName r = RuleName.of(n);
        if (!system.tradingRules().containsKey(r)) {
          throw new ConfigException("forecast weights for " + code + " name rule '" + n
              + "' which is not in trading_rules " + system.tradingRules().keySet());
        }
        out.add(r);
      }
      return List.copyOf(out);
    });
  }

  /**
   * The fixed forecast weights for an instrument: the instrument's own block under {@code forecast_weights}, else
   * the global block; empty if the config has none.
   *
   * @param code the instrument
   * @return the weights by rule name
   */
  Optional<Map<String, Double>> fixedWeightsFor(InstrumentCode code) {
    SystemConfig c = system.config();
    Optional<JsonNode> node = c.find("forecast_weights");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get().has(code.value()) && node.get().get(code.value()).isObject()) {
      return Optional.of(c.getDoubleMap("forecast_weights." + code.value()));
    }
    // a global block: every value a number
    Map<String, Double> global = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : c.getDoubleMap("forecast_weights").entrySet()) {
      global.put(e.getKey(), e.getValue());
    }
    return Optional.of(global);
  }

  @Override
  public SeriesFrame allForecasts(InstrumentCode code) {
    // not memoised: a join of the memoised capped forecasts, cheap to redo and as large as all of them together
    return forecastsFor(code, ruleVariations(code));
  }

  private SeriesFrame forecastsFor(InstrumentCode code, List<RuleName> rules) {
    Map<String, TimeSeries> m = new LinkedHashMap<>();
    for (RuleName r : rules) {
      m.put(r.value(), system.forecastScaleCap().cappedForecast(code, r));
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
    SeriesFrame raw = system.memo().get(new StageKey("combForecast", "rawForecastWeights", code, null),
        () -> withoutExpensiveRules(code, rawForecastWeights(code, all)));
    SeriesFrame forecasts;
    if (new java.util.HashSet<>(raw.names()).equals(new java.util.HashSet<>(all.names()))) {
      // the same forecasts in the weights' order: reorder the columns instead of joining them again
      forecasts = all.select(raw.names());
    } else {
      List<RuleName> order = new ArrayList<>();
      raw.names().forEach(n -> order.add(RuleName.of(n)));
      forecasts = forecastsFor(code, order);
    }
    SeriesFrame fitted = WeightFitting.toBusinessDays(WeightFitting.fitToAvailability(raw, forecasts));
    return WeightFitting.smoothAndNormalise(fitted, system.config().getDouble("forecast_weight_ewma_span"));
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
    List<RuleName> cheap = new org.pystrade.core.pandl.SrCosts(system).cheapRules(code,
        system.config().getDouble("forecast_post_ceiling_cost_SR"));
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
    if (system.config().getBoolean("use_forecast_weight_estimates")) {
      return system.estimators().forecastWeights().orElseThrow(() -> new ConfigException(
          "use_forecast_weight_estimates is true but no forecast weight estimator is available: add "
              + "pystrade-optimisation or set one on the system builder")).estimate(system, code);
    }
    Map<String, Double> fixed = fixedWeightsFor(code).orElse(null);
    List<RuleName> rules = new ArrayList<>();
    if (fixed != null) {
      fixed.keySet().forEach(n -> rules.add(RuleName.of(n)));
    } else {
      rules.addAll(ruleVariations(code));
    }
    long[] t = forecasts.rowCount() == 0 ? new long[0] : new long[] {forecasts.timesView()[0]};
    double[][] cols = new double[rules.size()][];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      double w = fixed == null ? 1.0 / rules.size() : fixed.get(rules.get(i).value());
      cols[i] = t.length == 0 ? new double[0] : new double[] {w};
      names.add(rules.get(i).value());
    }
    return SeriesFrame.of(t, names, cols);
  }

  @Override
  public TimeSeries forecastDiversificationMultiplier(InstrumentCode code) {
    return system.memo().get(new StageKey("combForecast", "fdm", code, null), () -> {
      SeriesFrame forecasts = allForecasts(code);
      if (system.config().getBoolean("use_forecast_div_mult_estimates")) {
        return system.estimators().forecastDiversificationMultiplier().orElseThrow(() -> new ConfigException(
            "use_forecast_div_mult_estimates is true but no FDM estimator is available: add "
                + "pystrade-optimisation or set one on the system builder")).estimate(system, code);
      }
      SystemConfig c = system.config();
      double fdm;
      Optional<JsonNode> node = c.find("forecast_div_multiplier");
      if (node.isPresent() && node.get().isObject()) {
        fdm = c.getDouble("forecast_div_multiplier." + code.value(), 1.0);
      } else {
        fdm = c.getDouble("forecast_div_multiplier");
      }
      double[] values = new double[forecasts.rowCount()];
      java.util.Arrays.fill(values, fdm);
      // the frame's index is immutable: shared, not copied
      return TimeSeries.ofOwned(forecasts.timesView(), values);
    });
  }

  @Override
  public TimeSeries combinedForecast(InstrumentCode code) {
    return system.memo().get(new StageKey("combForecast", "combinedForecast", code, null), () -> {
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
      double cap = system.forecastScaleCap().forecastCap();
      return raw.times(fdm).clip(-cap, cap);
    });
  }
}
