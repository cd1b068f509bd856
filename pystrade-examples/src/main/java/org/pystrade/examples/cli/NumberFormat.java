package org.pystrade.examples.cli;

import java.math.BigDecimal;

/**
 * Formats doubles for CSV output: the shortest decimal that reads back as the same double, without exponent for
 * ordinary magnitudes; NaN as an empty cell (pysystemtrade's CSV convention).
 */
final class NumberFormat {

  private NumberFormat() {
  }

  static String format(double v) {
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
