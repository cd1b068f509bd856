package org.pystrade.data.csv;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.pystrade.core.series.Timestamps;

/**
 * Parses the date-time cells of price files exactly as pysystemtrade reads them, into seconds since the epoch in
 * naive time: {@code pd_readcsv} ({@code syscore/pandas/pdutils.py}) calls
 * {@code pd.to_datetime(df["DATETIME"], format="%Y-%m-%d %H:%M:%S")} on the text {@code pd.read_csv} left, which in
 * pandas 2.2 ({@code array_strptime} in {@code pandas/_libs/tslibs/strptime.pyx}) reads a cell:
 * <ol>
 *   <li>with the ISO 8601 parser held to the format exactly ({@code parse_iso_8601_datetime} in
 *       {@code np_datetime_strings.c}): four digits, {@code -}, a month of one or two digits, {@code -}, a day of
 *       one or two digits, one space, then hours, minutes and seconds of one or two digits each separated by
 *       {@code :}; nothing before or after (no white space, no fraction of a second, no {@code Z} or offset, no
 *       {@code T});</li>
 *   <li>failing that, with the regular expression Python's {@code strptime} builds for the format, matched at the
 *       start and required to cover the whole text: {@code \d\d\d\d-(1[0-2]|0[1-9]|[1-9])-(3[01]|[12]\d|0[1-9]|[1-9]|
 *       [1-9])\s+(2[0-3]|[01]\d|\d):([0-5]\d|\d):(6[01]|[0-5]\d|\d)}, where {@code \d} is any Unicode decimal digit
 *       and {@code \s+} any run of Unicode white space; this also admits seconds 60 and 61 (which pandas adds on,
 *       into the next minute), a day written with a leading space and several spaces or tabs before the time.
 *       The date must exist (year 1 on).</li>
 * </ol>
 * The result must lie in pandas' {@code datetime64[ns]} range, 1677-09-21 00:12:44 to 2262-04-11 23:47:16. A date
 * without a time ({@code 2020-01-02}) does not match the format in pandas 2 and is refused, as are the ISO
 * {@code T} form and offsets. What pandas reads as no time at all (an empty cell, a missing-value marker,
 * {@code NaT}) or as the clock's time ({@code now}, {@code today}) is refused too: pysystemtrade would index prices
 * by {@code NaT} or by the time it ran.
 *
 * <p>The usual shape, {@code yyyy-mm-dd HH:MM:SS}, is parsed without allocating; the epoch day of the previous call
 * is remembered, as consecutive rows often share a date. Not thread-safe: one instance per file being parsed.
 */
final class TimestampParser {

  /** The earliest whole second in pandas' nanosecond range (1677-09-21 00:12:44). */
  static final long MIN_SECONDS = -9_223_372_036L;
  /** The latest whole second in pandas' nanosecond range (2262-04-11 23:47:16). */
  static final long MAX_SECONDS = 9_223_372_036L;

  /** What a refused cell should have been, for messages. */
  static final String EXPECTED = "expected yyyy-mm-dd HH:MM:SS, pandas' format %Y-%m-%d %H:%M:%S";

  /** pandas' {@code nat_strings}: read as no time. */
  private static final Set<String> NOT_A_TIME = Set.of("NaT", "nat", "NAT", "nan", "NaN", "NAN");

  private final byte[] lastDate = new byte[10];
  private long lastDaySeconds = Long.MIN_VALUE;

