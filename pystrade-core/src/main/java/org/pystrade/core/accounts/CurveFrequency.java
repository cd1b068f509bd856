package org.pystrade.core.accounts;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.pystrade.core.series.Timestamps;

/**
 * The frequencies at which pysystemtrade shows an account curve ({@code curve.daily}, {@code .weekly},
 * {@code .monthly}, {@code .annual}), with the pandas resampling rule each uses and the number of periods per year
 * that annualises its statistics.
 *
 * <p>Each period has a label date; an observation belongs to the period whose label {@link #label(long)} gives:
 * <ul>
 *   <li>{@link #BUSINESS_DAY} ({@code "B"}, left-closed, left-labelled): the business day (Monday to Friday) on or
 *       before the observation's date, so Saturday and Sunday fall into the Friday before;</li>
 *   <li>{@link #WEEK} ({@code "W"} = weeks ending Sunday, right-closed, right-labelled): the Sunday on or after the
 *       observation's date;</li>
 *   <li>{@link #MONTH} ({@code "M"}/{@code "ME"}): the last day of the observation's month;</li>
 *   <li>{@link #YEAR} ({@code "A"}/{@code "YE"}): 31 December of the observation's year.</li>
 * </ul>
 * The time of day never matters (pandas moves the right edge of week, month and year bins to the end of the day).
 */
public enum CurveFrequency {

  /** Business days: 256 a year, pysystemtrade's {@code BUSINESS_DAYS_IN_YEAR}. */
  BUSINESS_DAY("B", 256.0),
  /** Weeks ending on Sunday: 365.25 / 7 a year. */
  WEEK("W", 365.25 / 7.0),
  /** Calendar months: 12 a year. */
  MONTH("M", 12.0),
  /** Calendar years: 1 a year. */
  YEAR("A", 1.0);

  private final String pandasRule;
  private final double timesPerYear;

  CurveFrequency(String pandasRule, double timesPerYear) {
    this.pandasRule = pandasRule;
    this.timesPerYear = timesPerYear;
  }

  /**
   * The pandas resampling rule pysystemtrade uses for this frequency.
   *
   * @return {@code "B"}, {@code "W"}, {@code "M"} or {@code "A"}
   */
  public String pandasRule() {
    return pandasRule;
  }

  /**
   * Periods per year (pysystemtrade's {@code from_frequency_to_times_per_year}): the divisor that turns a count of
   * periods into years, and whose square root annualises a standard deviation.
   *
   * @return periods per year
   */
  public double timesPerYear() {
    return timesPerYear;
  }

  /**
   * The square root of {@link #timesPerYear()}.
   *
   * @return the volatility annualisation factor
   */
  public double volScalar() {
    return Math.pow(timesPerYear, 0.5);
  }

  /**
   * The label (as an epoch day) of the period an observation falls in.
   *
   * @param timestamp the observation's timestamp (seconds, see {@link Timestamps})
   * @return the epoch day of the period label
   */
  public long label(long timestamp) {
    long day = Timestamps.epochDay(timestamp);
    switch (this) {
      case BUSINESS_DAY:
        return Timestamps.rollbackToBusinessDay(day);
      case WEEK:
        return day + (6 - Timestamps.dayOfWeek(day));
      case MONTH:
        return LocalDate.ofEpochDay(day).with(TemporalAdjusters.lastDayOfMonth()).toEpochDay();
      case YEAR:
        return LocalDate.ofEpochDay(day).with(TemporalAdjusters.lastDayOfYear()).toEpochDay();
      default:
        throw new IllegalStateException("unknown frequency " + this);
    }
  }

  /**
   * The label of the period after the one labelled {@code labelDay}.
   *
   * @param labelDay a period label as returned by {@link #label(long)}
   * @return the next period's label (epoch day)
   */
  public long nextLabel(long labelDay) {
    switch (this) {
      case BUSINESS_DAY:
        return Timestamps.nextBusinessDay(labelDay);
      case WEEK:
        return labelDay + 7;
      case MONTH:
        return LocalDate.ofEpochDay(labelDay).plusDays(1).with(TemporalAdjusters.lastDayOfMonth()).toEpochDay();
      case YEAR:
        return LocalDate.ofEpochDay(labelDay).plusYears(1).toEpochDay();
      default:
        throw new IllegalStateException("unknown frequency " + this);
    }
  }
}
