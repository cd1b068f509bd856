package org.pystrade.core.rules;

import java.util.List;
import java.util.OptionalDouble;
import org.pystrade.core.util.ArgChecker;

/**
 * A trading rule variation as pysystemtrade's {@code trading_rules:} entry declares it: the rule, the data inputs
 * it reads (data source names such as {@code rawdata.get_daily_prices}), its {@code other_args} and an optional
 * fixed {@code forecast_scalar}.
 *
 * @param name the variation's name
 * @param function the function name or path it was resolved from (for reports and equality)
 * @param rule the implementation
 * @param data the data source names, in the order the rule reads them
 * @param args the rule's parameters
 * @param forecastScalar the rule's own fixed forecast scalar, if given
 */
public record RuleSpec(RuleName name, String function, TradingRule rule, List<String> data, RuleArgs args,
    OptionalDouble forecastScalar) {

  /** Validates and copies. */
  public RuleSpec {
    ArgChecker.notNull(name, "name");
    ArgChecker.notBlank(function, "function");
    ArgChecker.notNull(rule, "rule");
    data = List.copyOf(ArgChecker.notNull(data, "data"));
    ArgChecker.notNull(args, "args");
    forecastScalar = forecastScalar == null ? OptionalDouble.empty() : forecastScalar;
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
        && forecastScalar.equals(o.forecastScalar);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, data, args, forecastScalar);
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
     * Sets the data inputs.
     *
     * @param sources data source names in order
     * @return this
     */
    public Builder data(String... sources) {
      this.data = List.of(sources);
      return this;
    }

    /**
     * Sets the parameters.
     *
     * @param namesAndValues alternating names and values
     * @return this
     */
    public Builder args(Object... namesAndValues) {
      this.args = RuleArgs.of(namesAndValues);
      return this;
    }

    /**
     * Sets the parameters.
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
      return new RuleSpec(name, function, rule, data, args, scalar);
    }
  }
}
