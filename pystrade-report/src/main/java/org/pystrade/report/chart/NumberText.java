package org.pystrade.report.chart;

/** Numbers as short texts, without {@code String.format} (thousands of coordinates per chart). */
final class NumberText {

  private NumberText() {
  }

  /**
   * A coordinate with at most one decimal, without a trailing {@code .0}: {@code 12}, {@code 12.5}, {@code -0.3}.
   *
   * @param out where to write
   * @param v the value (finite)
   */
  static void coordinate(StringBuilder out, double v) {
    long tenths = Math.round(v * 10);
    if (tenths < 0) {
      out.append('-');
      tenths = -tenths;
    }
    out.append(tenths / 10);
    long frac = tenths % 10;
    if (frac != 0) {
      out.append('.').append(frac);
    }
  }

  /** A value rounded to a tenth (what {@link #coordinate} writes). */
  static double tenth(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
