package org.pystrade.data.pipeline;

import java.math.BigDecimal;
import java.math.BigInteger;
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
    String javaText = Double.toString(v);
    String fast = fastPath(v, javaText);
    return fast != null ? fast : exactPath(v, javaText);
  }

  /** The repr found with exact decimal arithmetic only (for finite, non-zero, non-integral v). */
  static String exactPath(double v, String javaText) {
    BigDecimal exact = new BigDecimal(v);
    int digits = significantDigits(javaText);
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

  /**
   * The repr from Java's digits when they are at most 15: a double's round-trip interval is narrower than the
   * spacing of 15-digit decimals, so at most one decimal of that length reads back as v and Java's is it; it is the
   * shortest unless the one-digit-shorter decimal just below or above it reads back too (then null: the exact path
   * decides).
   */
  private static String fastPath(double v, String java) {
    int e = java.indexOf('E');
    String mantissa = e < 0 ? java : java.substring(0, e);
    int exp = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
    boolean negative = mantissa.charAt(0) == '-';
    StringBuilder d = new StringBuilder(20);
    int point = -1;
    for (int i = negative ? 1 : 0; i < mantissa.length(); i++) {
      char c = mantissa.charAt(i);
      if (c == '.') {
        point = d.length();
      } else {
        d.append(c);
      }
    }
    // value = 0.d * 10^(point + exp); strip leading zeros (adjusting the point) and trailing zeros
    int lead = 0;
    while (lead < d.length() - 1 && d.charAt(lead) == '0') {
      lead++;
    }
    String digits = d.substring(lead);
    int decimalExp = point - lead + exp;
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    digits = digits.substring(0, end);
    int n = digits.length();
    if (n > 15) {
      return longPath(v, digits, decimalExp, negative);
    }
    if (n > 1) {
      String floor = digits.substring(0, n - 1);
      String ceil = Long.toString(Long.parseLong(floor) + 1);
      if (readsBack(floor, decimalExp, negative, v) || readsBack(ceil, decimalExp + ceil.length() - floor.length(),
          negative, v)) {
        return null;
      }
    }
    return layout(digits, decimalExp - 1, negative);
  }

  /**
   * 16 or 17 of Java's digits. Away from a power of two (where a double's round-trip interval is symmetric), a
   * decimal of p digits reads back only if the nearest one of p digits does: so the nearest of 15 digits is tried
   * (if it reads back, a shorter one may too: null, the exact path decides), then the nearest of 16, else the
   * nearest of 17, all computed exactly with integers. At a power of two, the exact path.
   */
  private static String longPath(double v, String digits, int decimalExp, boolean negative) {
    long mantissa = Double.doubleToRawLongBits(v) & ((1L << 52) - 1);
    if (mantissa == 0) {
      return null;
    }
    String n15 = nearest(v, decimalExp, 15);
    if (n15 == null || readsBack(n15, decimalExp, negative, v)) {
      return null;
    }
    String n16 = nearest(v, decimalExp, 16);
    if (n16 == null) {
      return null;
    }
    if (readsBack(n16, decimalExp, negative, v)) {
      String trimmed = n16.replaceFirst("0+$", "");
      return layout(trimmed, decimalExp - 1, negative);
    }
    String n17 = nearest(v, decimalExp, 17);
    if (n17 == null) {
      return null;
    }
    return layout(n17.replaceFirst("0+$", ""), decimalExp - 1, negative);
  }

  private static final BigInteger[] POWERS_OF_TEN = new BigInteger[400];

  private static BigInteger tenTo(int n) {
    BigInteger p = POWERS_OF_TEN[n];
    if (p == null) {
      p = BigInteger.TEN.pow(n);
      POWERS_OF_TEN[n] = p;
    }
    return p;
  }

  /**
   * The p digits of |v| rounded half to even at 10^(decimalExp - p), from v's exact binary value {@code m * 2^q}
   * with integer arithmetic (shifts only when the divisor is a power of two, the usual case), or null when they do
   * not make p digits (v next to a power of ten).
   */
  private static String nearest(double v, int decimalExp, int p) {
    long bits = Double.doubleToRawLongBits(Math.abs(v));
    int biased = (int) (bits >>> 52);
    long m = bits & ((1L << 52) - 1);
    int q;
    if (biased == 0) {
      q = -1074;
    } else {
      m |= 1L << 52;
      q = biased - 1075;
    }
    int k = decimalExp - p;
    if (Math.abs(k) >= POWERS_OF_TEN.length) {
      return null;
    }
    BigInteger num = BigInteger.valueOf(m);
    if (q > 0) {
      num = num.shiftLeft(q);
    }
    if (k < 0) {
      num = num.multiply(tenTo(-k));
    }
    int shift = q < 0 ? -q : 0;
    BigInteger n;
    int half;
    if (k <= 0) {
      n = num.shiftRight(shift);
      if (shift == 0) {
        half = -1;
      } else {
        BigInteger rem = num.subtract(n.shiftLeft(shift));
        half = rem.shiftLeft(1).compareTo(BigInteger.ONE.shiftLeft(shift));
      }
    } else {
      BigInteger den = tenTo(k).shiftLeft(shift);
      BigInteger[] qr = num.divideAndRemainder(den);
      n = qr[0];
      half = qr[1].shiftLeft(1).compareTo(den);
    }
    if (half > 0 || half == 0 && n.testBit(0)) {
      n = n.add(BigInteger.ONE);
    }
    String digits = n.toString();
    return digits.length() == p ? digits : null;
  }

  /** Whether 0.digits * 10^decimalExp (signed) reads back as v. */
  private static boolean readsBack(String digits, int decimalExp, boolean negative, double v) {
    return Double.parseDouble((negative ? "-0." : "0.") + digits + "E" + decimalExp) == v;
  }

  /** Python's layout of digits d1d2... with the first digit at 10^exponent. */
  private static String layout(String digits, int exponent, boolean negative) {
    String sign = negative ? "-" : "";
    int n = digits.length();
    if (exponent >= -4 && exponent < 16) {
      StringBuilder sb = new StringBuilder(sign);
      if (exponent < 0) {
        sb.append("0.");
        for (int i = -1; i > exponent; i--) {
          sb.append('0');
        }
        sb.append(digits);
      } else if (n <= exponent + 1) {
        sb.append(digits);
        for (int i = n; i <= exponent; i++) {
          sb.append('0');
        }
        sb.append(".0");
      } else {
        sb.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, n);
      }
      return sb.toString();
    }
    String mantissa = n == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String exp = Integer.toString(Math.abs(exponent));
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
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
    return layout(digits, digits.length() - 1 - stripped.scale(), stripped.signum() < 0);
  }
}
