package org.pystrade.core.series;

import org.pystrade.core.util.ArgChecker;

/**
 * The business-day buckets of one index, as pandas' {@code resample("1B")} forms them: a bucket for every Monday to
 * Friday from the bucket of the first row to the bucket of the last, each holding the rows of its day (a Saturday or
 * Sunday row falls into the Friday before it). Worked out once, then applied to any number of columns on that index
 * ({@link #last}, {@link #mean}, {@link #sum}); {@link TimeSeries#resampleBusinessDayLast()} and its siblings use it
 * too, so that a frame resampled column by column and a series resampled alone give the same bits.
 *
 * <p>Immutable and safe to share between threads. Each thread remembers the buckets of the last few indexes it asked
 * for ({@link #of} answers the same object for the same array), and so holds those arrays until it asks for others.
 */
public final class BusinessDays {

  private static final long DAY = Timestamps.SECONDS_PER_DAY;
  /** Friday, as {@link Timestamps#dayOfWeek} numbers it. */
  private static final int FRIDAY = 4;
  private static final BusinessDays NONE = new BusinessDays(new long[0], new long[0], new int[] {0});
  /** How many indexes' buckets each thread remembers. */
  private static final int REMEMBERED = 4;
  /**
   * The buckets each thread made last, newest first: the series of one index (a table's columns, the series derived
   * from one another) share its timestamp array, and are often resampled one after the other on one thread (the
   * annualised roll and the contract price of one file, a forecast's turnover under each rule).
   */
  private static final ThreadLocal<BusinessDays[]> RECENT = ThreadLocal.withInitial(() -> new BusinessDays[REMEMBERED]);

  /** The index these buckets were made from (kept to recognise it, never modified). */
  private final long[] source;

  /** Midnight of each bucket's business day. */
  private final long[] days;
  /** The first row of each bucket, then the number of rows: bucket k holds rows starts[k] to starts[k + 1] - 1; null
   * when every row is its own bucket (the index is already every business day at midnight). */
  private final int[] starts;

  private BusinessDays(long[] source, long[] days, int[] starts) {
    this.source = source;
    this.days = days;
    this.starts = starts;
  }

  /**
   * The buckets of an index.
   *
   * @param times strictly increasing timestamps (not modified, and kept: the buckets of an index that is already
   *     every business day at midnight are its own rows)
   * @return the buckets
   */
  public static BusinessDays of(long[] times) {
    ArgChecker.notNull(times, "times");
    if (times.length == 0) {
      return NONE;
    }
    // an index is an immutable array shared by its series: the same array has the same buckets
    BusinessDays[] recent = RECENT.get();
    for (BusinessDays b : recent) {
      if (b != null && b.source == times) {
        return b;
      }
    }
    BusinessDays made = make(times);
    System.arraycopy(recent, 0, recent, 1, recent.length - 1);
    recent[0] = made;
    return made;
  }

