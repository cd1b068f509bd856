package org.pystrade.core.rules;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.pystrade.core.util.ArgChecker;

/**
 * A trading rule variation as pysystemtrade's {@code trading_rules:} entry declares it: the rule, the data inputs
 * it reads (data source names such as {@code rawdata.get_daily_prices}) with the keyword arguments passed to each
 * (pysystemtrade's underscore {@code other_args}: {@code _smooth_days: 30} goes to the first data source as
 * {@code smooth_days=30}, see {@link RuleArgs#separateDataArgs}), the rule's own {@code other_args} and an optional
 * fixed {@code forecast_scalar}.
 *
 * <p>The rule's arguments are checked against its {@link RuleSignature} when the spec is made, as Python checks a
 * call: a missing required argument, an argument the function does not take or a wrong number of data inputs is an
 * {@link IllegalArgumentException} naming the variation.
 *
 * @param name the variation's name
 * @param function the function name or path it was resolved from (for reports and equality)
 * @param rule the implementation
 * @param signature the data inputs and parameters the rule takes
 * @param data the data source names, in the order the rule reads them
 * @param args the rule's parameters as the variation gives them (defaults not filled in; see {@link #boundArgs()})
 * @param forecastScalar the rule's own fixed forecast scalar, if given
 * @param dataArgs the keyword arguments of each data source, one per entry of {@code data} (an empty list means
 *     none for any)
 */
