package org.pystrade.core.rawdata;

import org.pystrade.core.util.ArgChecker;

/**
 * A factor the factor rules trade (pysystemtrade's {@code factor_name} with the keyword arguments it passes to the
 * factor's raw-data method): a rolling statistic of the instrument's daily percentage returns over the last
 * {@code lookbackDays} calendar days.
 *
 * @param kind which statistic
 * @param lookbackDays the window in calendar days (pysystemtrade's {@code lookback_days}, a {@code "%dD"} rolling
 *     window), positive
 */
public record Factor(Kind kind, int lookbackDays) {

  /** The factors pysystemtrade's rob_system raw data provides, by their method names. */
  public enum Kind {
    /** {@code skew}: the rolling skewness of the percentage returns. */
    SKEW("skew"),
    /** {@code neg_skew}: minus the {@link #SKEW}. */
    NEG_SKEW("neg_skew"),
    /** {@code kurtosis}: the rolling excess kurtosis of the percentage returns. */
    KURTOSIS("kurtosis");

    private final String pythonName;

    Kind(String pythonName) {
      this.pythonName = pythonName;
    }

    /**
     * pysystemtrade's name (its raw-data method).
     *
     * @return the name
     */
    public String pythonName() {
      return pythonName;
    }

    /**
     * The kind pysystemtrade names so.
     *
     * @param name the method name ({@code skew}, {@code neg_skew}, {@code kurtosis})
     * @return the kind
     * @throws IllegalArgumentException naming the unknown factor and the known ones
     */
    public static Kind of(String name) {
      return PythonNames.lookup(values(), Kind::pythonName, name, "factor");
    }
  }

  /** pysystemtrade's default {@code lookback_days} of every factor. */
  public static final int DEFAULT_LOOKBACK_DAYS = 365;

  /**
   * Validates.
   *
   * @param kind which statistic
   * @param lookbackDays the window in calendar days (pysystemtrade's {@code lookback_days}, a {@code "%dD"} rolling
   *         window), positive
   */
  public Factor {
    ArgChecker.notNull(kind, "kind");
    ArgChecker.positive(lookbackDays, "lookback_days");
  }

  /**
   * A factor by pysystemtrade's names.
   *
   * @param factorName the method name ({@code skew}, {@code neg_skew}, {@code kurtosis})
   * @param lookbackDays the window in calendar days
   * @return the factor
   * @throws IllegalArgumentException for an unknown name or a window below one day
   */
  public static Factor of(String factorName, int lookbackDays) {
    return new Factor(Kind.of(factorName), lookbackDays);
  }

  @Override
  public String toString() {
    return kind.pythonName + "(" + lookbackDays + "D)";
  }
}
