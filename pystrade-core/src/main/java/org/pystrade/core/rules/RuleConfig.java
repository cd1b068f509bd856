package org.pystrade.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig.Kind;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.core.util.Suggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@code trading_rules:} block of a pysystemtrade config into rule variations, checking each against its
 * function's signature and its data sources, so that every mistake in a rule's definition is found when the system
 * is built, with the key that holds it.
 */
public final class RuleConfig {

  private static final Logger LOG = LoggerFactory.getLogger(RuleConfig.class);

  /** The keys a {@code trading_rules} entry may have. */
  public static final List<String> ENTRY_KEYS = List.of("function", "data", "other_args", "forecast_scalar");

  private RuleConfig() {
  }

  /**
   * The rule variations of a config, in the order the config declares them.
   *
   * @param config the config
   * @param registry resolves {@code function:} names
   * @param dataSources resolves {@code data:} names
   * @return the variations by name (empty if the config has no {@code trading_rules})
   * @throws ConfigException naming the key of anything wrong: an unknown function or data source, an argument the
   *     function or a data source does not take, a missing required argument, a wrong number of data inputs
   */
  public static Map<RuleName, RuleSpec> fromConfig(SystemConfig config, RuleRegistry registry,
      DataSourceRegistry dataSources) {
    ArgChecker.notNull(config, "config");
    Map<RuleName, RuleSpec> out = new LinkedHashMap<>();
    Kind kind = config.kindOf("trading_rules");
    if (kind == Kind.ABSENT) {
      return out;
    }
    if (kind != Kind.MAPPING) {
      throw new ConfigException("config key 'trading_rules' must be a mapping of rule names to rule definitions");
    }
    for (String name : config.keysOf("trading_rules")) {
      RuleSpec spec = parse(config, name, registry, dataSources);
      checkDataSources(spec, dataSources);
      out.put(spec.name(), spec);
    }
    return out;
  }

  private static RuleSpec parse(SystemConfig config, String name, RuleRegistry registry,
      DataSourceRegistry dataSources) {
    String key = "trading_rules." + name;
    String function;
    List<String> dataNames = new ArrayList<>();
    Map<String, Object> args = new LinkedHashMap<>();
    OptionalDouble scalar = OptionalDouble.empty();
    Kind kind = config.kindOf(key);
    if (kind == Kind.SCALAR) {
      function = config.getString(key);
    } else if (kind == Kind.MAPPING) {
      if (config.kindOf(key + ".function") != Kind.SCALAR) {
        throw new ConfigException("config key '" + key + ".function' is required and must name a rule function");
      }
      function = config.getString(key + ".function");
      Kind data = config.kindOf(key + ".data");
      if (data == Kind.LIST || data == Kind.SCALAR) {
        dataNames.addAll(config.getStringList(key + ".data"));
      } else if (data == Kind.MAPPING) {
        throw new ConfigException("config key '" + key + ".data' must be a list of data source names");
      }
      Kind otherArgs = config.kindOf(key + ".other_args");
      if (otherArgs == Kind.MAPPING) {
        for (String arg : config.keysOf(key + ".other_args")) {
          String argKey = key + ".other_args." + arg;
          args.put(arg, config.kindOf(argKey) == Kind.ABSENT ? null : config.getScalar(argKey));
        }
      } else if (otherArgs != Kind.ABSENT) {
        throw new ConfigException("config key '" + key + ".other_args' must be a mapping");
      }
      if (config.kindOf(key + ".forecast_scalar") != Kind.ABSENT) {
        scalar = OptionalDouble.of(config.getDouble(key + ".forecast_scalar"));
      }
    } else {
      throw new ConfigException("config key '" + key + "' must be a rule definition (a function name, or a mapping "
          + "with function, data, other_args and forecast_scalar)");
    }
    RuleRegistry.Entry entry = registry.find(function).orElseThrow(() -> new ConfigException("trading rule '" + name
        + "' (config key '" + key + ".function') uses an " + registry.unknown(function)));
    for (String source : dataNames) {
      checkKnown(name, source, dataSources);
    }
    RuleArgs ruleArgs = new RuleArgs(args);
    List<RuleArgs> dataArgs = List.of();
    if (dataNames.isEmpty()) {
      // as pysystemtrade: the default price input, and other_args (underscored or not) all go to the rule
      dataNames.add("data.daily_prices");
    } else {
      RuleArgs.Separated split;
      try {
        split = ruleArgs.separateDataArgs(dataNames.size());
      } catch (IllegalArgumentException ex) {
        throw new ConfigException("config key '" + key + ".other_args': " + ex.getMessage(), ex);
      }
      if (!split.unused().isEmpty()) {
        LOG.warn("trading rule '{}' passes {} to data inputs it does not have (it has {}: {}); ignored, as "
            + "pysystemtrade ignores them", name, split.unused(), dataNames.size(), dataNames);
      }
      ruleArgs = split.ruleArgs();
      dataArgs = split.dataArgs();
    }
    try {
      return new RuleSpec(RuleName.of(name), function, entry.rule(), entry.signature(), dataNames, ruleArgs, scalar,
          dataArgs);
    } catch (IllegalArgumentException ex) {
      throw new ConfigException("config key '" + key + "': " + ex.getMessage(), ex);
    }
  }

  private static void checkKnown(String rule, String source, DataSourceRegistry dataSources) {
    if (!dataSources.contains(source)) {
      throw new ConfigException("trading rule '" + rule + "' reads unknown data '" + source + "'"
          + Suggestions.hint(source, dataSources.names()) + "; known data sources: " + dataSources.names());
    }
  }

  /**
   * Checks that every data source a variation reads exists and takes the arguments the variation passes it.
   *
   * @param spec the variation
   * @param dataSources the data sources
   * @throws ConfigException naming the rule, the source and what is wrong
   */
  public static void checkDataSources(RuleSpec spec, DataSourceRegistry dataSources) {
    for (int i = 0; i < spec.data().size(); i++) {
      String source = spec.data().get(i);
      checkKnown(spec.name().value(), source, dataSources);
      try {
        dataSources.resolveArgs(source, spec.dataArgs().get(i));
      } catch (IllegalArgumentException ex) {
        throw new ConfigException("trading rule '" + spec.name() + "' passes data input " + (i + 1) + " ('" + source
            + "', other_args with " + (i + 1) + " leading underscore" + (i == 0 ? "" : "s") + ") an argument it "
            + "does not take: " + ex.getMessage(), ex);
      }
    }
  }
}
