package org.pystrade.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.core.util.Suggestions;

/**
 * What a trading rule function takes, as a Python signature declares it: its data inputs (by name, in order) and its
 * keyword parameters, each required or with a default ({@code ewmac(price, vol, Lfast, Lslow)},
 * {@code carry(raw_carry, smooth_days=90)}, {@code breakout(price, lookback=10, smooth=None)}). Immutable.
 *
 * <p>A system checks every rule variation against its rule's signature when it is built, as Python would check a
 * call: a wrong number of data inputs, a missing required parameter or a parameter the function does not declare
 * is an error naming the rule, so that a typo ({@code Lslwo: 64}) can never run silently with a default. The rule
 * then receives every declared parameter ({@link #bind}): the variation's value where it gives one, else the
 * default; a parameter declared without a default ({@code smooth=None}) is absent unless given.
 *
 * <p>A rule written in Java declares its signature with {@link #of(String...)} and the builder methods, or, for a
 * rule whose number of data inputs is not fixed, {@link #anyInputs()}.
 */
public final class RuleSignature {

  private static final RuleSignature ANY_INPUTS_NO_PARAMETERS = new RuleSignature(null, Map.of(), Set.of(),
      Map.of());

  private final List<String> inputs;
  private final Map<String, Object> defaults;
  private final Set<String> required;
  private final Map<String, Double> minimums;

  private RuleSignature(List<String> inputs, Map<String, Object> defaults, Set<String> required,
      Map<String, Double> minimums) {
    this.inputs = inputs;
    this.defaults = defaults;
    this.required = required;
    this.minimums = minimums;
  }

  /**
   * A signature with these data inputs (by their Python names, in order) and, so far, no parameters.
   *
   * @param inputs the names of the data inputs
   * @return the signature
   */
  public static RuleSignature of(String... inputs) {
    List<String> names = new ArrayList<>();
    for (String n : inputs) {
      names.add(ArgChecker.notBlank(n, "input name"));
    }
    return new RuleSignature(List.copyOf(names), Map.of(), Set.of(), Map.of());
  }

  /**
   * A signature that takes any number of data inputs and, so far, no parameters: for a rule written in Java that
   * reads as many inputs as its variation declares.
   *
   * @return the signature
   */
  public static RuleSignature anyInputs() {
    return ANY_INPUTS_NO_PARAMETERS;
  }

  /**
   * A copy with required parameters added (no default: every variation must give them).
   *
   * @param names the parameter names
   * @return the new signature
   */
  public RuleSignature required(String... names) {
    Map<String, Object> d = new LinkedHashMap<>(defaults);
    Set<String> r = new LinkedHashSet<>(required);
    for (String n : names) {
      checkNew(n, d);
      d.put(n, null);
      r.add(n);
    }
    return new RuleSignature(inputs, Collections.unmodifiableMap(d), Collections.unmodifiableSet(r), minimums);
  }

  /**
   * A copy with an optional parameter added.
   *
   * @param name the parameter name
   * @param defaultValue its default (a number, string or boolean), or null for Python's {@code None}: absent
   *     unless a variation gives it
   * @return the new signature
   */
  public RuleSignature optional(String name, Object defaultValue) {
    Map<String, Object> d = new LinkedHashMap<>(defaults);
    checkNew(name, d);
    d.put(name, defaultValue);
    return new RuleSignature(inputs, Collections.unmodifiableMap(d), required, minimums);
  }

  /**
   * A copy in which declared parameters must be numbers of at least {@code min} (a span or window in days: at least
   * 1), checked when a variation is bound ({@link #bind}), so that a bad value is an error naming the rule and the
   * argument when the system is built, not a failure deep in a calculation for every instrument.
   *
   * @param min the smallest value allowed
   * @param names the parameters, already declared
   * @return the new signature
   */
  public RuleSignature atLeast(double min, String... names) {
    ArgChecker.isTrue(Double.isFinite(min), "min must be finite");
    Map<String, Double> m = new LinkedHashMap<>(minimums);
    for (String n : names) {
      ArgChecker.isTrue(defaults.containsKey(n), "parameter '{}' is not declared", n);
      m.put(n, min);
    }
    return new RuleSignature(inputs, defaults, required, Collections.unmodifiableMap(m));
  }

  private static void checkNew(String name, Map<String, Object> existing) {
    ArgChecker.notBlank(name, "parameter name");
    ArgChecker.isTrue(!name.startsWith("_"), "parameter name '{}' must not start with an underscore (underscored "
        + "other_args go to the rule's data sources)", name);
    ArgChecker.isTrue(!existing.containsKey(name), "parameter '{}' is declared twice", name);
  }

