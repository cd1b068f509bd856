package org.pystrade.data.pipeline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double as Python's {@code repr} (and numpy's, and so pandas' {@code to_csv}) writes it: the shortest
 * decimal that reads back as the same double, the nearest such when several have that length; positional notation
 * with at least one decimal ({@code 143.0}) when the decimal exponent is from -4 to 15, else scientific with a
 * signed exponent of at least two digits ({@code 1e-05}, {@code 1.5e+16}).
 *
 * <p>Java 17's {@code Double.toString} gives a string that reads back as the same double but not always the
 * shortest; it is only used for the number of digits to start from, and the digits are the nearest decimal of the
 * shortest length found, computed exactly with {@link BigDecimal}.
 */
final class PythonFloat {

  private PythonFloat() {
  }

  /**
   * The repr of a double; NaN gives {@code nan} and infinities {@code inf} and {@code -inf}, as Python.
   *
   * @param v the value
   * @return the text
   */
  static String repr(double v) {
    if (v != v) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return (Double.doubleToRawLongBits(v) < 0) ? "-0.0" : "0.0";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v) + ".0";
    }
    BigDecimal exact = new BigDecimal(v);
    int digits = significantDigits(Double.toString(v));
    BigDecimal best = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
    for (int p = digits - 1; p >= 1; p--) {
      BigDecimal candidate = roundTripping(exact, p, v);
      if (candidate == null) {
        break;
      }
      best = candidate;
    }
    return layout(best);
  }

  /** The nearest p-digit decimal (or a neighbour, at a binade's edge) that reads back as v, or null. */
  private static BigDecimal roundTripping(BigDecimal exact, int p, double v) {
    BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
    if (nearest.doubleValue() == v) {
      return nearest;
    }
    for (RoundingMode mode : new RoundingMode[] {RoundingMode.UP, RoundingMode.DOWN}) {
      BigDecimal other = exact.round(new MathContext(p, mode));
      if (other.doubleValue() == v) {
        return other;
      }
    }
    return null;
  }

  private static int significantDigits(String javaText) {
    int e = javaText.indexOf('E');
    String mantissa = e < 0 ? javaText : javaText.substring(0, e);
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < mantissa.length(); i++) {
      char c = mantissa.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      }
    }
    String s = d.toString().replaceFirst("^0+", "").replaceFirst("0+$", "");
    return Math.max(1, Math.min(17, s.length()));
  }

  private static String layout(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    String digits = stripped.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - stripped.scale();
    String sign = stripped.signum() < 0 ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
      String plain = stripped.abs().toPlainString();
      if (plain.indexOf('.') < 0) {
        plain = plain + ".0";
      }
      return sign + plain;
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String exp = Integer.toString(Math.abs(exponent));
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
  }
}
