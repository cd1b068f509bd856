package org.pystrade.core.data;

import org.pystrade.core.util.ArgChecker;

/**
 * The typed identifier of a futures instrument, as pysystemtrade names it ({@code "SOFR"}, {@code "US10"}).
 *
 * @param value the code, non-blank, no surrounding white space
 */
public record InstrumentCode(String value) implements Comparable<InstrumentCode> {

  /** Validates the code. */
  public InstrumentCode {
    ArgChecker.notBlank(value, "instrument code");
    ArgChecker.isTrue(value.equals(value.strip()), "instrument code must not have surrounding spaces but was '{}'",
        value);
  }

  /**
   * Obtains an instrument code.
   *
   * @param value the code
   * @return the identifier
   */
  public static InstrumentCode of(String value) {
    return new InstrumentCode(value);
  }

  @Override
  public int compareTo(InstrumentCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
