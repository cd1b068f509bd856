package org.pystrade.production;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.pystrade.core.util.ArgChecker;

/**
 * The moments of a day's cycle.
 *
 * @param day the day (its data up to its end is what the strategies see)
 * @param submit when orders are made and sent
 * @param close when the day's fills are in
 * @param endOfDay when what has not filled is cancelled
 */
public record TradingDay(LocalDate day, Instant submit, Instant close, Instant endOfDay) {

  /**
   * Checks the order of the moments.
   *
   * @param day the day (its data up to its end is what the strategies see)
   * @param submit when orders are made and sent
   * @param close when the day's fills are in
   * @param endOfDay when what has not filled is cancelled
   */
  public TradingDay {
    ArgChecker.notNull(day, "day");
    ArgChecker.notNull(submit, "submit");
    ArgChecker.notNull(close, "close");
    ArgChecker.notNull(endOfDay, "endOfDay");
    ArgChecker.isTrue(!close.isBefore(submit) && !endOfDay.isBefore(close),
        "submit {}, close {} and end of day {} must be in order", submit, close, endOfDay);
  }

  /**
   * A simulated day (UTC, as the data's naive timestamps are read): orders sent at 12:00, the day's price traded at
   * 23:00 (pysystemtrade's notional close of daily prices), the rest cancelled at 23:30.
   *
   * @param day the day
   * @return the day's moments
   */
  public static TradingDay simulated(LocalDate day) {
    ArgChecker.notNull(day, "day");
    return new TradingDay(day, at(day, 12, 0), at(day, 23, 0), at(day, 23, 30));
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
  }
}
