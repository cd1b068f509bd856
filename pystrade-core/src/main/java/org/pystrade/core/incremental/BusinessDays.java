package org.pystrade.core.incremental;

import org.pystrade.core.series.Timestamps;

/**
 * Business days (Monday to Friday) numbered consecutively: 0 is Monday 5 January 1970, earlier days are negative.
 * Every daily series of a system is on business days, so a row of any of them is one of these numbers; a bar's
 * business day is its day, a Saturday or Sunday bar falling into the Friday before it, as pandas' business-day
 * resampling buckets it.
 */
final class BusinessDays {

  /** The epoch day of Monday 5 January 1970, business day 0. */
  private static final long MONDAY_ZERO = 4;

  private BusinessDays() {
  }

  /**
   * The number of a business day.
   *
   * @param epochDay a business day
   * @return its number
   */
  static int index(long epochDay) {
    long weeks = Math.floorDiv(epochDay - MONDAY_ZERO, 7L);
    return Math.toIntExact(weeks * 5 + Timestamps.dayOfWeek(epochDay));
  }

  /**
   * The business day a moment's bar belongs to (its day, or the Friday before a weekend day).
   *
   * @param time a timestamp, seconds
   * @return the business day's number
   */
  static int bucketOf(long time) {
    return index(Timestamps.rollbackToBusinessDay(Timestamps.epochDay(time)));
  }

  /**
   * Midnight of a business day.
   *
   * @param index the business day's number
   * @return the timestamp, seconds
   */
  static long midnight(int index) {
    long epochDay = MONDAY_ZERO + Math.floorDiv(index, 5) * 7L + Math.floorMod(index, 5);
    return epochDay * Timestamps.SECONDS_PER_DAY;
  }

  /**
   * The first business day whose midnight is at or after a moment.
   *
   * @param time a timestamp, seconds
   * @return the business day's number
   */
  static int firstAtOrAfter(long time) {
    long day = Timestamps.epochDay(time);
    if (day * Timestamps.SECONDS_PER_DAY < time) {
      day++;
    }
    return Timestamps.isBusinessDay(day) ? index(day) : index(Timestamps.nextBusinessDay(day));
  }
}
