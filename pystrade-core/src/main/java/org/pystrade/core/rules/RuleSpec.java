package org.pystrade.core.rules;

import java.util.List;
import java.util.OptionalDouble;
import org.pystrade.core.util.ArgChecker;

/**
 * A trading rule variation as pysystemtrade's {@code trading_rules:} entry declares it: the rule, the data inputs
 * it reads (data source names such as {@code rawdata.get_daily_prices}) with the keyword arguments passed to each
 * (pysystemtrade's underscore {@code other_args}: {@code _smooth_days: 30} goes to the first data source as
 * {@code smooth_days=30}, see {@link RuleArgs#separateDataArgs}), the rule's own {@code other_args} and an optional
 * fixed {@code forecast_scalar}.
 *
 * @param name the variation's name
 * @param function the function name or path it was resolved from (for reports and equality)
 * @param rule the implementation
 * @param data the data source names, in the order the rule reads them
 * @param args the rule's parameters
 * @param forecastScalar the rule's own fixed forecast scalar, if given
 * @param dataArgs the keyword arguments of each data source, one per entry of {@code data} (an empty list means
 *     none for any)
 */
public record RuleSpec(RuleName name, String function, TradingRule rule, List<String> data, RuleArgs args,
    OptionalDouble forecastScalar, List<RuleArgs> dataArgs) {

  /** Validates and copies. */
  public RuleSpec {
    ArgChecker.notNull(name, "name");
    ArgChecker.notBlank(function, "function");
    ArgChecker.notNull(rule, "rule");
    data = List.copyOf(ArgChecker.notNull(data, "data"));
    ArgChecker.notNull(args, "args");
    forecastScalar = forecastScalar == null ? OptionalDouble.empty() : forecastScalar;
    if (dataArgs == null || dataArgs.isEmpty()) {
      dataArgs = java.util.Collections.nCopies(data.size(), RuleArgs.empty());
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
   * @param data the data source names, in the order the rule reads them
   * @param args the rule's parameters
   * @param forecastScalar the rule's own fixed forecast scalar, if given
   */
  public RuleSpec(RuleName name, String function, TradingRule rule, List<String> data, RuleArgs args,
      OptionalDouble forecastScalar) {
    this(name, function, rule, data, args, forecastScalar, List.of());
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
    return name.equals(o.name) && rule == o.rule && data.equals(o.data) && args.equals(o.args)
        && forecastScalar.equals(o.forecastScalar) && dataArgs.equals(o.dataArgs);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, data, args, forecastScalar, dataArgs);
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

  /** Builder of {@link RuleSpec}. */
  public static final class Builder {
    private final RuleName name;
    private String function;
    private TradingRule rule;
    private List<String> data = List.of("data.daily_prices");
    private boolean dataDeclared;
    private RuleArgs args = RuleArgs.empty();
    private OptionalDouble scalar = OptionalDouble.empty();

    private Builder(RuleName name) {
      this.name = name;
    }

    /**
     * Sets the implementation and the name it is known by.
     *
     * @param functionName the name for reports
     * @param impl the rule
     * @return this
     */
    public Builder function(String functionName, TradingRule impl) {
      this.function = functionName;
      this.rule = impl;
      return this;
    }

    /**
     * Sets a user rule (a lambda), named after the variation.
     *
     * @param impl the rule
     * @return this
     */
    public Builder rule(TradingRule impl) {
      return function(name.value(), impl);
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
        return new RuleSpec(name, function, rule, data, args, scalar);
      }
      RuleArgs.Separated split = args.separateDataArgs(data.size());
      ArgChecker.isTrue(split.unused().isEmpty(), "rule variation {} passes arguments {} to data inputs it does not"
          + " have (it has {}: {})", name, split.unused(), data.size(), data);
      return new RuleSpec(name, function, rule, data, split.ruleArgs(), scalar, split.dataArgs());
    }
  }
}