  /**
   * The data inputs' names, or empty if the rule takes any number of inputs.
   *
   * @return the input names in order
   */
  public List<String> inputs() {
    return inputs == null ? List.of() : inputs;
  }

  /**
   * Whether the number of data inputs is fixed by {@link #inputs()}.
   *
   * @return false for {@link #anyInputs()} signatures
   */
  public boolean fixedInputs() {
    return inputs != null;
  }

  /**
   * The declared parameter names, in declaration order.
   *
   * @return the names
   */
  public Set<String> parameters() {
    return defaults.keySet();
  }

  /**
   * The parameters every variation must give.
   *
   * @return the names
   */
  public Set<String> required() {
    return required;
  }

  /**
   * The default of an optional parameter.
   *
   * @param name the parameter
   * @return the default, or null for a required parameter or one whose default is {@code None}
   */
  public Object defaultValue(String name) {
    return defaults.get(name);
  }

  /**
   * Checks a call as Python would and returns every argument the rule receives: the given ones and the defaults of
   * the others (parameters whose default is {@code None} stay absent unless given).
   *
   * @param rule the rule variation or function, for messages
   * @param inputCount the number of data inputs given
   * @param given the arguments given (the rule's own {@code other_args}, without the data sources' underscored ones)
   * @return the arguments the rule receives
   * @throws IllegalArgumentException naming the rule and what does not match
   */
  public RuleArgs bind(String rule, int inputCount, RuleArgs given) {
    ArgChecker.notNull(given, "given");
    if (inputs != null) {
      ArgChecker.isTrue(inputCount == inputs.size(), "rule {} needs data inputs {} but {} {} given", rule, inputs,
          inputCount, inputCount == 1 ? "was" : "were");
    }
    for (String name : given.names()) {
      if (!defaults.containsKey(name)) {
        throw new IllegalArgumentException("rule " + rule + " got an unexpected argument '" + name + "'"
            + Suggestions.hint(name, defaults.keySet()) + "; it takes " + (defaults.isEmpty() ? "no arguments" : describe()));
      }
    }
    for (String name : required) {
      ArgChecker.isTrue(given.has(name), "rule {} needs the argument '{}'; it takes {}", rule, name, describe());
    }
    for (Map.Entry<String, Object> e : given.values().entrySet()) {
      checkValue(rule, e.getKey(), e.getValue());
    }
    if (given.names().containsAll(defaults.keySet()) || defaults.isEmpty()) {
      return given;
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : defaults.entrySet()) {
      Object v = given.values().containsKey(e.getKey()) ? given.values().get(e.getKey()) : e.getValue();
      if (v != null) {
        merged.put(e.getKey(), v);
      }
    }
    return new RuleArgs(merged);
  }

  /** A given argument: a number must be finite, and at least its declared minimum. */
  private void checkValue(String rule, String name, Object value) {
    Double min = minimums.get(name);
    if (value instanceof Number) {
      double v = ((Number) value).doubleValue();
      if (!Double.isFinite(v) || min != null && v < min) {
        throw new IllegalArgumentException("rule " + rule + " argument '" + name + "' must be "
            + (min == null ? "a finite number" : "a number of at least " + format(min)) + " but was " + format(v));
      }
    } else if (min != null && value != null) {
      throw new IllegalArgumentException("rule " + rule + " argument '" + name + "' must be a number of at least "
          + format(min) + " but was '" + value + "'");
    }
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** The Python form: {@code (price, vol, Lfast, Lslow=128)}. */
  private String describe() {
    StringBuilder sb = new StringBuilder("(");
    if (inputs != null) {
      sb.append(String.join(", ", inputs));
    } else {
      sb.append("*inputs");
    }
    for (Map.Entry<String, Object> e : defaults.entrySet()) {
      sb.append(", ").append(e.getKey());
      if (!required.contains(e.getKey())) {
        sb.append('=').append(e.getValue() == null ? "None" : e.getValue());
      }
    }
    return sb.append(')').toString();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof RuleSignature)) {
      return false;
    }
    RuleSignature o = (RuleSignature) obj;
    return Objects.equals(inputs, o.inputs) && defaults.equals(o.defaults) && required.equals(o.required)
        && minimums.equals(o.minimums);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputs, defaults, required, minimums);
  }

  @Override
  public String toString() {
    return describe();
  }
}
