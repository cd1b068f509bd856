package org.pystrade.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.util.ArgChecker;

/**
 * The {@code other_args} of a trading rule: named scalar parameters (numbers, strings, booleans), immutable.
 *
 * @param values the parameters by name (copied)
 */
public record RuleArgs(Map<String, Object> values) {

  private static final RuleArgs EMPTY = new RuleArgs(Map.of());

  /** Copies the parameters; numbers are held as doubles so that {@code 16} and {@code 16.0} are equal. */
  public RuleArgs {
    ArgChecker.notNull(values, "values");
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, v instanceof Number ? (Object) ((Number) v).doubleValue() : v));
    values = Collections.unmodifiableMap(copy);
  }

  /**
   * No parameters.
   *
   * @return the empty arguments
   */
  public static RuleArgs empty() {
    return EMPTY;
  }

  /**
   * Parameters from alternating names and values: {@code of("Lfast", 16, "Lslow", 64)}.
   *
   * @param namesAndValues names and values
   * @return the arguments
   */
  public static RuleArgs of(Object... namesAndValues) {
    ArgChecker.isTrue(namesAndValues.length % 2 == 0, "names and values must come in pairs");
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
    }
    return new RuleArgs(m);
  }

  /**
   * Whether a parameter is present (and not null).
   *
   * @param name the name
   * @return true if present
   */
  public boolean has(String name) {
    return values.get(name) != null;
  }

  /**
   * The parameter names.
   *
   * @return the names
   */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * A numeric parameter.
   *
   * @param name the name
   * @param defaultValue used when absent or null
   * @return the value
   * @throws IllegalArgumentException if present but not a number
   */
  public double getDouble(String name, double defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    try {
      return Double.parseDouble(v.toString().trim());
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException("rule argument '" + name + "' must be a number but was '" + v + "'", ex);
    }
  }

  /**
   * A numeric parameter that must be present.
   *
   * @param name the name
   * @return the value
   * @throws IllegalArgumentException if absent or not a number
   */
  public double getDouble(String name) {
    ArgChecker.isTrue(has(name), "rule argument '{}' is required; given: {}", name, values.keySet());
    return getDouble(name, Double.NaN);
  }

  /**
   * An integer parameter (a number with no fractional part).
   *
   * @param name the name
   * @param defaultValue used when absent or null
   * @return the value
   */
  public int getInt(String name, int defaultValue) {
    if (!has(name)) {
      return defaultValue;
    }
    double d = getDouble(name, defaultValue);
    ArgChecker.isTrue(d == Math.rint(d), "rule argument '{}' must be a whole number but was {}", name, d);
    return (int) d;
  }

  /**
   * A copy with one parameter set.
   *
   * @param name the name
   * @param value the value
   * @return the new arguments
   */
  public RuleArgs with(String name, Object value) {
    Map<String, Object> m = new LinkedHashMap<>(values);
    m.put(name, value);
    return new RuleArgs(m);
  }
}
