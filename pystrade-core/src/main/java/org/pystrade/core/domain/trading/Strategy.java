package org.pystrade.core.domain.trading;

import org.pystrade.core.util.ArgChecker;

/**
 * A strategy in production: its name, its weight in the allocation of capital and the system config it runs.
 *
 * @param name the name
 * @param capitalWeight its weight when the total capital is allocated to strategies (not negative)
 * @param config the system config it runs (a path or resource name), may be empty
 */
public record Strategy(StrategyName name, double capitalWeight, String config) {

  /**
   * Checks the arguments.
   *
   * @param name the name
   * @param capitalWeight its weight when the total capital is allocated to strategies (not negative)
   * @param config the system config it runs (a path or resource name), may be empty
   */
  public Strategy {
    ArgChecker.notNull(name, "name");
    ArgChecker.notNegative(capitalWeight, "capitalWeight");
    ArgChecker.notNull(config, "config");
  }
}
