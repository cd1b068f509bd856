package org.pystrade.core.rules;

import org.pystrade.core.util.ArgChecker;

/**
 * The typed name of a trading rule variation, as a key of pysystemtrade's {@code trading_rules:}
 * ({@code "ewmac16_64"}, {@code "carry"}).
 *
 * @param value the name
 */
public record RuleName(String value) implements Comparable<RuleName> {

  /**
   * Validates the name.
   *
   * @param value the name
   */
  public RuleName {
    ArgChecker.notBlank(value, "rule name");
  }

  /**
   * Obtains a rule name.
   *
   * @param value the name
   * @return the identifier
   */
  public static RuleName of(String value) {
    return new RuleName(value);
  }

  @Override
  public int compareTo(RuleName o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }

  // equals and hashCode written out: the generated ones bootstrap method handles on first use (start-up time)

  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof RuleName && value.equals(((RuleName) obj).value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
