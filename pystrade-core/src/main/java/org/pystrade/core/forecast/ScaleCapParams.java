package org.pystrade.core.forecast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The forecast scaling and capping parameters, read and checked once: the cap, whether scalars are estimated, which
 * rule variations are vol attenuated, and each rule variation's fixed scalar (its own {@code forecast_scalar}, else
 * its entry in the {@code forecast_scalars:} block, else the global {@code forecast_scalar}, default 1.0).
 *
 * @param forecastCap the cap ({@code forecast_cap}), positive
 * @param forecastFloor the floor ({@code forecast_floor}), below the cap; NaN when the config has none (then minus
 *     the cap, as pysystemtrade)
 * @param useEstimates whether scalars are estimated ({@code use_forecast_scale_estimates})
 * @param fixedScalars every rule variation's fixed scalar
 * @param attenuatedRules the rule variations whose raw forecasts are multiplied by the vol attenuation before they
 *     are scaled ({@code use_attenuation}, pysystemtrade's {@code volAttenForecastScaleCap}; empty by default)
 */
public record ScaleCapParams(double forecastCap, double forecastFloor, boolean useEstimates,
    Map<RuleName, Double> fixedScalars, Set<RuleName> attenuatedRules) {

  /** The config keys this record reads. */
  public static final List<String> KEYS = List.of("forecast_cap", "forecast_floor", "use_forecast_scale_estimates",
      "forecast_scalar", "forecast_scalars", "use_attenuation");

  private static final Logger LOG = LoggerFactory.getLogger(ScaleCapParams.class);

  /**
   * Validates and copies.
   *
   * @param forecastCap the cap ({@code forecast_cap}), positive
   * @param forecastFloor the floor ({@code forecast_floor}), below the cap; NaN when the config has none (then minus
   *         the cap, as pysystemtrade)
   * @param useEstimates whether scalars are estimated ({@code use_forecast_scale_estimates})
   * @param fixedScalars every rule variation's fixed scalar
   * @param attenuatedRules the rule variations whose raw forecasts are multiplied by the vol attenuation before they
   *         are scaled ({@code use_attenuation}, pysystemtrade's {@code volAttenForecastScaleCap}; empty by default)
   */
  public ScaleCapParams {
    if (!(forecastCap > 0)) {
      throw new ConfigException("config key 'forecast_cap' must be > 0 but was " + forecastCap);
    }
    if (forecastFloor == forecastFloor && !(forecastFloor < forecastCap)) {
      throw new ConfigException("config key 'forecast_floor' must be below forecast_cap (" + forecastCap
          + ") but was " + forecastFloor);
    }
    fixedScalars = Collections.unmodifiableMap(new LinkedHashMap<>(ArgChecker.notNull(fixedScalars,
        "fixedScalars")));
    fixedScalars.forEach((rule, scalar) -> {
      if (!(scalar > 0) || Double.isInfinite(scalar)) {
        throw new ConfigException("the forecast scalar of rule '" + rule + "' must be a positive number but was "
            + scalar);
      }
    });
    attenuatedRules = Collections.unmodifiableSet(new LinkedHashSet<>(ArgChecker.notNull(attenuatedRules,
        "attenuatedRules")));
  }

  /**
   * Parameters without vol attenuation.
   *
   * @param forecastCap the cap
   * @param forecastFloor the floor, NaN for minus the cap
   * @param useEstimates whether scalars are estimated
   * @param fixedScalars every rule variation's fixed scalar
   */
  public ScaleCapParams(double forecastCap, double forecastFloor, boolean useEstimates,
      Map<RuleName, Double> fixedScalars) {
    this(forecastCap, forecastFloor, useEstimates, fixedScalars, Set.of());
  }

  /**
   * Whether a rule variation's forecasts are vol attenuated ({@code use_attenuation} lists it).
   *
   * @param rule the variation
   * @return true if attenuated
   */
  public boolean attenuated(RuleName rule) {
    return attenuatedRules.contains(rule);
  }

  /**
   * The parameters a config gives its rule variations.
   *
   * @param config the config
   * @param rules the rule variations
   * @return the parameters
   * @throws ConfigException naming a missing or mistyped key
   */
  public static ScaleCapParams fromConfig(SystemConfig config, Map<RuleName, RuleSpec> rules) {
    Map<String, Double> block = config.getDoubleMap("forecast_scalars");
    double global = config.getDouble("forecast_scalar");
    Map<RuleName, Double> fixed = new LinkedHashMap<>();
    for (RuleSpec spec : rules.values()) {
      Double v = block.get(spec.name().value());
      if (spec.forecastScalar().isPresent()) {
        v = spec.forecastScalar().getAsDouble();
      }
      fixed.put(spec.name(), v != null ? v : global);
    }
    for (String name : block.keySet()) {
      if (!rules.containsKey(RuleName.of(name))) {
        throw new ConfigException("config key 'forecast_scalars." + name + "' names a rule that is not in "
            + "trading_rules " + rules.keySet());
      }
    }
    Set<RuleName> attenuated = new LinkedHashSet<>();
    for (String name : config.getStringList("use_attenuation")) {
      if (rules.containsKey(RuleName.of(name))) {
        attenuated.add(RuleName.of(name));
      } else {
        // pysystemtrade only asks whether a variation is in the list: a name of no variation changes nothing
        LOG.warn("config key 'use_attenuation' names '{}', which is not in trading_rules {}: ignored", name,
            rules.keySet());
      }
    }
    return new ScaleCapParams(config.getDouble("forecast_cap"), config.getDouble("forecast_floor", Double.NaN),
        config.getBoolean("use_forecast_scale_estimates"), fixed, attenuated);
  }

  /**
   * A rule variation's fixed scalar.
   *
   * @param rule the variation
   * @return the scalar
   * @throws IllegalArgumentException if the variation is unknown
   */
  public double fixedScalar(RuleName rule) {
    Double v = fixedScalars.get(rule);
    ArgChecker.isTrue(v != null, "unknown rule variation '{}'; the system's rules are {}", rule,
        fixedScalars.keySet());
    return v;
  }
}
