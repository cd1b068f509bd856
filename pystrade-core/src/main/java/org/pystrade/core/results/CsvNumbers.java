package org.pystrade.core.results;

import java.math.BigDecimal;

/**
 * The text of numbers in result files: the shortest decimal that reads back as the same double, without exponent
 * for ordinary magnitudes; NaN as an empty cell (pysystemtrade's CSV convention); infinities as {@code inf} and
 * {@code -inf}.
 */
public final class CsvNumbers {

  private CsvNumbers() {
  }

  /**
   * The text of a number.
   *
   * @param v the number
   * @return {@code ""} for NaN, {@code "inf"} / {@code "-inf"}, a whole number without a decimal point
   *     ({@code "-1"}; {@code -0.0} as {@code "0"}), a plain decimal from 1e-5 to 1e15 ({@code "0.23346693386773545"}), else Java's
   *     scientific notation ({@code "1.599008616796469E-15"})
   */
  public static String format(double v) {
    if (v != v) {
      return "";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    double a = Math.abs(v);
    if (a >= 1e-5 && a < 1e15) {
      return new BigDecimal(Double.toString(v)).toPlainString();
    }
    return Double.toString(v);
  }
}
