package org.pystrade.data.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What pandas' C parser ({@code pd.read_csv} with its defaults, pandas 2.2) makes of a cell and of a column, beyond
 * the number syntax of {@link DecimalParser#parsePandas(byte[], int, int)}: the tokenizer's quotes, the default
 * missing-value markers and the column type inference. pysystemtrade reads every file it takes numbers from
 * (prices and {@code csvconfig} tables) with those defaults.
 *
 * <p>Type inference ({@code TextReader._convert_tokens} in {@code pandas/_libs/parsers.pyx}): a column is read as
 * int64 if every cell that is not a missing-value marker is an integer ({@code str_to_int64} in
 * {@code pandas/_libs/src/parser/tokenizer.c}: optional ASCII white space, an optional sign, digits, optional white
 * space); an integer out of the int64 range sends the column to uint64 ({@code str_to_uint64}), which fails into
 * object (text) when a value overflows 64 bits or when values above {@code 2^63 - 1} meet negative or missing ones;
 * any other cell sends the column to float64 ({@link DecimalParser#parsePandas}), then to bool (every cell
 * {@code true} or {@code false} in any case), then to object. An int64 column with missing values becomes float64
 * with NaN where the markers were, and where {@code -2^63} was (pandas' integer missing-value sentinel,
 * {@code _maybe_upcast}). pandas never falls back to Python's {@code float()}: an object column keeps its text, on
 * which pysystemtrade fails or computes garbage, so pystrade refuses such a column.
 *
 * <p>An integer column's values are exact integers rounded once to a double, which differs from the float64 reading
 * only for integers of 16 or more digits (rounded up to 17 digits, truncated beyond) and for {@code "-0"} (0, not
 * -0.0), and only a cell with 16 or more digits before its decimal point or exponent can overflow int64:
 * {@link DecimalParser#parsePandas(byte[], int, int, boolean[])} tells which cells have such digits, so that the
 * costly whole-column inference runs only for columns that have one or a -0.0.
 */
final class PandasColumns {

  /** pandas' default missing-value markers ({@code STR_NA_VALUES} in {@code pandas/_libs/parsers.pyx}). */
  private static final byte[][] MISSING = Arrays.stream(new String[] {"", "#N/A", "#N/A N/A", "#NA", "-1.#IND",
      "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan",
      "null"}).map(s -> s.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

  private PandasColumns() {
  }

  /**
   * Whether a cell's text (as the tokenizer leaves it) is one of pandas' default missing-value markers: the empty
   * cell, {@code NaN}, {@code nan}, {@code -NaN}, {@code NA}, {@code N/A}, {@code NULL}, {@code None}... compared
   * exactly (no trimming, case-sensitive), as pandas does before trying to read a number.
   *
   * @param b the bytes
   * @param from first byte
   * @param to one past the last byte
   * @return true for a marker
   */
  static boolean isMissing(byte[] b, int from, int to) {
    int n = to - from;
    for (byte[] marker : MISSING) {
      if (marker.length == n && Arrays.equals(b, from, to, marker, 0, n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text pandas' tokenizer makes of a cell that starts with a double quote (its quoting rules within one cell,
   * {@code tokenize_bytes}): the quoted part with each doubled quote read as one quote, then whatever follows the
   * closing quote, quotes included, as it is ({@code "1.5" } is {@code 1.5 }). A cell that does not start with a
   * quote is its own text.
   *
   * @param b the bytes
   * @param from first byte
   * @param to one past the last byte
   * @return the text, or null if the opening quote is not closed within the cell (pandas would read on past the
   *     comma or line end)
   */
  static byte[] unquoted(byte[] b, int from, int to) {
    if (from == to || b[from] != '"') {
      return Arrays.copyOfRange(b, from, to);
    }
    byte[] out = new byte[to - from];
    int n = 0;
    int i = from + 1;
    while (true) {
      if (i == to) {
        return null;
      }
      if (b[i] == '"') {
        if (i + 1 < to && b[i + 1] == '"') {
          out[n++] = '"';
          i += 2;
        } else {
          i++;
          break;
        }
      } else {
        out[n++] = b[i++];
      }
    }
    while (i < to) {
      out[n++] = b[i++];
    }
    return Arrays.copyOf(out, n);
  }

  /** How pandas typed a column, and its values as doubles where it is numeric. */
  static final class Column {

    private final double[] values;
    private final int refusedCell;
    private final String reason;

    private Column(double[] values, int refusedCell, String reason) {
      this.values = values;
      this.refusedCell = refusedCell;
      this.reason = reason;
    }

    /**
     * The values, one per cell (NaN for missing), as pysystemtrade's doubles.
     *
     * @return the values, null if pandas does not read the column as numbers
     */
    double[] values() {
      return values;
    }

    /**
     * The cell to name when the column is refused.
     *
     * @return its index, -1 if the column is numeric
     */
    int refusedCell() {
      return refusedCell;
    }

    /**
     * Why the column is refused, to follow the cell's text in a message.
     *
     * @return the reason, null if the column is numeric
     */
    String reason() {
      return reason;
    }
  }

  /** What {@code str_to_int64} / {@code str_to_uint64} made of a cell. */
  private enum IntOutcome { VALUE, INVALID, OVERFLOW }

  /**
   * Types a column as pandas does, from its cells' texts as the tokenizer leaves them (unquoted), in file order.
   *
   * @param text the bytes holding the cells
   * @param from each cell's first byte
   * @param to each cell's end
   * @return the typed column
   */
  static Column infer(byte[] text, int[] from, int[] to) {
    int n = from.length;
    long[] ints = new long[n];
    boolean[] missing = new boolean[n];
    for (int k = 0; k < n; k++) {
      missing[k] = isMissing(text, from[k], to[k]);
    }
    int overflowed = -1;
    boolean integers = true;
    for (int k = 0; k < n && integers; k++) {
      if (!missing[k]) {
        IntOutcome o = toInteger(text, from[k], to[k], false, ints, k);
        if (o != IntOutcome.VALUE) {
          integers = false;
          overflowed = o == IntOutcome.OVERFLOW ? k : -1;
        }
      }
    }
    if (integers) {
      return integerColumn(ints, missing, false);
    }
    if (overflowed >= 0) {
      Column unsigned = unsignedColumn(text, from, to, missing, ints, overflowed);
      if (unsigned != null) {
        return unsigned;
      }
    }
    return floatColumn(text, from, to, missing);
  }

  private static Column integerColumn(long[] ints, boolean[] missing, boolean unsigned) {
    boolean anyMissing = false;
    for (boolean m : missing) {
      anyMissing |= m;
    }
    double[] values = new double[ints.length];
    for (int k = 0; k < ints.length; k++) {
      long v = ints[k];
      if (missing[k] || (anyMissing && v == Long.MIN_VALUE)) {
        values[k] = Double.NaN;
      } else {
        values[k] = unsigned && v < 0 ? unsignedToDouble(v) : v;
      }
    }
    return new Column(values, -1, null);
  }

  /** The double nearest an unsigned 64-bit integer above {@code 2^63 - 1} (round half to even, as numpy casts). */
  private static double unsignedToDouble(long v) {
    // halve, keeping the lowest bit as a sticky bit so that the one rounding stays correct, then double
    return (double) ((v >>> 1) | (v & 1)) * 2.0;
  }

  /** The uint64 attempt ({@code _try_uint64}): a column, or null if pandas goes on to float64. */
  private static Column unsignedColumn(byte[] text, int[] from, int[] to, boolean[] missing, long[] ints,
      int overflowed) {
    boolean seenNegative = false;
    boolean seenMissing = false;
    boolean seenAboveInt64 = false;
    for (int k = 0; k < from.length; k++) {
      if (missing[k]) {
        seenMissing = true;
        continue;
      }
      int i = skipSpace(text, from[k], to[k]);
      if (i < to[k] && text[i] == '-') {
        seenNegative = true; // pandas looks no further at this cell
        continue;
      }
      IntOutcome o = toInteger(text, from[k], to[k], true, ints, k);
      if (o == IntOutcome.INVALID) {
        return null;
      }
      if (o == IntOutcome.OVERFLOW) {
        return refused(k, "is an integer beyond 64 bits: pandas reads the column as text, not numbers");
      }
      seenAboveInt64 |= ints[k] < 0;
    }
    if (seenAboveInt64 && (seenNegative || seenMissing)) {
      return refused(overflowed, "is an integer above 2^63-1 in a column with negative or missing values: pandas"
          + " reads the column as text, not numbers");
    }
    if (seenNegative) {
      return refused(overflowed, "is an integer below -2^63: pandas reads the column as text, not numbers");
    }
    return integerColumn(ints, missing, true);
  }

  private static Column floatColumn(byte[] text, int[] from, int[] to, boolean[] missing) {
    double[] values = new double[from.length];
    int firstRefused = -1;
    for (int k = 0; k < from.length && firstRefused < 0; k++) {
      values[k] = missing[k] ? Double.NaN : DecimalParser.parsePandas(text, from[k], to[k]);
      if (values[k] != values[k] && !missing[k]) {
        firstRefused = k;
      }
    }
    if (firstRefused < 0) {
      return new Column(values, -1, null);
    }
    for (int k = 0; k < from.length; k++) {
      if (!missing[k] && !isBoolean(text, from[k], to[k])) {
        return refused(firstRefused, "is not a number pandas reads: pandas reads the column as text");
      }
    }
    return refused(firstRefused, "is a boolean: pandas reads the column as booleans, not numbers");
  }

  private static Column refused(int cell, String reason) {
    return new Column(null, cell, reason);
  }

  /** {@code true} or {@code false} in any case: pandas' default true and false values and {@code to_boolean}. */
  private static boolean isBoolean(byte[] b, int from, int to) {
    String s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    return s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
  }

  private static int skipSpace(byte[] b, int i, int to) {
    while (i < to && DecimalParser.isSpace(b[i])) {
      i++;
    }
    return i;
  }

  /**
   * pandas' {@code str_to_int64} (signed) or {@code str_to_uint64} (unsigned, after the caller dealt with a minus
   * sign): overflow is detected digit by digit, before any text after the digits is looked at. The value goes to
   * {@code out[k]} (as the bits of an unsigned value).
   */
  private static IntOutcome toInteger(byte[] b, int from, int to, boolean unsigned, long[] out, int k) {
    int i = skipSpace(b, from, to);
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    if (i == to || b[i] < '0' || b[i] > '9') {
      return IntOutcome.INVALID;
    }
    long v = 0; // the magnitude, as unsigned bits
    for (; i < to && b[i] >= '0' && b[i] <= '9'; i++) {
      int d = b[i] - '0';
      if (!fitsOneMoreDigit(v, d, unsigned, negative)) {
        return IntOutcome.OVERFLOW;
      }
      v = v * 10 + d;
    }
    i = skipSpace(b, i, to);
    if (i != to) {
      return IntOutcome.INVALID;
    }
    out[k] = negative ? -v : v;
    return IntOutcome.VALUE;
  }

  /** Whether {@code v * 10 + d} stays within int64 (the magnitude of -2^63 included) or uint64. */
  private static boolean fitsOneMoreDigit(long v, int d, boolean unsigned, boolean negative) {
    if (unsigned) {
      long max = Long.divideUnsigned(-1L, 10); // 1844674407370955161
      return Long.compareUnsigned(v, max) < 0 || (v == max && d <= 5);
    }
    long max = Long.MAX_VALUE / 10; // 922337203685477580: then at most 7, or 8 for -9223372036854775808
    return Long.compareUnsigned(v, max) < 0 || (v == max && d <= (negative ? 8 : 7));
  }
}
