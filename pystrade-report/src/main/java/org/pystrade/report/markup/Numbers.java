package org.pystrade.report.markup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as texts for a reader: fixed decimals, thousands separators, never {@code -0}. */
public final class Numbers {

  private Numbers() {
  }

  /**
   * A value with a fixed number of decimals (half-even rounding of its shortest decimal form) and thousands
   * separators: {@code 12,345.6}; never {@code -0} or {@code -0.0}; {@code NaN}, {@code inf} and {@code -inf} for
   * values that are not finite.
   *
   * @param v the value
   * @param decimals the decimals, 0 to 10
   * @return the text
   */
  public static String fixed(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return Double.isNaN(v) ? "NaN" : v > 0 ? "inf" : "-inf";
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(Math.max(0, Math.min(10, decimals)), RoundingMode.HALF_EVEN);
    String plain = d.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder(plain.length() + 8);
    if (d.signum() < 0) {
      sb.append('-');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(whole.charAt(i));
    }
    if (dot >= 0) {
      sb.append(plain, dot, plain.length());
    }
    return sb.toString();
  }
}
