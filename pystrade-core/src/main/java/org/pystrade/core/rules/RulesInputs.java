package org.pystrade.core.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.util.ArgChecker;

/**
 * What the rules stage is built from: the system's context, the raw-data stage beneath it, the trading rule
 * variations and the data sources their inputs are read from. A replacement stage takes the same record.
 *
 * @param context the system's context
 * @param rawData the raw-data stage
 * @param tradingRules the rule variations by name, in declaration order
 * @param dataSources the data sources rules read
 */
public record RulesInputs(StageContext context, RawData rawData, Map<RuleName, RuleSpec> tradingRules,
    DataSourceRegistry dataSources) {

  /**
   * Validates and copies.
   *
   * @param context the system's context
   * @param rawData the raw-data stage
   * @param tradingRules the rule variations by name, in declaration order
   * @param dataSources the data sources rules read
   */
  public RulesInputs {
    ArgChecker.notNull(context, "context");
    ArgChecker.notNull(rawData, "rawData");
    tradingRules = Collections.unmodifiableMap(new LinkedHashMap<>(ArgChecker.notNull(tradingRules, "tradingRules")));
    ArgChecker.notNull(dataSources, "dataSources");
  }
}
