package org.pystrade.core.domain.trading;

import org.pystrade.core.util.ArgChecker;

/**
 * The name of a trading strategy (one system config), as pysystemtrade's strategy names.
 *
 * @param value the name: letters, digits, {@code _} and {@code -}, 1 to 64 characters
 */
public record StrategyName(String value) implements Comparable<StrategyName> {

  /**
   * Checks the name.
   *
   * @param value the name: letters, digits, {@code _} and {@code -}, 1 to 64 characters
   */
  public StrategyName {
    ArgChecker.notBlank(value, "strategy name");
    ArgChecker.isTrue(value.length() <= 64 && value.matches("[A-Za-z0-9_-]+"),
        "strategy name must be 1 to 64 letters, digits, _ or - but was '{}'", value);
  }

  /**
   * A strategy name.
   *
   * @param value the name
   * @return the strategy name
   */
  public static StrategyName of(String value) {
    return new StrategyName(value);
  }

  @Override
  public int compareTo(StrategyName o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