public record RuleSpec(RuleName name, String function, TradingRule rule, RuleSignature signature, List<String> data,
    RuleArgs args, OptionalDouble forecastScalar, List<RuleArgs> dataArgs) {

  /**
   * Validates against the signature and copies.
   *
   * @param name the variation's name
   * @param function the function name or path it was resolved from (for reports and equality)
   * @param rule the implementation
   * @param signature the data inputs and parameters the rule takes
   * @param data the data source names, in the order the rule reads them
   * @param args the rule's parameters as the variation gives them (defaults not filled in; see {@link #boundArgs()})
   * @param forecastScalar the rule's own fixed forecast scalar, if given
   * @param dataArgs the keyword arguments of each data source, one per entry of {@code data} (an empty list means
   *         none for any)
   */
  public RuleSpec {
    ArgChecker.notNull(name, "name");
    ArgChecker.notBlank(function, "function");
    ArgChecker.notNull(rule, "rule");
    ArgChecker.notNull(signature, "signature");
    data = List.copyOf(ArgChecker.notNull(data, "data"));
    ArgChecker.notNull(args, "args");
    signature.bind(describe(name, function), data.size(), args);
    forecastScalar = forecastScalar == null ? OptionalDouble.empty() : forecastScalar;
    if (dataArgs == null || dataArgs.isEmpty()) {
      dataArgs = Collections.nCopies(data.size(), RuleArgs.empty());
    } else {
      ArgChecker.isTrue(dataArgs.size() == data.size(),
          "rule variation {} has {} data inputs but {} sets of data arguments", name, data.size(), dataArgs.size());
      dataArgs = List.copyOf(dataArgs);
    }
  }

  /**
   * A variation whose data sources take no keyword arguments.
   *
   * @param name the variation's name
   * @param function the function name or path it was resolved from
   * @param rule the implementation
   * @param signature the data inputs and parameters the rule takes
   * @param data the data source names, in the order the rule reads them
   * @param args the rule's parameters
   * @param forecastScalar the rule's own fixed forecast scalar, if given
   */
  public RuleSpec(RuleName name, String function, TradingRule rule, RuleSignature signature, List<String> data,
      RuleArgs args, OptionalDouble forecastScalar) {
    this(name, function, rule, signature, data, args, forecastScalar, List.of());
  }

  private static String describe(RuleName name, String function) {
    return function.equals(name.value()) ? "'" + name + "'" : "'" + name + "' (function " + function + ")";
  }

  /**
   * The arguments the rule receives: those the variation gives, and the defaults of the others its signature
   * declares.
   *
   * @return the bound arguments
   */
  public RuleArgs boundArgs() {
    return signature.bind(describe(name, function), data.size(), args);
  }

  /**
   * Equality ignores the name the function was given by (a short name and a full path of the same registered rule
   * are equal) and compares the implementation by identity.
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof RuleSpec)) {
      return false;
    }
    RuleSpec o = (RuleSpec) obj;
    return name.equals(o.name) && rule == o.rule && signature.equals(o.signature) && data.equals(o.data) && args.equals(o.args)
        && forecastScalar.equals(o.forecastScalar) && dataArgs.equals(o.dataArgs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, data, args, forecastScalar, dataArgs);
  }

  /**
   * A builder.
   *
   * @param name the variation's name
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(RuleName.of(name));
  }

  /**
   * A rule from the standard registry, by pysystemtrade function name or path.
   *
   * @param name the variation's name
   * @param function the function ({@code "ewmac"} or {@code "systems.provided.rules.ewmac.ewmac"})
   * @return the builder, with the function's rule set
   */
  public static Builder of(String name, String function) {
    return builder(name).function(function, RuleRegistry.standard().get(function));
  }

  /**
   * A rule from a registry, by function name or path.
   *
   * @param name the variation's name
   * @param function the function name or path
   * @param registry the registry
   * @return the builder, with the function's rule and signature set
   */
  public static Builder of(String name, String function, RuleRegistry registry) {
    return builder(name).function(function, registry.get(function));
  }

  /** Builder of {@link RuleSpec}. */
  public static final class Builder {
    private final RuleName name;
    private String function;
    private TradingRule rule;
    private RuleSignature signature = RuleSignature.anyInputs();
    private List<String> data = List.of("data.daily_prices");
    private boolean dataDeclared;
    private RuleArgs args = RuleArgs.empty();
    private OptionalDouble scalar = OptionalDouble.empty();

    private Builder(RuleName name) {
      this.name = name;
    }

    /**
     * Sets a registered rule and the name it is known by; its signature comes with it.
     *
     * @param functionName the name for reports
     * @param entry the rule and its signature
     * @return this
     */
    public Builder function(String functionName, RuleRegistry.Entry entry) {
      ArgChecker.notNull(entry, "entry");
      this.function = functionName;
      this.rule = entry.rule();
      this.signature = entry.signature();
      return this;
    }

    /**
     * Sets a user rule (a lambda), named after the variation. It takes any number of data inputs and the
     * parameters declared with {@link #parameter}, {@link #requiredParameters} or {@link #signature} (none by
     * default: an argument given with {@link #args} that the rule does not declare is an error).
     *
     * @param impl the rule
     * @return this
     */
    public Builder rule(TradingRule impl) {
      this.function = name.value();
      this.rule = impl;
      return this;
    }

    /**
     * Declares the signature of a user rule (replacing any parameters declared so far).
     *
     * @param value the data inputs and parameters the rule takes
     * @return this
     */
    public Builder signature(RuleSignature value) {
      this.signature = ArgChecker.notNull(value, "signature");
      return this;
    }

    /**
     * Declares an optional parameter of a user rule, with its default: the rule reads it with
     * {@code in.args().getDouble(name)} and gets the variation's value or the default.
     *
     * @param parameter the parameter name
     * @param defaultValue its default (a number, string or boolean), or null for none
     * @return this
     */
    public Builder parameter(String parameter, Object defaultValue) {
      this.signature = signature.optional(parameter, defaultValue);
      return this;
    }

    /**
     * Declares parameters of a user rule that every variation must give.
     *
     * @param parameters the parameter names
     * @return this
     */
    public Builder requiredParameters(String... parameters) {
      this.signature = signature.required(parameters);
      return this;
    }

    /**
     * Sets the data inputs (by default the one input {@code data.daily_prices}).
     *
     * @param sources data source names in order
     * @return this
     */
    public Builder data(String... sources) {
      this.data = List.of(sources);
      this.dataDeclared = sources.length > 0;
      if (!dataDeclared) {
        this.data = List.of("data.daily_prices");
      }
      return this;
    }

    /**
     * Sets the parameters. As in pysystemtrade, when the data inputs were declared with {@link #data(String...)},
     * names with leading underscores are keyword arguments of the data sources ({@code "_smooth_days", 30} passes
     * {@code smooth_days=30} to the first data source, {@code "__x"} to the second); without declared data every
     * name goes to the rule.
     *
     * @param namesAndValues alternating names and values
     * @return this
     */
    public Builder args(Object... namesAndValues) {
      this.args = RuleArgs.of(namesAndValues);
      return this;
    }

    /**
     * Sets the parameters, underscore names included: see {@link #args(Object...)}.
     *
     * @param ruleArgs the parameters
     * @return this
     */
    public Builder args(RuleArgs ruleArgs) {
      this.args = ruleArgs;
      return this;
    }

    /**
     * Sets the fixed forecast scalar.
     *
     * @param value the scalar
     * @return this
     */
    public Builder forecastScalar(double value) {
      this.scalar = OptionalDouble.of(value);
      return this;
    }

    /**
     * Builds the spec.
     *
     * @return the spec
     */
    public RuleSpec build() {
      ArgChecker.isTrue(rule != null, "rule variation {} needs a rule implementation", name);
      if (!dataDeclared) {
        return new RuleSpec(name, function, rule, signature, data, args, scalar);
      }
      RuleArgs.Separated split = args.separateDataArgs(data.size());
      ArgChecker.isTrue(split.unused().isEmpty(), "rule variation {} passes arguments {} to data inputs it does not"
          + " have (it has {}: {})", name, split.unused(), data.size(), data);
      return new RuleSpec(name, function, rule, signature, data, split.ruleArgs(), scalar, split.dataArgs());
    }
  }
}