  /**
   * Parses the bytes {@code [from, to)}, a cell's text as the tokenizer leaves it.
   *
   * @param b the bytes
   * @param from first byte
   * @param to one past the last byte
   * @return seconds since the epoch
   * @throws IllegalArgumentException if pandas would not read the text as a time (the message says why)
   */
  long parse(byte[] b, int from, int to) {
    if (to - from != 19 || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 10] != ' ' || b[from + 13] != ':'
        || b[from + 16] != ':') {
      return slow(b, from, to);
    }
    long daySeconds = daySeconds(b, from);
    int hour = twoDigits(b, from + 11);
    int minute = twoDigits(b, from + 14);
    int second = twoDigits(b, from + 17);
    if (daySeconds == Long.MIN_VALUE || hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59
        || second > 61) {
      return slow(b, from, to);
    }
    return daySeconds + hour * 3600L + minute * 60L + second;
  }

  /**
   * The midnight timestamp of the date at {@code from}, or {@code Long.MIN_VALUE} if not a valid date or not a day
   * whose every time is in range (the first and last days of the range take the slow path).
   */
  private long daySeconds(byte[] b, int from) {
    if (lastDaySeconds != Long.MIN_VALUE && sameDate(b, from)) {
      return lastDaySeconds;
    }
    int y1 = twoDigits(b, from);
    int y2 = twoDigits(b, from + 2);
    int month = twoDigits(b, from + 5);
    int day = twoDigits(b, from + 8);
    if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return Long.MIN_VALUE;
    }
    int year = y1 * 100 + y2;
    if (day > 28 && day > monthLength(year, month)) {
      return Long.MIN_VALUE;
    }
    long secs = epochDay(year, month, day) * Timestamps.SECONDS_PER_DAY;
    if (secs < MIN_SECONDS || secs + Timestamps.SECONDS_PER_DAY + 1 > MAX_SECONDS) { // up to 23:59:61
      return Long.MIN_VALUE;
    }
    System.arraycopy(b, from, lastDate, 0, 10);
    lastDaySeconds = secs;
    return secs;
  }

  private static int monthLength(int year, int month) {
    if (month == 2) {
      boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days since 1970-01-01 of a valid proleptic Gregorian date with a year in 0..9999 (civil-from-days inverse). */
  static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097L + dayOfEra - 719468;
  }

  private boolean sameDate(byte[] b, int from) {
    for (int k = 9; k >= 0; k--) {
      if (b[from + k] != lastDate[k]) {
        return false;
      }
    }
    return true;
  }

  private static int twoDigits(byte[] b, int at) {
    int d1 = b[at] - '0';
    int d2 = b[at + 1] - '0';
    if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
      return -1;
    }
    return d1 * 10 + d2;
  }

  /** Every text the fast path did not take: pandas' regular expression path, or the reason it is refused. */
  private static long slow(byte[] b, int from, int to) {
    String text = new String(b, from, to - from, StandardCharsets.UTF_8);
    if (PandasColumns.isMissing(b, from, to) || NOT_A_TIME.contains(text)) {
      throw new IllegalArgumentException("missing date-time: pandas reads it as NaT, not a time");
    }
    if (text.equals("now") || text.equals("today")) {
      throw new IllegalArgumentException("pandas reads '" + text + "' as the current time: refused");
    }
    int[] f = new FormatMatch(text).fields();
    if (f == null) {
      throw new IllegalArgumentException(EXPECTED);
    }
    int year = f[0];
    int month = f[1];
    int day = f[2];
    if (year < 1 || day > monthLength(year, month)) {
      throw new IllegalArgumentException("not a date (" + EXPECTED + ")");
    }
    long t = epochDay(year, month, day) * Timestamps.SECONDS_PER_DAY + f[3] * 3600L + f[4] * 60L + f[5];
    if (t < MIN_SECONDS || t > MAX_SECONDS) {
      throw new IllegalArgumentException(
          "outside pandas' datetime64[ns] range, 1677-09-21 00:12:44 to 2262-04-11 23:47:16");
    }
    return t;
  }

  /**
   * Python's {@code strptime} regular expression for {@code %Y-%m-%d %H:%M:%S}, matched at the start of a text and
   * required to end with it. Each field's alternatives are tried in the expression's order; as every field is
   * followed by a separator that is not a digit (or by the end), the first alternative followed by its separator is
   * the one the expression matches, so no backtracking is needed.
   */
  private static final class FormatMatch {

    private final int[] cp;
    private int i;

    FormatMatch(String text) {
      cp = text.codePoints().toArray();
    }

    /** Year, month, day, hour, minute and second; null if the text does not match. */
    int[] fields() {
      int year = 0;
      for (int k = 0; k < 4; k++) {
        int d = digit(i);
        if (d < 0) {
          return null;
        }
        year = year * 10 + d;
        i++;
      }
      if (!literal('-')) {
        return null;
      }
      // (1[0-2]|0[1-9]|[1-9])
      int month = ascii(i, '1', '1') >= 0 && ascii(i + 1, '0', '2') >= 0 ? take(2) : zeroOrOneToNine();
      if (month < 0 || !literal('-')) {
        return null;
      }
      // (3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])
      int day = day();
      if (day < 0 || !whiteSpace()) {
        return null;
      }
      // (2[0-3]|[0-1]\d|\d)
      int hour = ascii(i, '2', '2') >= 0 && ascii(i + 1, '0', '3') >= 0 ? take(2)
          : ascii(i, '0', '1') >= 0 && digit(i + 1) >= 0 ? take(2) : digit(i) >= 0 ? take(1) : -1;
      if (hour < 0 || !literal(':')) {
        return null;
      }
      // ([0-5]\d|\d)
      int minute = ascii(i, '0', '5') >= 0 && digit(i + 1) >= 0 ? take(2) : digit(i) >= 0 ? take(1) : -1;
      if (minute < 0 || !literal(':')) {
        return null;
      }
      // (6[0-1]|[0-5]\d|\d), then the whole text must be used
      int second = ascii(i, '6', '6') >= 0 && ascii(i + 1, '0', '1') >= 0 ? take(2)
          : ascii(i, '0', '5') >= 0 && digit(i + 1) >= 0 ? take(2) : digit(i) >= 0 ? take(1) : -1;
      if (second < 0 || i != cp.length) {
        return null;
      }
      return new int[] {year, month, day, hour, minute, second};
    }

    private int day() {
      if (i < cp.length && cp[i] == ' ') {
        i++;
        return ascii(i, '1', '9') >= 0 ? take(1) : -1;
      }
      if (ascii(i, '3', '3') >= 0 && ascii(i + 1, '0', '1') >= 0) {
        return take(2);
      }
      if (ascii(i, '1', '2') >= 0 && digit(i + 1) >= 0) {
        return take(2);
      }
      return zeroOrOneToNine();
    }

    /** {@code 0[1-9]|[1-9]}, ASCII digits only. */
    private int zeroOrOneToNine() {
      if (ascii(i, '0', '0') >= 0 && ascii(i + 1, '1', '9') >= 0) {
        return take(2);
      }
      return ascii(i, '1', '9') >= 0 ? take(1) : -1;
    }

    /** The value of the next {@code n} digits (any Unicode decimal digits), moving past them. */
    private int take(int n) {
      int v = 0;
      for (int k = 0; k < n; k++) {
        v = v * 10 + digit(i++);
      }
      return v;
    }

    /** The value of an ASCII digit within {@code [lo, hi]} at {@code at}, else -1. */
    private int ascii(int at, char lo, char hi) {
      return at < cp.length && cp[at] >= lo && cp[at] <= hi ? cp[at] - '0' : -1;
    }

    /** The value of a Unicode decimal digit (Python's {@code \d}) at {@code at}, else -1. */
    private int digit(int at) {
      return at < cp.length && Character.getType(cp[at]) == Character.DECIMAL_DIGIT_NUMBER
          ? Character.digit(cp[at], 10) : -1;
    }

    private boolean literal(char c) {
      if (i < cp.length && cp[i] == c) {
        i++;
        return true;
      }
      return false;
    }

    /** {@code \s+}: one or more characters Python counts as white space ({@code str.isspace}). */
    private boolean whiteSpace() {
      int start = i;
      while (i < cp.length && isPythonSpace(cp[i])) {
        i++;
      }
      return i > start;
    }

    private static boolean isPythonSpace(int c) {
      return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
          || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
          || c == 0x3000;
    }
  }
}
