package org.pystrade.core.rules;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pystrade.core.util.ArgChecker;

/**
 * A named registry of trading rule implementations, so that pysystemtrade YAML {@code function:} paths
 * ({@code systems.provided.rules.ewmac.ewmac}) resolve to Java code. {@link #standard()} holds every rule
 * pysystemtrade provides, registered under its full path and its short name ({@code ewmac}), and the older
 * {@code systems.provided.futures_chapter15.rules} functions under their full paths ({@link Chapter15Rules}); users
 * add their own with {@link #with(String, TradingRule)}. Immutable: {@code with} returns a new registry.
 */
public final class RuleRegistry {

  private static final RuleRegistry STANDARD = buildStandard();

  private final Map<String, TradingRule> rules;

  private RuleRegistry(Map<String, TradingRule> rules) {
    this.rules = Collections.unmodifiableMap(rules);
  }

  private static RuleRegistry buildStandard() {
    Map<String, TradingRule> m = new TreeMap<>();
    ProvidedRules.registerAll(m);
    Chapter15Rules.registerAll(m);
    return new RuleRegistry(m);
  }

  /**
   * The registry of pysystemtrade's provided rules.
   *
   * @return the standard registry
   */
  public static RuleRegistry standard() {
    return STANDARD;
  }

  /**
   * An empty registry.
   *
   * @return a registry with no rules
   */
  public static RuleRegistry empty() {
    return new RuleRegistry(new TreeMap<>());
  }

  /**
   * A copy with one more rule (replacing any rule of the same name).
   *
   * @param name the function name or path used in configs
   * @param rule the implementation
   * @return the new registry
   */
  public RuleRegistry with(String name, TradingRule rule) {
    ArgChecker.notBlank(name, "name");
    ArgChecker.notNull(rule, "rule");
    Map<String, TradingRule> m = new TreeMap<>(rules);
    m.put(name, rule);
    return new RuleRegistry(m);
  }

  /**
   * Looks a rule up.
   *
   * @param name the function name or path
   * @return the rule, if registered
   */
  public Optional<TradingRule> find(String name) {
    return Optional.ofNullable(rules.get(name));
  }

  /**
   * Looks a rule up, failing with the list of known names.
   *
   * @param name the function name or path
   * @return the rule
   * @throws IllegalArgumentException naming the unknown function and listing the known ones
   */
  public TradingRule get(String name) {
    TradingRule r = rules.get(name);
    if (r == null) {
      throw new IllegalArgumentException("unknown trading rule function '" + name + "'; known functions: "
          + rules.keySet());
    }
    return r;
  }

  /**
   * The registered names.
   *
   * @return the names, sorted
   */
  public java.util.Set<String> names() {
    return rules.keySet();
  }
}
