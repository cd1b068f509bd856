package org.pystrade.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig.Kind;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * Which rule variations each instrument's forecasts combine (pysystemtrade's {@code get_trading_rule_list}): the
 * keys of its fixed {@code forecast_weights} (the instrument's own block, else the global one), else its
 * {@code rule_variations} (its own list, else the global one), else every trading rule; sorted by name, the order
 * forecasts are summed in. Read from the config once; the costs, the forecast combination and the estimators all ask
 * this one value, so that they can never disagree.
 */
public final class RuleVariations {

  private final Map<InstrumentCode, List<RuleName>> byInstrument;
  private final List<RuleName> allRules;
  /**
   * The instruments of each distinct set of variations, in configured order: asked once per instrument and rule by
   * the pooled costs, so grouped once (comparing every instrument's list on each call was quadratic: measured as a
   * twentieth of a 226-instrument rob_system run).
   */
  private final Map<List<RuleName>, List<InstrumentCode>> bySameRules;

  private RuleVariations(Map<InstrumentCode, List<RuleName>> byInstrument, List<RuleName> allRules) {
    this.byInstrument = byInstrument;
    this.allRules = allRules;
    Map<List<RuleName>, List<InstrumentCode>> groups = new java.util.HashMap<>();
    byInstrument.forEach((c, rules) -> groups.computeIfAbsent(rules, k -> new ArrayList<>()).add(c));
    groups.replaceAll((k, v) -> List.copyOf(v));
    this.bySameRules = groups;
  }

  /**
   * The same rule variations for every instrument.
   *
   * @param instruments the instruments
   * @param rules the rule variations, in any order
   * @return the assignment
   */
  public static RuleVariations same(List<InstrumentCode> instruments, Set<RuleName> rules) {
    List<RuleName> sorted = new ArrayList<>(rules);
    sorted.sort(null);
    Map<InstrumentCode, List<RuleName>> m = new LinkedHashMap<>();
    for (InstrumentCode c : instruments) {
      m.put(c, List.copyOf(sorted));
    }
    return new RuleVariations(Collections.unmodifiableMap(m), List.copyOf(sorted));
  }

  /**
   * The rule variations a config gives each instrument.
   *
   * @param config the config
   * @param instruments the configured instruments
   * @param rules the system's rule variations
   * @return the assignment
   * @throws ConfigException naming an instrument whose weights or variations name a rule not in
   *     {@code trading_rules}, or a mistyped {@code forecast_weights} or {@code rule_variations}
   */
  public static RuleVariations fromConfig(SystemConfig config, List<InstrumentCode> instruments,
      Set<RuleName> rules) {
    ArgChecker.notNull(config, "config");
    List<RuleName> all = new ArrayList<>(rules);
    all.sort(null);
    Map<InstrumentCode, List<RuleName>> m = new LinkedHashMap<>();
    for (InstrumentCode code : instruments) {
      List<String> names;
      Kind weights = config.kindOf("forecast_weights");
      if (weights != Kind.ABSENT) {
        names = new ArrayList<>(config.getDoubleMap(config.kindOf("forecast_weights." + code.value()) == Kind.MAPPING
            ? "forecast_weights." + code.value() : "forecast_weights").keySet());
      } else if (config.kindOf("rule_variations") != Kind.ABSENT) {
        names = config.kindOf("rule_variations." + code.value()) != Kind.ABSENT
            && config.kindOf("rule_variations") == Kind.MAPPING
            ? config.getStringList("rule_variations." + code.value()) : config.getStringList("rule_variations");
      } else {
        names = new ArrayList<>();
        all.forEach(r -> names.add(r.value()));
      }
      List<String> sorted = new ArrayList<>(names);
      sorted.sort(null);
      List<RuleName> out = new ArrayList<>();
      for (String n : sorted) {
        RuleName r = RuleName.of(n);
        if (!rules.contains(r)) {
          throw new ConfigException("forecast weights for " + code + " name rule '" + n
              + "' which is not in trading_rules " + rules);
        }
        out.add(r);
      }
      m.put(code, List.copyOf(out));
    }
    return new RuleVariations(Collections.unmodifiableMap(m), List.copyOf(all));
  }

  /**
   * The rule variations an instrument combines, sorted by name.
   *
   * @param code the instrument
   * @return the variations
   * @throws IllegalArgumentException if the instrument is not one of the system's
   */
  public List<RuleName> of(InstrumentCode code) {
    List<RuleName> r = byInstrument.get(code);
    ArgChecker.isTrue(r != null, "instrument {} is not configured in this system; configured: {}", code,
        byInstrument.keySet());
    return r;
  }

  /**
   * The configured instruments whose forecasts combine a rule variation, in configured order.
   *
   * @param rule the variation
   * @return the instruments, possibly none
   */
  public List<InstrumentCode> instrumentsTrading(RuleName rule) {
    List<InstrumentCode> out = new ArrayList<>();
    byInstrument.forEach((c, rules) -> {
      if (rules.contains(rule)) {
        out.add(c);
      }
    });
    return out;
  }

  /**
   * The configured instruments whose forecasts combine the same rule variations as this one's, in configured order.
   *
   * @param code the instrument
   * @return the instruments, this one included
   */
  public List<InstrumentCode> instrumentsWithSameRules(InstrumentCode code) {
    return bySameRules.get(of(code));
  }

  /**
   * All the system's rule variations, sorted by name.
   *
   * @return the variations
   */
  public List<RuleName> allRules() {
    return allRules;
  }

  @Override
  public String toString() {
    return "RuleVariations" + byInstrument;
  }
}
