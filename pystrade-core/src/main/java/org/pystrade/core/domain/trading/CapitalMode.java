package org.pystrade.core.domain.trading;

import java.util.Locale;
import org.pystrade.core.util.ArgChecker;

/**
 * How the total capital follows the profit and loss of the broker account: pysystemtrade's
 * {@code production_capital_method} ({@code full}, {@code half}, {@code fixed}); see {@link CapitalCalculation}.
 */
public enum CapitalMode {
  /** Full compounding: every profit and loss goes into the capital (maximum capital follows the capital). */
  FULL,
  /** Half compounding: losses reduce the capital, profits raise it no further than the maximum capital. */
  HALF,
  /** Fixed: the capital does not change with profit and loss (maximum capital set to the capital). */
  FIXED;

  /**
   * The mode of a pysystemtrade config value.
   *
   * @param name {@code full}, {@code half} or {@code fixed} (any case)
   * @return the mode
   * @throws IllegalArgumentException for another name
   */
  public static CapitalMode of(String name) {
    ArgChecker.notBlank(name, "capital method");
    for (CapitalMode m : values()) {
      if (m.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException("capital method should be one of full, half or fixed but was '" + name
        + "'");
  }
}
