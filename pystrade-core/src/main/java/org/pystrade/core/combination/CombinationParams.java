package org.pystrade.core.combination;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig.Kind;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.util.ArgChecker;

/**
 * The forecast combination parameters, read and checked once: fixed forecast weights (per instrument, in the order
 * the config declares them, which is the order their rows are summed in when they are normalised), whether weights
 * and the forecast diversification multiplier are estimated, the fixed FDM per instrument, the smoothing span of the
 * weights and the cost ceiling above which a rule is dropped from the weights.
 *
 * @param fixedWeights each instrument's fixed weights by rule, in config order; an instrument is absent when the
 *     config has no {@code forecast_weights} (equal weights then)
 * @param useWeightEstimates {@code use_forecast_weight_estimates}
 * @param useFdmEstimates {@code use_forecast_div_mult_estimates}
 * @param fixedFdm each instrument's fixed FDM ({@code forecast_div_multiplier}, global or per instrument)
 * @param weightEwmaSpan {@code forecast_weight_ewma_span}, business days
 * @param postCeilingCostSr {@code forecast_post_ceiling_cost_SR}: rules costing more are left out of the weights
 */
public record CombinationParams(Map<InstrumentCode, Map<RuleName, Double>> fixedWeights, boolean useWeightEstimates,
    boolean useFdmEstimates, Map<InstrumentCode, Double> fixedFdm, double weightEwmaSpan, double postCeilingCostSr) {

  /** The config keys this record reads. */
  public static final List<String> KEYS = List.of("forecast_weights", "use_forecast_weight_estimates",
      "use_forecast_div_mult_estimates", "forecast_div_multiplier", "forecast_weight_ewma_span",
      "forecast_post_ceiling_cost_SR");

  /**
   * Validates and copies.
   *
   * @param fixedWeights each instrument's fixed weights by rule, in config order; an instrument is absent when the
   *         config has no {@code forecast_weights} (equal weights then)
   * @param useWeightEstimates {@code use_forecast_weight_estimates}
   * @param useFdmEstimates {@code use_forecast_div_mult_estimates}
   * @param fixedFdm each instrument's fixed FDM ({@code forecast_div_multiplier}, global or per instrument)
   * @param weightEwmaSpan {@code forecast_weight_ewma_span}, business days
   * @param postCeilingCostSr {@code forecast_post_ceiling_cost_SR}: rules costing more are left out of the weights
   */
  public CombinationParams {
    Map<InstrumentCode, Map<RuleName, Double>> w = new LinkedHashMap<>();
    ArgChecker.notNull(fixedWeights, "fixedWeights").forEach((code, weights) -> {
      weights.forEach((rule, v) -> {
        if (!(v >= 0) || Double.isInfinite(v)) {
          throw new ConfigException("the forecast weight of rule '" + rule + "' for " + code + " must be a "
              + "non-negative number but was " + v);
        }
      });
      w.put(code, Collections.unmodifiableMap(new LinkedHashMap<>(weights)));
    });
    fixedWeights = Collections.unmodifiableMap(w);
    fixedFdm = Collections.unmodifiableMap(new LinkedHashMap<>(ArgChecker.notNull(fixedFdm, "fixedFdm")));
    fixedFdm.forEach((code, v) -> {
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new ConfigException("the forecast diversification multiplier of " + code + " must be a positive "
            + "number but was " + v);
      }
    });
    if (!(weightEwmaSpan >= 1)) {
      throw new ConfigException("config key 'forecast_weight_ewma_span' must be at least 1 but was "
          + weightEwmaSpan);
    }
  }

  /**
   * The parameters a config gives some instruments.
   *
   * @param config the config
   * @param instruments the configured instruments
   * @return the parameters
   * @throws ConfigException naming a missing or mistyped key
   */
  public static CombinationParams fromConfig(SystemConfig config, List<InstrumentCode> instruments) {
    Map<InstrumentCode, Map<RuleName, Double>> weights = new LinkedHashMap<>();
    Map<InstrumentCode, Double> fdm = new LinkedHashMap<>();
    boolean hasWeights = config.kindOf("forecast_weights") != Kind.ABSENT;
    boolean fdmPerInstrument = config.kindOf("forecast_div_multiplier") == Kind.MAPPING;
    for (InstrumentCode code : instruments) {
      if (hasWeights) {
        String key = config.kindOf("forecast_weights." + code.value()) == Kind.MAPPING
            ? "forecast_weights." + code.value() : "forecast_weights";
        Map<RuleName, Double> m = new LinkedHashMap<>();
        config.getDoubleMap(key).forEach((rule, w) -> m.put(RuleName.of(rule), w));
        weights.put(code, m);
      }
      fdm.put(code, fdmPerInstrument ? config.getDouble("forecast_div_multiplier." + code.value(), 1.0)
          : config.getDouble("forecast_div_multiplier"));
    }
    return new CombinationParams(weights, config.getBoolean("use_forecast_weight_estimates"),
        config.getBoolean("use_forecast_div_mult_estimates"), fdm, config.getDouble("forecast_weight_ewma_span"),
        config.getDouble("forecast_post_ceiling_cost_SR"));
  }

  /**
   * An instrument's fixed weights.
   *
   * @param code the instrument
   * @return the weights by rule in config order, empty if the config has none (equal weights)
   */
  public Optional<Map<RuleName, Double>> fixedWeightsFor(InstrumentCode code) {
    return Optional.ofNullable(fixedWeights.get(code));
  }

  /**
   * An instrument's fixed forecast diversification multiplier.
   *
   * @param code the instrument
   * @return the multiplier
   * @throws IllegalArgumentException if the instrument is not configured
   */
  public double fixedFdm(InstrumentCode code) {
    Double v = fixedFdm.get(code);
    ArgChecker.isTrue(v != null, "instrument {} is not configured in this system", code);
    return v;
  }
}
