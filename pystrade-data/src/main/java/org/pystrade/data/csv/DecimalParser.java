package org.pystrade.data.csv;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers straight from bytes, giving exactly the result of {@link Double#parseDouble(String)} on
 * the same text.
 *
 * <p>Fast path (Clinger's): an optional sign, digits with an optional decimal point and an optional exponent, with
 * at most 15 significant digits and a decimal exponent {@code e} with {@code |e| <= 22}. The significand is then
 * an exact double ({@code < 2^53}) and so is {@code 10^|e|}; a single IEEE multiplication or division is correctly
 * rounded, hence equal to {@code Double.parseDouble}. Every other input (more digits, larger exponents, white
 * space, {@code NaN}, {@code Infinity}, hexadecimal, type suffixes, garbage) goes to {@code Double.parseDouble}
 * itself, so the two agree on every input, including the exception thrown for invalid text.
 */
final class DecimalParser {

  /** Exact powers of ten: every 10^k with k <= 22 is exactly representable as a double. */
  private static final double[] POW10 = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
      1e19, 1e20, 1e21, 1e22};

  private static final int MAX_FAST_DIGITS = 15;

  private DecimalParser() {
  }

  /**
   * Parses {@code text}, as {@link Double#parseDouble(String)}.
   *
   * @param text the text
   * @return the value
   * @throws NumberFormatException as {@code Double.parseDouble}
   */
  static double parse(CharSequence text) {
    String s = text.toString();
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    if (b.length != s.length()) {
      return Double.parseDouble(s);
    }
    return parse(b, 0, b.length);
  }

  /**
   * Parses the bytes {@code [from, to)} read as ISO-8859-1 text, as {@link Double#parseDouble(String)} would.
   *
   * @param b the bytes
   * @param from first byte
   * @param to one past the last byte
   * @return the value
   * @throws NumberFormatException as {@code Double.parseDouble}
   */
  static double parse(byte[] b, int from, int to) {
    int i = from;
    if (i >= to) {
      return slow(b, from, to);
    }
    boolean negative = false;
    byte c = b[i];
    if (c == '-' || c == '+') {
      negative = c == '-';
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int exponent = 0;
    int digits = 0;
    // integer part
    while (i < to) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      digits++;
      if (mantissa != 0 || d != 0) {
        if (++significant > MAX_FAST_DIGITS) {
          return slow(b, from, to);
        }
        mantissa = mantissa * 10 + d;
      }
      i++;
    }
    // fraction
    if (i < to && b[i] == '.') {
      i++;
      while (i < to) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        digits++;
        if (mantissa != 0 || d != 0) {
          if (++significant > MAX_FAST_DIGITS) {
            return slow(b, from, to);
          }
          mantissa = mantissa * 10 + d;
        }
        exponent--;
        i++;
      }
    }
    if (digits == 0) {
      return slow(b, from, to);
    }
    // exponent
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean expNegative = false;
      if (i < to && (b[i] == '-' || b[i] == '+')) {
        expNegative = b[i] == '-';
        i++;
      }
      int expDigits = 0;
      int exp = 0;
      while (i < to) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        if (++expDigits > 4) {
          return slow(b, from, to);
        }
        exp = exp * 10 + d;
        i++;
      }
      if (expDigits == 0) {
        return slow(b, from, to);
      }
      exponent += expNegative ? -exp : exp;
    }
    if (i != to) {
      return slow(b, from, to);
    }
    double value;
    if (mantissa == 0) {
      value = 0.0;
    } else if (exponent >= 0 && exponent <= 22) {
      value = mantissa * POW10[exponent];
    } else if (exponent < 0 && exponent >= -22) {
      value = mantissa / POW10[-exponent];
    } else {
      return slow(b, from, to);
    }
    return negative ? -value : value;
  }

  private static double slow(byte[] b, int from, int to) {
    return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
  }
}
