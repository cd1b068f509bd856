package org.pystrade.data.csv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles as pandas' {@code to_csv} writes a float64 column: Python's {@code repr}, the shortest decimal
 * that reads back as the same double (the nearest such when there are several), in fixed notation for decimal
 * exponents from -4 to 15 ({@code 0.0001}, {@code 89.57000000000005}, {@code 1e+16}, {@code 1e-05}) and always with
 * a fraction or exponent ({@code 262.0}).
 *
 * <p>JDK 17's {@link Double#toString} is the shortest round-trip decimal when it has at most 15 digits (two
 * different decimals of 15 digits or fewer never read as the same double); longer ones are recomputed exactly, as
 * the correctly rounded decimal of the fewest digits that reads back.
 */
final class PythonFloat {

  private PythonFloat() {
  }

  /**
   * Appends a value's Python repr.
   *
   * @param out where to append
   * @param d the value
   */
  static void append(StringBuilder out, double d) {
    if (d != d) {
      out.append("nan");
      return;
    }
    if (Double.isInfinite(d)) {
      out.append(d > 0 ? "inf" : "-inf");
      return;
    }
    if (d == 0) {
      out.append(Double.doubleToRawLongBits(d) < 0 ? "-0.0" : "0.0");
      return;
    }
    if (d < 0) {
      out.append('-');
      d = -d;
    }
    String js = Double.toString(d);
    int e = js.indexOf('E');
    String mantissa = e < 0 ? js : js.substring(0, e);
    int exp = e < 0 ? 0 : Integer.parseInt(js.substring(e + 1));
    int dot = mantissa.indexOf('.');
    StringBuilder digits = new StringBuilder(mantissa.length());
    digits.append(mantissa, 0, dot).append(mantissa, dot + 1, mantissa.length());
    int point = dot + exp;
    int lead = 0;
    while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
      lead++;
    }
    String ds = digits.substring(lead);
    point -= lead;
    int end = ds.length();
    while (end > 1 && ds.charAt(end - 1) == '0') {
      end--;
    }
    ds = ds.substring(0, end);
    if (ds.length() >= 16) {
      BigDecimal exact = new BigDecimal(d);
      BigDecimal best = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
      for (int p = 16; p >= 1; p--) {
        BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (r.doubleValue() != d) {
          break;
        }
        best = r;
      }
      String u = best.unscaledValue().toString();
      point = u.length() - best.scale();
      int k = u.length();
      while (k > 1 && u.charAt(k - 1) == '0') {
        k--;
      }
      ds = u.substring(0, k);
    }
    format(out, ds, point);
  }

  /**
   * Appends a decimal's digits as repr would write a double of that value.
   *
   * @param out where to append
   * @param negative whether to write a minus sign
   * @param value the decimal, positive
   */
  static void append(StringBuilder out, boolean negative, BigDecimal value) {
    if (negative) {
      out.append('-');
    }
    String u = value.unscaledValue().toString();
    int point = u.length() - value.scale();
    int k = u.length();
    while (k > 1 && u.charAt(k - 1) == '0') {
      k--;
    }
    format(out, u.substring(0, k), point);
  }

  /** Writes 0.DIGITS x 10^point as repr does. */
  private static void format(StringBuilder out, String ds, int point) {
    int x = point - 1;
    int n = ds.length();
    if (x >= -4 && x < 16) {
      if (point <= 0) {
        out.append("0.");
        for (int i = 0; i < -point; i++) {
          out.append('0');
        }
        out.append(ds);
      } else if (point >= n) {
        out.append(ds);
        for (int i = n; i < point; i++) {
          out.append('0');
        }
        out.append(".0");
      } else {
        out.append(ds, 0, point).append('.').append(ds, point, n);
      }
      return;
    }
    out.append(ds.charAt(0));
    if (n > 1) {
      out.append('.').append(ds, 1, n);
    }
    out.append('e').append(x < 0 ? '-' : '+');
    int ax = Math.abs(x);
    if (ax < 10) {
      out.append('0');
    }
    out.append(ax);
  }

  /**
   * A value's Python repr.
   *
   * @param d the value
   * @return the text
   */
  static String repr(double d) {
    StringBuilder sb = new StringBuilder(24);
    append(sb, d);
    return sb.toString();
  }
}
