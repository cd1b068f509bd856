package org.pystrade.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The range of every numeric config value, checked when it is read (which a system does once, when it is built):
 * every number must be finite, and most have a sign or a range their meaning needs (a capital above zero, a span of
 * at least one day, a weight not below zero, a fraction between 0 and 1). A value outside is a
 * {@link ConfigException} naming the key, the value and what it must be. Keys are matched exactly, then by pattern
 * ({@code *} stands for one name, a leading {@code **.} for any prefix); a numeric key matched by none must only be
 * finite.
 */
final class ValueRules {

  /** What a value must be. */
  enum Range {
    FINITE("a finite number"),
    POSITIVE("a number above zero"),
    NON_NEGATIVE("a number of zero or more"),
    AT_LEAST_ONE("a number of at least 1"),
    FRACTION("a number from 0 to 1"),
    CORRELATION("a number from -1 to 1");

    private final String text;

    Range(String text) {
      this.text = text;
    }

    boolean accepts(double v) {
      switch (this) {
        case POSITIVE:
          return v > 0;
        case NON_NEGATIVE:
          return v >= 0;
        case AT_LEAST_ONE:
          return v >= 1;
        case FRACTION:
          return v >= 0 && v <= 1;
        case CORRELATION:
          return v >= -1 && v <= 1;
        default:
          return true;
      }
    }
  }

  private static final Map<String, Range> EXACT = new LinkedHashMap<>();
  private static final List<Map.Entry<Pattern, Range>> PATTERNS = new ArrayList<>();

  static {
    String v = "volatility_calculation.";
    exact(Range.POSITIVE, v + "multiplier_to_get_daily_vol", v + "slow_vol_years");
    exact(Range.AT_LEAST_ONE, v + "days", v + "floor_days");
    exact(Range.NON_NEGATIVE, v + "min_periods", v + "vol_abs_min", v + "floor_min_periods");
    exact(Range.FRACTION, v + "proportion_of_slow_vol", v + "floor_min_quant");
    exact(Range.POSITIVE, "forecast_scalar", "forecast_cap", "average_absolute_forecast", "forecast_div_multiplier",
        "percentage_vol_target", "notional_trading_capital", "instrument_div_multiplier");
    exact(Range.AT_LEAST_ONE, "forecast_scalar_estimate.window", "forecast_weight_ewma_span",
        "instrument_weight_ewma_span");
    exact(Range.NON_NEGATIVE, "forecast_scalar_estimate.min_periods", "buffer_size", "multiply_roll_costs_by",
        "forecast_post_ceiling_cost_SR");
    pattern(Range.POSITIVE, "forecast_scalars.*", "trading_rules.*.forecast_scalar", "forecast_div_multiplier.*",
        "**.ann_target_SR");
    pattern(Range.NON_NEGATIVE, "instrument_weights.*", "forecast_weights.*", "forecast_weights.*.*",
        "**.min_periods", "**.cost_multiplier", "**.ceiling_cost_SR");
    pattern(Range.AT_LEAST_ONE, "**.ew_lookback", "**.rollyears", "**.ewma_span", "**.dm_max", "**.monte_runs",
        "**.window", "**.span");
    pattern(Range.FRACTION, "**.shrinkage_SR", "**.shrinkage_corr", "**.shrinkage_mean", "**.shrinkage",
        "**.clip");
    pattern(Range.CORRELATION, "**.offdiag");
    exact(Range.POSITIVE, "risk_overlay.max_risk_fraction_normal_risk", "risk_overlay.max_risk_fraction_stdev_risk",
        "risk_overlay.max_risk_limit_sum_abs_risk", "risk_overlay.max_risk_leverage");
    exact(Range.NON_NEGATIVE, "small_system.shadow_cost", "small_system.tracking_error_buffer");
    exact(Range.FRACTION, "small_system.shrink_instrument_returns_correlation");
  }

  private ValueRules() {
  }

  private static void exact(Range range, String... keys) {
    for (String k : keys) {
      EXACT.put(k, range);
    }
  }

  private static void pattern(Range range, String... globs) {
    for (String g : globs) {
      String re = g.startsWith("**.") ? "(?:.+\\.)?" + quote(g.substring(3)) : quote(g);
      PATTERNS.add(Map.entry(Pattern.compile(re), range));
    }
  }

  private static String quote(String glob) {
    StringBuilder sb = new StringBuilder();
    for (String part : glob.split("\\.", -1)) {
      if (sb.length() > 0) {
        sb.append("\\.");
      }
      sb.append(part.equals("*") ? "[^.]+" : Pattern.quote(part));
    }
    return sb.toString();
  }

  /**
   * The range a key's value must be in.
   *
   * @param path the dotted key
   * @return the range, {@link Range#FINITE} if no rule names the key
   */
  static Range rangeOf(String path) {
    Range r = EXACT.get(path);
    if (r != null) {
      return r;
    }
    for (Map.Entry<Pattern, Range> e : PATTERNS) {
      if (e.getKey().matcher(path).matches()) {
        return e.getValue();
      }
    }
    return Range.FINITE;
  }

  /**
   * Checks a value read from a key.
   *
   * @param path the dotted key
   * @param value the value
   * @param source the config's source, for the message
   * @return the value
   * @throws ConfigException naming the key, the value and the range if it is outside
   */
  static double check(String path, double value, String source) {
    Range range = rangeOf(path);
    if (!Double.isFinite(value) || !range.accepts(value)) {
      throw new ConfigException("config key '" + path + "' must be " + range.text + " but was " + text(value)
          + " (in " + source + ")");
    }
    return value;
  }

  private static String text(double v) {
    if (Double.isNaN(v)) {
      return ".nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? ".inf" : "-.inf";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
