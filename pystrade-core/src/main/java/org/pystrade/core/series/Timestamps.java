package org.pystrade.core.series;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Conversions for the timestamps used by {@link TimeSeries}: a {@code long} number of seconds since
 * 1970-01-01T00:00 in naive (zone-less) local time, as pysystemtrade's pandas indexes are naive. A daily value is
 * stamped at midnight of its date.
 */
public final class Timestamps {

  /** Seconds in a day. */
  public static final long SECONDS_PER_DAY = 86_400L;

  private Timestamps() {
  }

  /**
   * Converts a date to a timestamp at midnight.
   *
   * @param date the date
   * @return seconds since the epoch
   */
  public static long of(LocalDate date) {
    return date.toEpochDay() * SECONDS_PER_DAY;
  }

  /**
   * Converts a date-time to a timestamp.
   *
   * @param dateTime the naive date-time
   * @return seconds since the epoch
   */
  public static long of(LocalDateTime dateTime) {
    return dateTime.toEpochSecond(ZoneOffset.UTC);
  }

  /**
   * Converts a timestamp to its date-time.
   *
   * @param timestamp seconds since the epoch
   * @return the naive date-time
   */
  public static LocalDateTime toDateTime(long timestamp) {
    return LocalDateTime.ofEpochSecond(timestamp, 0, ZoneOffset.UTC);
  }

  /**
   * Converts a timestamp to its date (the time of day is dropped).
   *
   * @param timestamp seconds since the epoch
   * @return the date
   */
  public static LocalDate toDate(long timestamp) {
    return LocalDate.ofEpochDay(epochDay(timestamp));
  }

  /**
   * The epoch day of a timestamp.
   *
   * @param timestamp seconds since the epoch
   * @return days since 1970-01-01
   */
  public static long epochDay(long timestamp) {
    return Math.floorDiv(timestamp, SECONDS_PER_DAY);
  }

  /**
   * Whether a timestamp is exactly midnight.
   *
   * @param timestamp seconds since the epoch
   * @return true at midnight
   */
  public static boolean isMidnight(long timestamp) {
    return Math.floorMod(timestamp, SECONDS_PER_DAY) == 0;
  }

  /**
   * Day of week of an epoch day, 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
   *
   * @param epochDay days since 1970-01-01
   * @return 0 for Monday to 6 for Sunday
   */
  public static int dayOfWeek(long epochDay) {
    return (int) Math.floorMod(epochDay + 3, 7L);
  }

  /**
   * Rolls an epoch day back to the closest business day (Monday to Friday) at or before it.
   *
   * @param epochDay days since 1970-01-01
   * @return the business day at or before it
   */
  public static long rollbackToBusinessDay(long epochDay) {
    int dow = dayOfWeek(epochDay);
    return dow <= 4 ? epochDay : epochDay - (dow - 4);
  }

  /**
   * Whether an epoch day is a business day (Monday to Friday).
   *
   * @param epochDay days since 1970-01-01
   * @return true for Monday to Friday
   */
  public static boolean isBusinessDay(long epochDay) {
    return dayOfWeek(epochDay) <= 4;
  }

  /**
   * The next business day after an epoch day.
   *
   * @param epochDay days since 1970-01-01
   * @return the next Monday to Friday day after it
   */
  public static long nextBusinessDay(long epochDay) {
    int dow = dayOfWeek(epochDay);
    // Friday -> Monday (+3), Saturday -> Monday (+2), otherwise the next day
    return epochDay + (dow == 4 ? 3 : dow == 5 ? 2 : 1);
  }

  /**
   * Formats a timestamp as pysystemtrade's CSV files do: {@code yyyy-MM-dd} at midnight, else
   * {@code yyyy-MM-dd HH:mm:ss}.
   *
   * @param timestamp seconds since the epoch
   * @return the text
   */
  public static String format(long timestamp) {
    LocalDateTime dt = toDateTime(timestamp);
    if (isMidnight(timestamp)) {
      return dt.toLocalDate().toString();
    }
    return String.format("%s %02d:%02d:%02d", dt.toLocalDate(), dt.getHour(), dt.getMinute(), dt.getSecond());
  }

  /**
   * Parses {@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm[:ss[.fff]]} or the ISO {@code T} form, fast and without
   * regular expressions.
   *
   * @param text the text
   * @return seconds since the epoch (fractions of a second are dropped)
   * @throws IllegalArgumentException if the text is not a date-time
   */
  public static long parse(CharSequence text) {
    int n = text.length();
    if (n < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      throw new IllegalArgumentException("not a date-time: '" + text + "'");
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      throw new IllegalArgumentException("not a date-time: '" + text + "'");
    }
    long secs;
    try {
      secs = LocalDate.of(year, month, day).toEpochDay() * SECONDS_PER_DAY;
    } catch (DateTimeException ex) {
      throw new IllegalArgumentException("not a date-time: '" + text + "'", ex);
    }
    if (n == 10) {
      return secs;
    }
    char sep = text.charAt(10);
    if ((sep != ' ' && sep != 'T') || n < 16 || text.charAt(13) != ':') {
      throw new IllegalArgumentException("not a date-time: '" + text + "'");
    }
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = 0;
    if (n >= 19) {
      if (text.charAt(16) != ':') {
        throw new IllegalArgumentException("not a date-time: '" + text + "'");
      }
      second = digits(text, 17, 19);
    }
    if (hour > 23 || minute > 59 || second > 60) {
      throw new IllegalArgumentException("not a date-time: '" + text + "'");
    }
    return secs + hour * 3600L + minute * 60L + second;
  }

  private static int digits(CharSequence text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not a date-time: '" + text + "'");
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * The day of week of a date, for readers who prefer {@link DayOfWeek}.
   *
   * @param timestamp seconds since the epoch
   * @return the day of week
   */
  public static DayOfWeek dayOfWeekOf(long timestamp) {
    return DayOfWeek.of(dayOfWeek(epochDay(timestamp)) + 1);
  }
}
