package org.pystrade.data.csv;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers straight from bytes. {@link #parsePandas} (what the CSV loader uses) reproduces pandas'
 * default CSV number parser bit for bit, accepting exactly the texts it accepts, so that pystrade works on exactly
 * the doubles pysystemtrade works on; {@link #parse} gives exactly the result of {@link Double#parseDouble(String)}
 * on the same text (no longer used to read CSV files), as follows.
 *
 * <p>Plain decimals (an optional sign, digits with an optional decimal point, an optional exponent) with at most 19
 * significant digits take one of two fast paths, both correctly rounded (round half to even), hence equal to
 * {@code Double.parseDouble}, which is correctly rounded too:
 * <ul>
 *   <li>Clinger's: at most 15 significant digits and a decimal exponent {@code e} with {@code |e| <= 22}. The
 *       significand is then an exact double ({@code < 2^53}) and so is {@code 10^|e|}; a single IEEE multiplication
 *       or division is correctly rounded.</li>
 *   <li>Eisel-Lemire's (Lemire, "Number Parsing at a Gigabyte per Second", 2021), for the 16 and 17 digit values
 *       that Python writes: the 64-bit significand times a 128-bit truncation of {@code 5^e}; the rare products too
 *       close to a rounding boundary to decide, subnormal and overflowing results are given up.</li>
 * </ul>
 * Every other input (more digits, values given up, white space, {@code NaN}, {@code Infinity}, hexadecimal, type
 * suffixes, garbage) goes to {@code Double.parseDouble} itself, so the two agree on every input, including the
 * exception thrown for invalid text.
 */
final class DecimalParser {

  /** Exact powers of ten: every 10^k with k <= 22 is exactly representable as a double. */
  private static final double[] POW10 = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
      1e19, 1e20, 1e21, 1e22};

  private static final int MAX_CLINGER_DIGITS = 15;
  private static final int MAX_DIGITS = 19;
  private static final int MIN_POW5 = -342;
  private static final int MAX_POW5 = 308;
  /** High and low 64 bits of 5^q normalised to 128 bits (truncated for q &gt;= 0, rounded up for q &lt; 0). */
  /**
   * The 128-bit truncated powers of five of the Eisel-Lemire algorithm, built on first use: numbers that take the
   * fast path (most of them) never pay for the table.
   */
  private static final class Pow5 {

    static final long[] HI = new long[MAX_POW5 - MIN_POW5 + 1];
    static final long[] LO = new long[MAX_POW5 - MIN_POW5 + 1];

    static {
      BigInteger two128 = BigInteger.ONE.shiftLeft(128);
      BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
      for (int q = MIN_POW5; q <= MAX_POW5; q++) {
        BigInteger c;
        if (q < 0) {
          BigInteger p5 = BigInteger.valueOf(5).pow(-q);
          int z = p5.bitLength(); // smallest z with 2^z >= 5^-q (5^-q is never a power of two)
          int b = q >= -27 ? z + 127 : 2 * z + 128;
          c = BigInteger.ONE.shiftLeft(b).divide(p5).add(BigInteger.ONE);
          while (c.compareTo(two128) >= 0) {
            c = c.shiftRight(1);
          }
        } else {
          c = BigInteger.valueOf(5).pow(q);
          int bits = c.bitLength();
          c = bits <= 128 ? c.shiftLeft(128 - bits) : c.shiftRight(bits - 128);
        }
        HI[q - MIN_POW5] = c.shiftRight(64).longValue();
        LO[q - MIN_POW5] = c.and(mask64).longValue();
      }
    }

    private Pow5() {
    }
  }

  private DecimalParser() {
  }

  /** Digits that accumulate exactly (10^15 < 2^53). */
  private static final int EXACT_DIGITS = 15;

  /** Powers of ten 1e0 .. 1e308 as correctly rounded doubles (the table pandas' C parser divides by). */
  private static final double[] E = buildPowers();

  private static double[] buildPowers() {
    double[] e = new double[309];
    for (int i = 0; i <= 308; i++) {
      e[i] = Double.parseDouble("1e" + i);
    }
    return e;
  }

  /**
   * Reads a cell as pandas' default CSV reader does (pandas 2.2, {@code pd.read_csv} with its C engine and
   * {@code float_precision=None}), so that data read by pystrade holds the same doubles as pysystemtrade's. From
   * {@code pandas/_libs/src/parser/tokenizer.c}, {@code precise_xstrtod} (called with {@code skip_trailing} set,
   * no thousands separator, decimal point {@code '.'}):
   * <ul>
   *   <li>leading and trailing ASCII white space ({@code isspace_ascii}: space, tab, LF, VT, FF, CR) is skipped;</li>
   *   <li>then an optional {@code '+'} or {@code '-'}, digits with an optional {@code '.'} (digits may be on either
   *       side: {@code "5."} and {@code ".5"} are numbers, {@code "."} is not), and an optional exponent: {@code 'e'}
   *       or {@code 'E'}, an optional sign and at least one digit, of which at most 17 are read;</li>
   *   <li>up to 17 digits (leading zeros included) are accumulated in a double as {@code number * 10 + digit};
   *       further digits only shift the exponent (integer part) or are dropped (fraction); the sign is applied,
   *       then the result is multiplied or divided by a correctly rounded power of ten (twice below 1e-308, and
   *       a positive zero below 1e-616 whatever the sign). This is not always the correctly rounded value
   *       ({@code "91.07001000000007"} reads as {@code 91.07001000000008});</li>
   *   <li>a decimal exponent above 308 (even of a zero: {@code "0e400"}) or a result that overflows to infinity is
   *       an error ({@code ERANGE}), as is any text left over.</li>
   * </ul>
   * What that refuses is then compared, case-insensitively and as a whole, with {@code inf}, {@code +inf},
   * {@code -inf}, {@code Infinity}, {@code +Infinity} and {@code -Infinity} ({@code pandas/_libs/parsers.pyx},
   * {@code _try_double_nogil}); anything else is not a number: no hexadecimal ({@code 0x1.7p9}), no type suffix
   * ({@code 973.0d}), no {@code NaN} (pandas' missing-value markers are a separate list, matched before), no
   * underscores or thousands separators, no non-ASCII digits or spaces.
   *
   * @param b the bytes
   * @param from first byte
   * @param to one past the last byte
   * @return the value, or NaN if pandas' C parser does not read the text as a number (a number's text never
   *     reads as NaN)
   */
  static double parsePandas(byte[] b, int from, int to) {
    return decimal(b, from, to, false, null);
  }

  /**
   * {@link #parsePandas(byte[], int, int)}, also telling whether the number has 16 or more digits before its
   * decimal point or exponent (leading zeros included) or is a negative zero: only such a cell can read otherwise,
   * or overflow, in a column pandas types as integers (see {@link PandasColumns}). Found where the digits and the
   * sign are read, at no cost for other numbers.
   *
   * @param b the bytes
   * @param from first byte
   * @param to one past the last byte
   * @param longInteger set to true (never reset) for such a number
   * @return the value, or NaN if pandas' C parser does not read the text as a number
   */
  static double parsePandas(byte[] b, int from, int to, boolean[] longInteger) {
    return decimal(b, from, to, false, longInteger);
  }

  /**
   * The decimal syntax without white space around, pandas' arithmetic; on failure NaN if {@code trimmed} (the
   * text was already stripped of white space), else {@link #notPlain}.
   */
  private static double decimal(byte[] b, int from, int to, boolean trimmed, boolean[] longInteger) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    // The first 15 digits are accumulated in a long: below 10^15 < 2^53 every partial value pandas computes in
    // double arithmetic is an exact integer, so the long gives the same number, much faster. Digits 16 and 17 are
    // then accumulated in double arithmetic exactly as pandas does (where rounding can happen).
    long whole = 0;
    double number = 0.0;
    int exponent = 0;
    int numDigits = 0;
    while (i < to && b[i] >= '0' && b[i] <= '9') {
      if (numDigits < EXACT_DIGITS) {
        whole = whole * 10 + (b[i] - '0');
        numDigits++;
      } else if (numDigits < 17) {
        if (numDigits == EXACT_DIGITS) {
          number = whole;
        }
        number = number * 10.0 + (b[i] - '0');
        numDigits++;
        if (numDigits == 16 && longInteger != null) {
          longInteger[0] = true;
        }
      } else {
        exponent++;
      }
      i++;
    }
    if (i < to && b[i] == '.') {
      i++;
      int numDecimals = 0;
      while (numDigits < 17 && i < to && b[i] >= '0' && b[i] <= '9') {
        if (numDigits < EXACT_DIGITS) {
          whole = whole * 10 + (b[i] - '0');
        } else {
          if (numDigits == EXACT_DIGITS) {
            number = whole;
          }
          number = number * 10.0 + (b[i] - '0');
        }
        i++;
        numDigits++;
        numDecimals++;
      }
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      exponent -= numDecimals;
    }
    if (numDigits == 0) {
      return trimmed ? Double.NaN : notPlain(b, from, to, longInteger);
    }
    if (numDigits <= EXACT_DIGITS) {
      number = whole;
    }
    if (negative) {
      if (number == 0 && longInteger != null) {
        longInteger[0] = true;
      }
      number = -number;
    }
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      int j = i + 1;
      boolean expNegative = false;
      if (j < to && (b[j] == '-' || b[j] == '+')) {
        expNegative = b[j] == '-';
        j++;
      }
      // int arithmetic wraps as pandas' C int does on the usual two's complement targets
      int n = 0;
      int expDigits = 0;
      while (expDigits < 17 && j < to && b[j] >= '0' && b[j] <= '9') {
        n = n * 10 + (b[j] - '0');
        expDigits++;
        j++;
      }
      if (expDigits > 0) { // else the 'e' is left unread, and is text left over
        exponent += expNegative ? -n : n;
        i = j;
      }
    }
    if (i != to || exponent > 308) {
      return trimmed ? Double.NaN : notPlain(b, from, to, longInteger);
    } else if (exponent > 0) {
      number *= E[exponent];
      if (number == Double.POSITIVE_INFINITY || number == Double.NEGATIVE_INFINITY) {
        return Double.NaN; // ERANGE, and such text is no infinity word
      }
    } else if (exponent < -308) {
      if (exponent < -616) {
        number = 0.0;
      } else {
        number /= E[-308 - exponent];
        number /= E[308];
      }
    } else {
      number /= E[-exponent];
    }
    return number;
  }

  /**
   * Text {@link #decimal} did not read as it is: pandas skips white space before and after a number (the two are
   * the same as reading the text stripped of it), and reads its infinity words (with no white space around).
   */
  private static double notPlain(byte[] b, int from, int to, boolean[] longInteger) {
    int start = from;
    int end = to;
    while (start < end && isSpace(b[start])) {
      start++;
    }
    while (end > start && isSpace(b[end - 1])) {
      end--;
    }
    if (start > from || end < to) {
      return start < end ? decimal(b, start, end, true, longInteger) : Double.NaN;
    }
    return infinityOrNaN(b, from, to);
  }

  /** pandas' {@code isspace_ascii}: space, tab, line feed, vertical tab, form feed, carriage return. */
  static boolean isSpace(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /**
   * What pandas reads a cell its number parser refused as: infinity for {@code inf}, {@code +inf},
   * {@code Infinity} or {@code +Infinity} in any case, minus infinity for {@code -inf} or {@code -Infinity}; else
   * NaN (not a number).
   */
  private static double infinityOrNaN(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    int n = to - i;
    if ((n != 3 && n != 8) || !lowerCaseIs(b, i, to, "infinity")) {
      return Double.NaN;
    }
    return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
  }

  /** Whether {@code [from, to)} is a prefix of {@code lower} ignoring ASCII case. */
  private static boolean lowerCaseIs(byte[] b, int from, int to, String lower) {
    for (int k = from; k < to; k++) {
      if ((b[k] | 0x20) != lower.charAt(k - from)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #parsePandas(byte[], int, int)} on the UTF-8 bytes of a text (as pandas reads a UTF-8 file).
   *
   * @param text the text
   * @return the value, or NaN if pandas' C parser does not read the text as a number
   */
  static double parsePandas(CharSequence text) {
    byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
    return parsePandas(b, 0, b.length);
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
        if (++significant > MAX_DIGITS) {
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
          if (++significant > MAX_DIGITS) {
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
    if (mantissa == 0) {
      return negative ? -0.0 : 0.0;
    }
    if (significant <= MAX_CLINGER_DIGITS && exponent >= -22 && exponent <= 22) {
      double value = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
      return negative ? -value : value;
    }
    double value = eiselLemire(mantissa, exponent, negative);
    return value == value ? value : slow(b, from, to);
  }

  /**
   * The double nearest {@code w * 10^q} for a non-zero unsigned 64-bit {@code w}, or NaN where the fast algorithm
   * gives up (an undecidable product, a subnormal or infinite result).
   */
  static double eiselLemire(long w, int q, boolean negative) {
    if (q < MIN_POW5 || q > MAX_POW5) {
      return Double.NaN;
    }
    int lz = Long.numberOfLeadingZeros(w);
    long x = w << lz;
    int idx = q - MIN_POW5;
    long hi5 = Pow5.HI[idx];
    long lo = x * hi5;
    long hi = unsignedMultiplyHigh(x, hi5);
    if ((hi & 0x1FF) == 0x1FF) {
      long secondHi = unsignedMultiplyHigh(x, Pow5.LO[idx]);
      long newLo = lo + secondHi;
      if (Long.compareUnsigned(secondHi, newLo) > 0) {
        hi++;
      }
      lo = newLo;
    }
    if (lo == -1L && (q < -27 || q > 55)) {
      return Double.NaN;
    }
    int upperBit = (int) (hi >>> 63);
    int shift = upperBit + 9;
    long m = hi >>> shift;
    int power2 = (int) (((217706L * q) >> 16) + 63) + upperBit - lz + 1023;
    if (power2 <= 0) {
      return Double.NaN;
    }
    if (Long.compareUnsigned(lo, 1) <= 0 && q >= -4 && q <= 23 && (m & 3) == 1 && (m << shift) == hi) {
      m &= ~1L; // exactly half way: round to even
    }
    m += m & 1;
    m >>>= 1;
    if (m >= (2L << 52)) {
      m = 1L << 52;
      power2++;
    }
    m &= ~(1L << 52);
    if (power2 >= 0x7FF) {
      return Double.NaN;
    }
    long bits = m | ((long) power2 << 52) | (negative ? Long.MIN_VALUE : 0L);
    return Double.longBitsToDouble(bits);
  }

  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  private static double slow(byte[] b, int from, int to) {
    return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
  }
}
