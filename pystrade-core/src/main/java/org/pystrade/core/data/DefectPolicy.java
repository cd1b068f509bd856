package org.pystrade.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.util.ArgChecker;

/**
 * What a system does with each kind of {@link DataDefect}: the config's {@code data_defects:} section, e.g.
 * <pre>
 * data_defects:
 *   non_positive_price: leave_out    # fail | leave_out | keep
 *   non_positive_fx_rate: fail
 * </pre>
 * Kinds the section leaves out take their {@link DataDefect.Kind#defaultAction() default}.
 *
 * @param actions the action of every kind
 */
public record DefectPolicy(Map<DataDefect.Kind, DefectAction> actions) {

  /** The config section. */
  public static final String SECTION = "data_defects";

  /** The config keys the policy reads. */
  public static final List<String> KEYS = keys();

  /**
   * Validates: every kind has an action.
   *
   * @param actions the action of every kind
   */
  public DefectPolicy {
    ArgChecker.notNull(actions, "actions");
    for (DataDefect.Kind k : DataDefect.Kind.values()) {
      ArgChecker.isTrue(actions.get(k) != null, "no action for data defect kind " + k);
    }
    actions = Collections.unmodifiableMap(new EnumMap<>(actions));
  }

  private static List<String> keys() {
    List<String> keys = new ArrayList<>();
    keys.add(SECTION);
    for (DataDefect.Kind k : DataDefect.Kind.values()) {
      keys.add(SECTION + "." + k.configKey());
    }
    return List.copyOf(keys);
  }

  /**
   * Every kind with its default action.
   *
   * @return the default policy
   */
  public static DefectPolicy defaults() {
    Map<DataDefect.Kind, DefectAction> m = new EnumMap<>(DataDefect.Kind.class);
    for (DataDefect.Kind k : DataDefect.Kind.values()) {
      m.put(k, k.defaultAction());
    }
    return new DefectPolicy(m);
  }

  /**
   * The same action for every kind.
   *
   * @param action the action
   * @return the policy
   */
  public static DefectPolicy all(DefectAction action) {
    ArgChecker.notNull(action, "action");
    Map<DataDefect.Kind, DefectAction> m = new EnumMap<>(DataDefect.Kind.class);
    for (DataDefect.Kind k : DataDefect.Kind.values()) {
      m.put(k, action);
    }
    return new DefectPolicy(m);
  }

  /**
   * This policy with one kind's action changed.
   *
   * @param kind the kind
   * @param action its action
   * @return the new policy
   */
  public DefectPolicy with(DataDefect.Kind kind, DefectAction action) {
    ArgChecker.notNull(kind, "kind");
    ArgChecker.notNull(action, "action");
    Map<DataDefect.Kind, DefectAction> m = new EnumMap<>(actions);
    m.put(kind, action);
    return new DefectPolicy(m);
  }

  /**
   * The action for a kind.
   *
   * @param kind the kind
   * @return the action
   */
  public DefectAction action(DataDefect.Kind kind) {
    return actions.get(kind);
  }

  /**
   * The policy of a config's {@code data_defects:} section.
   *
   * @param config the config
   * @return the policy (the defaults for kinds it does not name)
   * @throws ConfigException naming the key if the section is not a mapping or a value is not an action
   */
  public static DefectPolicy fromConfig(SystemConfig config) {
    ArgChecker.notNull(config, "config");
    DefectPolicy policy = defaults();
    SystemConfig.Kind kind = config.kindOf(SECTION);
    if (kind == SystemConfig.Kind.ABSENT) {
      return policy;
    }
    if (kind != SystemConfig.Kind.MAPPING) {
      throw new ConfigException("config key '" + SECTION + "' must be a mapping of defect kinds to fail, leave_out "
          + "or keep, e.g. 'data_defects: {non_positive_price: leave_out}'");
    }
    for (DataDefect.Kind k : DataDefect.Kind.values()) {
      String key = SECTION + "." + k.configKey();
      if (config.kindOf(key) != SystemConfig.Kind.ABSENT) {
        policy = policy.with(k, DefectAction.parse(String.valueOf(config.getScalar(key)), key));
      }
    }
    return policy;
  }
}
