package org.pystrade.data.csv;

import java.nio.charset.StandardCharsets;
import org.pystrade.core.series.Timestamps;

/**
 * Parses timestamps straight from bytes with exactly the semantics of {@link Timestamps#parse(CharSequence)}:
 * seconds since the epoch in naive local time.
 *
 * <p>The two shapes found in pysystemtrade's files, {@code yyyy-MM-dd HH:mm:ss} and {@code yyyy-MM-dd}, are parsed
 * without allocating; the epoch day of the previous call is remembered, as consecutive rows often share a date.
 * Every other shape (and every text the fast path rejects) is handed to {@code Timestamps.parse} itself, so results
 * and failures are identical. Not thread-safe: one instance per file being parsed.
 */
final class TimestampParser {

  private final byte[] lastDate = new byte[10];
  private long lastDaySeconds = Long.MIN_VALUE;

  /**
   * Parses the bytes {@code [from, to)}.
   *
   * @param b the bytes
   * @param from first byte
   * @param to one past the last byte
   * @return seconds since the epoch
   * @throws IllegalArgumentException if the text is not a date-time, as {@code Timestamps.parse}
   */
  long parse(byte[] b, int from, int to) {
    int n = to - from;
    if ((n != 10 && n != 19) || b[from + 4] != '-' || b[from + 7] != '-') {
      return slow(b, from, to);
    }
    long daySeconds = daySeconds(b, from);
    if (daySeconds == Long.MIN_VALUE) {
      return slow(b, from, to);
    }
    if (n == 10) {
      return daySeconds;
    }
    byte sep = b[from + 10];
    if ((sep != ' ' && sep != 'T') || b[from + 13] != ':' || b[from + 16] != ':') {
      return slow(b, from, to);
    }
    int hour = twoDigits(b, from + 11);
    int minute = twoDigits(b, from + 14);
    int second = twoDigits(b, from + 17);
    if (hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59 || second > 60) {
      return slow(b, from, to);
    }
    return daySeconds + hour * 3600L + minute * 60L + second;
  }

  /** The midnight timestamp of the date at {@code from}, or {@code Long.MIN_VALUE} if not a valid date. */
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

  private static long slow(byte[] b, int from, int to) {
    return Timestamps.parse(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
  }
}
