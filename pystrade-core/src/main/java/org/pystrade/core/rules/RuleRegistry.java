package org.pystrade.core.rules;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.core.util.Suggestions;

/**
 * A named registry of trading rule implementations with their signatures, so that pysystemtrade YAML
 * {@code function:} paths ({@code systems.provided.rules.ewmac.ewmac}) resolve to Java code and every variation's
 * arguments are checked against what the function takes. {@link #standard()} holds every rule pysystemtrade
 * provides, registered under its full path and its short name ({@code ewmac}), and the older
 * {@code systems.provided.futures_chapter15.rules} functions under their full paths ({@link Chapter15Rules}); users
 * add their own with {@link #with(String, RuleSignature, TradingRule)}. Immutable: {@code with} returns a new
 * registry.
 */
public final class RuleRegistry {

  private static final RuleRegistry STANDARD = buildStandard();

  /**
   * A registered rule: its implementation and its signature.
   *
   * @param rule the implementation
   * @param signature its data inputs and parameters
   */
  public record Entry(TradingRule rule, RuleSignature signature) {

    /**
     * Validates.
     *
     * @param rule the implementation
     * @param signature its data inputs and parameters
     */
    public Entry {
      ArgChecker.notNull(rule, "rule");
      ArgChecker.notNull(signature, "signature");
    }
  }

  private final Map<String, Entry> rules;

  private RuleRegistry(Map<String, Entry> rules) {
    this.rules = Collections.unmodifiableMap(rules);
  }

  private static RuleRegistry buildStandard() {
    Map<String, Entry> m = new TreeMap<>();
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
   * A copy with one more rule that takes any number of data inputs and no arguments (replacing any rule of the same
   * name); a rule that takes arguments is registered with {@link #with(String, RuleSignature, TradingRule)}.
   *
   * @param name the function name or path used in configs
   * @param rule the implementation
   * @return the new registry
   */
  public RuleRegistry with(String name, TradingRule rule) {
    return with(name, RuleSignature.anyInputs(), rule);
  }

  /**
   * A copy with one more rule (replacing any rule of the same name).
   *
   * @param name the function name or path used in configs
   * @param signature the data inputs and parameters the rule takes
   * @param rule the implementation
   * @return the new registry
   */
  public RuleRegistry with(String name, RuleSignature signature, TradingRule rule) {
    ArgChecker.notBlank(name, "name");
    Map<String, Entry> m = new TreeMap<>(rules);
    m.put(name, new Entry(rule, signature));
    return new RuleRegistry(m);
  }

  /**
   * Looks a rule up.
   *
   * @param name the function name or path
   * @return the rule and its signature, if registered
   */
  public Optional<Entry> find(String name) {
    return Optional.ofNullable(rules.get(name));
  }

  /**
   * Looks a rule up, failing with the nearest known name.
   *
   * @param name the function name or path
   * @return the rule and its signature
   * @throws IllegalArgumentException naming the unknown function and the nearest known one
   */
  public Entry get(String name) {
    Entry r = rules.get(name);
    if (r == null) {
      throw new IllegalArgumentException(unknown(name));
    }
    return r;
  }

  /**
   * The message for an unknown function name: the nearest registered name, or the list of them.
   *
   * @param name the unknown name
   * @return the message
   */
  String unknown(String name) {
    String hint = Suggestions.hint(name, rules.keySet());
    return "unknown trading rule function '" + name + "'" + (hint.isEmpty() ? "; known functions: " + rules.keySet()
        : hint);
  }

  /**
   * The registered names.
   *
   * @return the names, sorted
   */
  public Set<String> names() {
    return rules.keySet();
  }
}
