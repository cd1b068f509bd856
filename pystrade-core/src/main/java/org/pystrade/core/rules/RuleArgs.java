package org.pystrade.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.util.ArgChecker;

/**
 * The {@code other_args} of a trading rule: named scalar parameters (numbers, strings, booleans), immutable. Also
 * the keyword arguments a rule passes to one of its data sources ({@link #separateDataArgs}).
 *
 * @param values the parameters by name (copied)
 */
public record RuleArgs(Map<String, Object> values) {

  private static final RuleArgs EMPTY = new RuleArgs(Map.of());

  /**
   * Copies the parameters; numbers are held as doubles so that {@code 16} and {@code 16.0} are equal.
   *
   * @param values the parameters by name (copied)
   */
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
   * An integer parameter that must be present (a number with no fractional part).
   *
   * @param name the name
   * @return the value
   * @throws IllegalArgumentException if absent or not a whole number
   */
  public int getInt(String name) {
    ArgChecker.isTrue(has(name), "rule argument '{}' is required; given: {}", name, values.keySet());
    return getInt(name, 0);
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
   * A text parameter that must be present (a Python {@code str} argument such as a factor's name).
   *
   * @param name the name
   * @return the value
   * @throws IllegalArgumentException if absent or not text
   */
  public String getString(String name) {
    ArgChecker.isTrue(has(name), "rule argument '{}' is required; given: {}", name, values.keySet());
    Object v = values.get(name);
    ArgChecker.isTrue(v instanceof String, "rule argument '{}' must be text but was {}", name, v);
    return (String) v;
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

  /**
   * Splits {@code other_args} as pysystemtrade's {@code TradingRule} does when a rule lists its {@code data}: a name
   * with no leading underscore is an argument of the rule function; a name with {@code k} leading underscores is a
   * keyword argument of the rule's {@code k}-th data source (1 = the first), passed without its leading
   * non-letters ({@code _smooth_days} becomes {@code smooth_days}). Names with more underscores than the rule has
   * data inputs are unused (pysystemtrade warns and ignores them).
   *
   * @param dataCount the number of data inputs of the rule
   * @return the rule's own arguments, one argument set per data input (empty where none), and the unused names
   * @throws IllegalArgumentException for an empty name or one made only of underscores (pysystemtrade raises too)
   */
  public Separated separateDataArgs(int dataCount) {
    ArgChecker.notNegative(dataCount, "dataCount");
    Map<String, Object> own = new LinkedHashMap<>();
    List<Map<String, Object>> perData = new ArrayList<>();
    for (int i = 0; i < dataCount; i++) {
      perData.add(new LinkedHashMap<>());
    }
    List<String> unused = new ArrayList<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      String name = e.getKey();
      int underscores = 0;
      while (underscores < name.length() && name.charAt(underscores) == '_') {
        underscores++;
      }
      ArgChecker.isTrue(underscores < name.length(),
          "rule argument name '{}' must have something after its leading underscores", name);
      if (underscores == 0) {
        own.put(name, e.getValue());
      } else if (underscores <= dataCount) {
        perData.get(underscores - 1).put(stripLeadingNonLetters(name), e.getValue());
      } else {
        unused.add(name);
      }
    }
    List<RuleArgs> dataArgs = new ArrayList<>(dataCount);
    for (Map<String, Object> m : perData) {
      dataArgs.add(m.isEmpty() ? EMPTY : new RuleArgs(m));
    }
    return new Separated(new RuleArgs(own), dataArgs, unused);
  }

  /** pysystemtrade strips every leading character that is not an ASCII letter ({@code ^[^A-Za-z]*}). */
  private static String stripLeadingNonLetters(String name) {
    int i = 0;
    while (i < name.length() && !isAsciiLetter(name.charAt(i))) {
      i++;
    }
    return name.substring(i);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * {@code other_args} split into the rule function's own arguments and its data sources' keyword arguments: see
   * {@link RuleArgs#separateDataArgs(int)}.
   *
   * @param ruleArgs the arguments of the rule function (names without a leading underscore)
   * @param dataArgs the keyword arguments of each data input, in the order of the rule's {@code data:} list
   * @param unused the names that address a data input the rule does not have
   */
  public record Separated(RuleArgs ruleArgs, List<RuleArgs> dataArgs, List<String> unused) {

    /**
     * Copies the lists.
     *
     * @param ruleArgs the arguments of the rule function (names without a leading underscore)
     * @param dataArgs the keyword arguments of each data input, in the order of the rule's {@code data:} list
     * @param unused the names that address a data input the rule does not have
     */
    public Separated {
      ArgChecker.notNull(ruleArgs, "ruleArgs");
      dataArgs = List.copyOf(ArgChecker.notNull(dataArgs, "dataArgs"));
      unused = List.copyOf(ArgChecker.notNull(unused, "unused"));
    }
  }
}