  private static BusinessDays make(long[] times) {
    int n = times.length;
    if (isEveryBusinessDay(times)) {
      return new BusinessDays(times, times, null);
    }
    long firstDay = Timestamps.rollbackToBusinessDay(Timestamps.epochDay(times[0]));
    long lastDay = Timestamps.rollbackToBusinessDay(Timestamps.epochDay(times[n - 1]));
    long[] days = businessDaysFrom(firstDay, businessDaysBetween(firstDay, lastDay) + 1);
    int[] starts = new int[days.length + 1];
    int k = 0;
    long dayEnd = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long t = times[i];
      if (t >= dayEnd) {
        // a new calendar day (the rows increase): its bucket is the business day at or before it
        long day = Math.floorDiv(t, DAY);
        dayEnd = (day + 1) * DAY;
        long bucket = Timestamps.rollbackToBusinessDay(day) * DAY;
        while (days[k] < bucket) {
          starts[++k] = i;
        }
      }
    }
    starts[days.length] = n;
    return new BusinessDays(times, days, starts);
  }

  /** Whether the rows are every business day at midnight, consecutively, with no other row. */
  private static boolean isEveryBusinessDay(long[] times) {
    long t = times[0];
    long day = Math.floorDiv(t, DAY);
    int dow = Timestamps.dayOfWeek(day);
    if (day * DAY != t || dow > FRIDAY) {
      return false;
    }
    for (int i = 1; i < times.length; i++) {
      // the next business day: Friday to Monday, otherwise the next day
      t += dow == FRIDAY ? 3 * DAY : DAY;
      dow = dow == FRIDAY ? 0 : dow + 1;
      if (times[i] != t) {
        return false;
      }
    }
    return true;
  }

  /** {@code count} consecutive business days from {@code firstDay} (a business day), at midnight. */
  private static long[] businessDaysFrom(long firstDay, int count) {
    long[] out = new long[count];
    long t = firstDay * DAY;
    int dow = Timestamps.dayOfWeek(firstDay);
    for (int k = 0; k < count; k++) {
      out[k] = t;
      t += dow == FRIDAY ? 3 * DAY : DAY;
      dow = dow == FRIDAY ? 0 : dow + 1;
    }
    return out;
  }

  private static int businessDaysBetween(long fromDay, long toDay) {
    // both are business days, fromDay <= toDay
    long fromMonday = fromDay - Timestamps.dayOfWeek(fromDay);
    long toMonday = toDay - Timestamps.dayOfWeek(toDay);
    long weeks = (toMonday - fromMonday) / 7;
    return (int) (weeks * 5 + Timestamps.dayOfWeek(toDay) - Timestamps.dayOfWeek(fromDay));
  }

  /**
   * Whether every row is its own bucket: the index is already every business day at midnight.
   *
   * @return true if resampling changes no timestamp
   */
  public boolean isIdentity() {
    return starts == null;
  }

  /**
   * The buckets' timestamps: midnight of every business day from the first bucket to the last (the index itself
   * when {@link #isIdentity()}). A view: never modify it.
   *
   * @return the business days
   */
  public long[] days() {
    return days;
  }

  /**
   * The number of rows of the index these buckets were made from.
   *
   * @return the rows
   */
  public int rows() {
    return starts == null ? days.length : starts[days.length];
  }

  private void checkRows(double[] values) {
    ArgChecker.notNull(values, "values");
    ArgChecker.isTrue(values.length == rows(), "values must have {} rows but had {}", rows(), values.length);
  }

  /**
   * The last non-NaN value of each bucket, NaN for a bucket without one (pandas' {@code resample("1B").last()}).
   *
   * @param values one value per row of the index
   * @return one value per business day, a new array
   */
  public double[] last(double[] values) {
    checkRows(values);
    if (starts == null) {
      return values.clone();
    }
    double[] out = new double[days.length];
    for (int k = 0; k < out.length; k++) {
      double last = Double.NaN;
      for (int i = starts[k + 1] - 1; i >= starts[k]; i--) {
        double v = values[i];
        if (v == v) {
          last = v;
          break;
        }
      }
      out[k] = last;
    }
    return out;
  }

  /**
   * The mean of the non-NaN values of each bucket, NaN for a bucket without one (pandas'
   * {@code resample("1B").mean()}: the values' Kahan-compensated sum in row order over their count).
   *
   * @param values one value per row of the index
   * @return one value per business day, a new array
   */
  public double[] mean(double[] values) {
    checkRows(values);
    if (starts == null) {
      return meanOwned(values.clone());
    }
    double[] out = new double[days.length];
    for (int k = 0; k < out.length; k++) {
      int count = 0;
      for (int i = starts[k]; i < starts[k + 1]; i++) {
        double v = values[i];
        count += v == v ? 1 : 0;
      }
      out[k] = count > 0 ? kahanSum(values, starts[k], starts[k + 1]) / count : Double.NaN;
    }
    return out;
  }

  /**
   * {@link #mean}, written over the values when every row is its own bucket ({@link #isIdentity()}): for values
   * their caller has just made and needs no more.
   *
   * @param values one value per row of the index, given up by the caller
   * @return one value per business day: {@code values} itself or a new array
   */
  public double[] meanOwned(double[] values) {
    if (starts != null) {
      return mean(values);
    }
    checkRows(values);
    for (int i = 0; i < values.length; i++) {
      values[i] = values[i] == 0.0 ? 0.0 : values[i]; // the mean of {v} is (0 + v) / 1
    }
    return values;
  }

  /**
   * The sum of the non-NaN values of each bucket, 0 for a bucket without one (pandas' {@code resample("1B").sum()}:
   * Kahan-compensated, in row order).
   *
   * @param values one value per row of the index
   * @return one value per business day, a new array
   */
  public double[] sum(double[] values) {
    checkRows(values);
    double[] out = new double[days.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = starts == null ? kahanSum(values, k, k + 1) : kahanSum(values, starts[k], starts[k + 1]);
    }
    return out;
  }

  /**
   * The sum of the non-NaN values of rows {@code from} to {@code to - 1} in row order, Kahan-compensated with
   * {@link Kernels#kahanAdd}'s arithmetic (a compensation made NaN by infinities reset to 0); 0 if there is none.
   */
  private static double kahanSum(double[] values, int from, int to) {
    double sum = 0.0;
    double comp = 0.0;
    for (int i = from; i < to; i++) {
      double v = values[i];
      if (v == v) {
        double y = v - comp;
        double t = sum + y;
        double c = t - sum - y;
        comp = c == c ? c : 0.0;
        sum = t;
      }
    }
    return sum;
  }

  @Override
  public String toString() {
    return "BusinessDays[" + rows() + " rows into " + days.length + " business days"
        + (starts == null ? ", each its own" : "") + "]";
  }
}
