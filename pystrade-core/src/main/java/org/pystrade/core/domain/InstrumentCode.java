package org.pystrade.core.domain;

import org.pystrade.core.util.ArgChecker;

/**
 * The typed identifier of a futures instrument, as pysystemtrade names it ({@code "SOFR"}, {@code "US10"},
 * {@code "GAS_US"}). Codes order alphabetically.
 *
 * <p>This is the domain package's copy of {@code org.pystrade.core.domain.InstrumentCode}, with the same validation
 * and behaviour; it will replace that one.
 *
 * @param value the code, non-blank, no surrounding white space
 */
public record InstrumentCode(String value) implements Comparable<InstrumentCode> {

  /**
   * Checks that the code is non-blank and has no surrounding white space.
   *
   * @param value the code, non-blank, no surrounding white space
   */
  public InstrumentCode {
    ArgChecker.notBlank(value, "instrument code");
    ArgChecker.isTrue(value.equals(value.strip()), "instrument code must not have surrounding spaces but was '{}'",
        value);
  }

  /**
   * Obtains an instrument code.
   *
   * @param value the code, as pysystemtrade writes it ({@code "SOFR"})
   * @return the identifier
   */
  public static InstrumentCode of(String value) {
    return new InstrumentCode(value);
  }

  @Override
  public int compareTo(InstrumentCode o) {
    return value.compareTo(o.value);
  }

  /**
   * The code.
   *
   * @return the code, as {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }

  // equals and hashCode written out: the generated ones bootstrap method handles on first use (start-up time)

  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof InstrumentCode && value.equals(((InstrumentCode) obj).value));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
