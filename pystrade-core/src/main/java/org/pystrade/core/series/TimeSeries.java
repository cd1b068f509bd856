package org.pystrade.core.series;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.pystrade.core.util.ArgChecker;

/**
 * An immutable time series of primitive doubles: strictly increasing timestamps (seconds since the epoch, naive local
 * time, see {@link Timestamps}) and one value per timestamp. It is the lingua franca of pystrade, as the pandas
 * {@code Series} is pysystemtrade's.
 *
 * <h2>NaN policy</h2>
 * {@link Double#NaN} means "missing", exactly as in pandas. A series may hold NaN values at any row; operations
 * follow pandas semantics: element-wise arithmetic yields NaN where either side is NaN; exponentially weighted
 * and rolling windows skip NaN observations (counting them only towards ageing, as pandas does with
 * {@code ignore_na=False}); {@link #cumsum()} skips NaN; {@link #ffill()} fills NaN from the last valid value.
 * Infinite values are not produced by pystrade's own calculations except where pandas would produce them
 * (division by zero), and are not treated as missing.
 *
 * <h2>Alignment</h2>
 * Binary operations ({@link #plus}, {@link #minus}, {@link #times}, {@link #dividedBy}) align the two series on the
 * union of their timestamps, as pandas does; rows present in only one series are NaN.
 *
 * <p>Instances are immutable and safe to share between threads. Arrays passed in are copied (except by
 * {@link #ofOwned}); arrays handed out are copies, except by {@link #timesView()} and {@link #valuesView()}, which
 * expose the internal arrays for read-only loops. Derived series share timestamp arrays where they can, so a
 * stage's outputs on one index hold one copy of it.
 */
public final class TimeSeries {

  private static final TimeSeries EMPTY = new TimeSeries(new long[0], new double[0]);

  private final long[] times;
  private final double[] values;
  /** Series derived from this one by pure functions ({@link #derived}), created when first needed. */
  private volatile java.util.concurrent.ConcurrentHashMap<Object, TimeSeries> derivedSeries;

  private TimeSeries(long[] times, double[] values) {
    this.times = times;
    this.values = values;
  }

  /**
   * Creates a series from timestamps and values (both copied).
   *
   * @param times strictly increasing timestamps in seconds (see {@link Timestamps})
   * @param values the values, same length; NaN means missing
   * @return the series
   * @throws IllegalArgumentException if the lengths differ or the timestamps are not strictly increasing
   */
  public static TimeSeries of(long[] times, double[] values) {
    ArgChecker.notNull(times, "times");
    ArgChecker.notNull(values, "values");
    return ofOwned(times.clone(), values.clone());
  }

  /**
   * Creates a series that takes ownership of the given arrays, without copying them: for code that has just built
   * large arrays (a file loader) and will never touch them again, or that passes an array another immutable series
   * or frame already holds (its {@code timesView()}), which is then shared. The timestamps are checked as in
   * {@link #of(long[], double[])}. Modifying either array afterwards breaks the series' immutability; when in doubt
   * use {@link #of(long[], double[])}.
   *
   * @param times strictly increasing timestamps, owned by the series from now on
   * @param values the values, owned by the series from now on
   * @return the series
   */
  public static TimeSeries ofOwned(long[] times, double[] values) {
    ArgChecker.notNull(times, "times");
    ArgChecker.notNull(values, "values");
    ArgChecker.isTrue(times.length == values.length, "times and values must have the same length but were {} and {}",
        times.length, values.length);
    checkIncreasing(times);
    return new TimeSeries(times, values);
  }

  /**
   * A series on the same timestamps as this one with other values (copied); the timestamps are shared, not copied.
   *
   * @param newValues the values, one per row of this series
   * @return the series
   */
  public TimeSeries withValues(double[] newValues) {
    ArgChecker.notNull(newValues, "newValues");
    ArgChecker.isTrue(newValues.length == times.length, "values must have {} rows but had {}", times.length,
        newValues.length);
    return new TimeSeries(times, newValues.clone());
  }

  /**
   * A series on the same timestamps as this one taking ownership of freshly built values (not copied); the
   * timestamps are shared. The caller must never touch {@code newValues} again.
   *
   * @param newValues the values, one per row of this series, owned by the new series from now on
   * @return the series
   */
  public TimeSeries withValuesOwned(double[] newValues) {
    ArgChecker.notNull(newValues, "newValues");
    ArgChecker.isTrue(newValues.length == times.length, "values must have {} rows but had {}", times.length,
        newValues.length);
    return new TimeSeries(times, newValues);
  }

  /**
   * Creates a daily series from dates and values (both copied).
   *
   * @param dates strictly increasing dates
   * @param values the values, same length
   * @return the series
   */
  public static TimeSeries ofDates(LocalDate[] dates, double[] values) {
    ArgChecker.notNull(dates, "dates");
    long[] t = new long[dates.length];
    for (int i = 0; i < dates.length; i++) {
      t[i] = Timestamps.of(dates[i]);
    }
    return of(t, values);
  }

  /**
   * A series with the same value at every given timestamp.
   *
   * @param times strictly increasing timestamps
   * @param value the value
   * @return the series
   */
  public static TimeSeries constant(long[] times, double value) {
    checkIncreasing(times);
    double[] v = new double[times.length];
    Arrays.fill(v, value);
    return new TimeSeries(times.clone(), v);
  }

  /**
   * The empty series.
   *
   * @return an empty series
   */
  public static TimeSeries empty() {
    return EMPTY;
  }

  /**
   * Wraps arrays without copying or checking: only for arrays the library has just built and will not touch again.
   */
  static TimeSeries wrap(long[] times, double[] values) {
    return new TimeSeries(times, values);
  }

  static void checkIncreasing(long[] times) {
    for (int i = 1; i < times.length; i++) {
      if (times[i] <= times[i - 1]) {
        throw new IllegalArgumentException("times must be strictly increasing but "
            + Timestamps.format(times[i]) + " follows " + Timestamps.format(times[i - 1]) + " at row " + i);
      }
    }
  }

  // ------------------------------------------------------------------ access

  /**
   * Number of rows (including NaN rows).
   *
   * @return the number of rows
   */
  public int size() {
    return times.length;
  }

  /**
   * Whether the series has no rows.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return times.length == 0;
  }

  /**
   * The timestamp of a row.
   *
   * @param i the row
   * @return seconds since the epoch
   */
  public long time(int i) {
    return times[i];
  }

  /**
   * The value of a row (NaN if missing).
   *
   * @param i the row
   * @return the value
   */
  public double value(int i) {
    return values[i];
  }

  /**
   * The date of a row.
   *
   * @param i the row
   * @return the date
   */
  public LocalDate date(int i) {
    return Timestamps.toDate(times[i]);
  }

  /**
   * A copy of the timestamps.
   *
   * @return the timestamps
   */
  public long[] timestamps() {
    return times.clone();
  }

  /**
   * The timestamps without copying, for read-only use in loops over large series. The array is the series' own:
   * modifying it breaks the immutability of this series and of every series sharing its timestamps. Use
   * {@link #timestamps()} for a copy.
   *
   * @return the internal timestamp array, never to be modified
   */
  public long[] timesView() {
    return times;
  }

  /**
   * The values without copying, for read-only use in loops over large series. The array is the series' own:
   * modifying it breaks the immutability of this series. Use {@link #values()} for a copy.
   *
   * @return the internal value array, never to be modified
   */
  public double[] valuesView() {
    return values;
  }

  /**
   * A copy of the values.
   *
   * @return the values
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * Whether another series has the same timestamps (compared in place, without copying them).
   *
   * @param other the other series
   * @return true if both have equal timestamps
   */
  public boolean hasSameTimes(TimeSeries other) {
    return times == other.times || Arrays.equals(times, other.times);
  }

  /**
   * This series stored on another series' timestamp array: an equal series whose timestamps are held by one shared
   * array, which saves memory and makes aligning the two a no-op.
   *
   * @param other a series with the same timestamps
   * @return an equal series sharing {@code other}'s timestamps
   * @throws IllegalArgumentException if the timestamps differ
   */
  public TimeSeries withTimesOf(TimeSeries other) {
    ArgChecker.isTrue(hasSameTimes(other), "series must have the same timestamps to share them");
    return times == other.times ? this : new TimeSeries(other.times, values);
  }

  /**
   * The row of a timestamp, or a negative number if absent (as {@link Arrays#binarySearch(long[], long)}).
   *
   * @param time the timestamp
   * @return the row or {@code -(insertion point) - 1}
   */
  public int indexOf(long time) {
    return Arrays.binarySearch(times, time);
  }

  /**
   * The value at a timestamp, NaN if the timestamp is absent.
   *
   * @param time the timestamp
   * @return the value
   */
  public double valueAt(long time) {
    int i = indexOf(time);
    return i >= 0 ? values[i] : Double.NaN;
  }

  /**
   * The value on a date (midnight timestamp), NaN if absent.
   *
   * @param date the date
   * @return the value
   */
  public double valueAt(LocalDate date) {
    return valueAt(Timestamps.of(date));
  }

  /**
   * The last non-NaN value at or before a timestamp (NaN if none).
   *
   * @param time the timestamp
   * @return the value
   */
  public double lastValidAtOrBefore(long time) {
    int i = indexOf(time);
    int start = i >= 0 ? i : -i - 2;
    for (int j = start; j >= 0; j--) {
      if (values[j] == values[j]) {
        return values[j];
      }
    }
    return Double.NaN;
  }

  /**
   * The value of the last row at or before a timestamp, even if NaN (pandas' pad lookup); NaN if there is none.
   *
   * @param time the timestamp
   * @return the value
   */
  public double padValueAt(long time) {
    int i = indexOf(time);
    int row = i >= 0 ? i : -i - 2;
    return row >= 0 ? values[row] : Double.NaN;
  }

  /**
   * Number of non-NaN values.
   *
   * @return the count
   */
  public int countValid() {
    int c = 0;
    for (double v : values) {
      if (v == v) {
        c++;
      }
    }
    return c;
  }

  /**
   * The row of the first non-NaN value, or -1.
   *
   * @return the row
   */
  public int firstValidIndex() {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == values[i]) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The row of the last non-NaN value, or -1.
   *
   * @return the row
   */
  public int lastValidIndex() {
    for (int i = values.length - 1; i >= 0; i--) {
      if (values[i] == values[i]) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The last non-NaN value, or NaN.
   *
   * @return the value
   */
  public double lastValid() {
    int i = lastValidIndex();
    return i < 0 ? Double.NaN : values[i];
  }

  // ------------------------------------------------------------------ element-wise

  /**
   * Applies a function to every value (NaN values are passed to it too).
   *
   * @param f the function
   * @return the new series on the same timestamps
   */
  public TimeSeries map(DoubleUnaryOperator f) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.applyAsDouble(values[i]);
    }
    return new TimeSeries(times, out);
  }

  /**
   * Multiplies every value by a constant.
   *
   * @param factor the factor
   * @return the new series
   */
  public TimeSeries times(double factor) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[i] * factor;
    }
    return new TimeSeries(times, out);
  }

  /**
   * Divides every value by a constant.
   *
   * @param divisor the divisor
   * @return the new series
   */
  public TimeSeries dividedBy(double divisor) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[i] / divisor;
    }
    return new TimeSeries(times, out);
  }

  /**
   * Adds a constant to every value.
   *
   * @param c the constant
   * @return the new series
   */
  public TimeSeries plus(double c) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[i] + c;
    }
    return new TimeSeries(times, out);
  }

  /**
   * Absolute values.
   *
   * @return the new series
   */
  public TimeSeries abs() {
    return map(Math::abs);
  }

  /**
   * Clips values into {@code [lower, upper]} (NaN stays NaN), as pandas' {@code clip}.
   *
   * @param lower the lower bound
   * @param upper the upper bound
   * @return the new series
   */
  public TimeSeries clip(double lower, double upper) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      double v = values[i];
      out[i] = v < lower ? lower : (v > upper ? upper : v);
    }
    return new TimeSeries(times, out);
  }

  /**
   * Multiplies every value by a constant and clips the product, in one pass: {@code times(factor).clip(lower,
   * upper)}, the same products and comparisons, one array instead of two.
   *
   * @param factor the multiplier
   * @param lower the floor
   * @param upper the cap
   * @return the new series
   */
  public TimeSeries timesThenClip(double factor, double lower, double upper) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      double v = values[i] * factor;
      out[i] = v < lower ? lower : (v > upper ? upper : v);
    }
    return new TimeSeries(times, out);
  }

  /**
   * Element-wise sum with union alignment.
   *
   * @param other the other series
   * @return the sum
   */
  public TimeSeries plus(TimeSeries other) {
    if (sameIndex(other)) {
      // the common case as a plain loop (no per-element lambda call while the JVM still interprets)
      double[] out = new double[values.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = values[i] + other.values[i];
      }
      return new TimeSeries(times, out);
    }
    return combine(other, Double::sum);
  }

  /**
   * Element-wise difference with union alignment.
   *
   * @param other the other series
   * @return this minus other
   */
  public TimeSeries minus(TimeSeries other) {
    if (sameIndex(other)) {
      double[] out = new double[values.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = values[i] - other.values[i];
      }
      return new TimeSeries(times, out);
    }
    return combine(other, (a, b) -> a - b);
  }

  /**
   * Element-wise product with union alignment.
   *
   * @param other the other series
   * @return the product
   */
  public TimeSeries times(TimeSeries other) {
    if (sameIndex(other)) {
      double[] out = new double[values.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = values[i] * other.values[i];
      }
      return new TimeSeries(times, out);
    }
    return combine(other, (a, b) -> a * b);
  }

  /**
   * Element-wise quotient with union alignment.
   *
   * @param other the other series
   * @return this divided by other
   */
  public TimeSeries dividedBy(TimeSeries other) {
    if (sameIndex(other)) {
      double[] out = new double[values.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = values[i] / other.values[i];
      }
      return new TimeSeries(times, out);
    }
    return combine(other, (a, b) -> a / b);
  }

  private boolean sameIndex(TimeSeries other) {
    return times == other.times || Arrays.equals(times, other.times);
  }

  /**
   * Combines two series row by row on the union of their timestamps (missing rows are NaN before {@code f} is
   * applied).
   *
   * @param other the other series
   * @param f the combining function
   * @return the combined series
   */
  public TimeSeries combine(TimeSeries other, DoubleBinaryOperator f) {
    if (Arrays.equals(times, other.times)) {
      double[] out = new double[values.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = f.applyAsDouble(values[i], other.values[i]);
      }
      return new TimeSeries(times, out);
    }
    long[] idx = Index.union(times, other.times);
    // the union is one side's index when the other's is a subset: share that side's array
    if (idx.length == times.length) {
      idx = times;
    } else if (idx.length == other.times.length) {
      idx = other.times;
    }
    double[] a = idx == times ? values.clone() : reindexValues(idx);
    double[] b = idx == other.times ? other.values : other.reindexValues(idx);
    for (int i = 0; i < a.length; i++) {
      a[i] = f.applyAsDouble(a[i], b[i]);
    }
    return new TimeSeries(idx, a);
  }

  // ------------------------------------------------------------------ index operations

  /**
   * Conforms to new timestamps: a row takes the value at exactly the same timestamp, NaN if absent (pandas'
   * {@code reindex(index)}).
   *
   * @param newTimes strictly increasing timestamps
   * @return the reindexed series
   */
  public TimeSeries reindex(long[] newTimes) {
    if (Arrays.equals(times, newTimes)) {
      return this; // immutable, and every row keeps its own value
    }
    return new TimeSeries(newTimes.clone(), reindexValues(newTimes));
  }

  /**
   * Conforms to another series' timestamps ({@link #reindex(long[])}), sharing that series' timestamp array instead
   * of copying it.
   *
   * @param like the series whose timestamps to take
   * @return the reindexed series
   */
  public TimeSeries reindex(TimeSeries like) {
    if (times == like.times || Arrays.equals(times, like.times)) {
      return this;
    }
    return new TimeSeries(like.times, reindexValues(like.times));
  }

  /**
   * Conforms to another series' timestamps padding forward ({@link #reindexPad(long[])}), sharing that series'
   * timestamp array instead of copying it.
   *
   * @param like the series whose timestamps to take
   * @return the reindexed series
   */
  public TimeSeries reindexPad(TimeSeries like) {
    if (times == like.times || Arrays.equals(times, like.times)) {
      return this;
    }
    return new TimeSeries(like.times, padValues(like.times));
  }

  /**
   * The values on other timestamps, as {@link #reindex(long[])} would give them, as a new array.
   *
   * @param newTimes strictly increasing timestamps
   * @return one value per new timestamp, NaN where this series has no row
   */
  public double[] valuesOn(long[] newTimes) {
    return reindexValues(newTimes);
  }

  /**
   * The values on other timestamps padded forward, as {@link #reindexPad(long[])} would give them, as a new array.
   *
   * @param newTimes strictly increasing timestamps
   * @return one value per new timestamp: the value of the last row at or before it, NaN before the first row
   */
  public double[] padValuesOn(long[] newTimes) {
    return padValues(newTimes);
  }

  double[] reindexValues(long[] newTimes) {
    double[] run = alignedRun(newTimes, false);
    if (run != null) {
      return run;
    }
    int n = times.length;
    double[] out = new double[newTimes.length];
    // start at the first row at or after the first new timestamp (what the scan below would reach)
    int j = newTimes.length == 0 ? 0 : Arrays.binarySearch(times, newTimes[0]);
    j = j >= 0 ? j : -j - 1;
    for (int i = 0; i < newTimes.length; i++) {
      long t = newTimes[i];
      while (j < n && times[j] < t) {
        j++;
      }
      out[i] = j < n && times[j] == t ? values[j] : Double.NaN;
    }
    return out;
  }

  /**
   * The values on new timestamps when one index is a run of consecutive rows of the other (a universe's indexes
   * mostly are), copied in bulk: those rows' values, NaN before this series' first row and, after its last row, NaN
   * or (padding) that row's value; null when neither index is a run of the other.
   */
  private double[] alignedRun(long[] newTimes, boolean pad) {
    int inner = Index.runStart(times, newTimes);
    if (inner >= 0) {
      // each new timestamp is a row of this series
      return Arrays.copyOfRange(values, inner, inner + newTimes.length);
    }
    int outer = Index.runStart(newTimes, times);
    if (outer < 0) {
      return null;
    }
    int n = times.length;
    double[] out = new double[newTimes.length];
    Arrays.fill(out, 0, outer, Double.NaN);
    System.arraycopy(values, 0, out, outer, n);
    Arrays.fill(out, outer + n, out.length, pad ? values[n - 1] : Double.NaN);
    return out;
  }

  /**
   * Conforms to new timestamps taking, for each, the value of the last row at or before it, even if that value
   * is NaN (pandas' {@code reindex(index, method="ffill")}).
   *
   * @param newTimes strictly increasing timestamps
   * @return the reindexed series
   */
  public TimeSeries reindexPad(long[] newTimes) {
    if (Arrays.equals(times, newTimes)) {
      return this; // immutable, and every row pads onto itself
    }
    return new TimeSeries(newTimes.clone(), padValues(newTimes));
  }

  private double[] padValues(long[] newTimes) {
    double[] run = alignedRun(newTimes, true);
    if (run != null) {
      return run;
    }
    int n = times.length;
    double[] out = new double[newTimes.length];
    // start at the last row at or before the first new timestamp (what the scan below would reach)
    int j = newTimes.length == 0 ? -1 : Arrays.binarySearch(times, newTimes[0]);
    j = j >= 0 ? j : -j - 2;
    for (int i = 0; i < newTimes.length; i++) {
      long t = newTimes[i];
      while (j + 1 < n && times[j + 1] <= t) {
        j++;
      }
      out[i] = j >= 0 ? values[j] : Double.NaN;
    }
    return out;
  }

  /**
   * Reindex then forward fill (pandas' {@code reindex(index).ffill()}): only values at matching timestamps are
   * carried forward.
   *
   * @param newTimes strictly increasing timestamps
   * @return the series
   */
  public TimeSeries reindexThenFfill(long[] newTimes) {
    if (Arrays.equals(times, newTimes)) {
      return ffill();
    }
    return new TimeSeries(newTimes.clone(), Kernels.ffill(reindexValues(newTimes)));
  }

  /**
   * Forward fill NaN values from the last valid value.
   *
   * @return the filled series
   */
  public TimeSeries ffill() {
    // only leading NaN (or none): nothing to fill, the series itself
    return Kernels.hasGap(values) ? new TimeSeries(times, Kernels.ffill(values)) : this;
  }

  /**
   * Drops NaN rows.
   *
   * @return the series without missing values
   */
  public TimeSeries dropNaN() {
    int c = countValid();
    if (c == values.length) {
      return this;
    }
    long[] t = new long[c];
    double[] v = new double[c];
    int k = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == values[i]) {
        t[k] = times[i];
        v[k++] = values[i];
      }
    }
    return new TimeSeries(t, v);
  }

  /**
   * Rows with timestamps in {@code [from, to]}.
   *
   * @param from first timestamp included
   * @param to last timestamp included
   * @return the slice
   */
  public TimeSeries slice(long from, long to) {
    int a = indexOf(from);
    a = a >= 0 ? a : -a - 1;
    int b = indexOf(to);
    b = b >= 0 ? b + 1 : -b - 1;
    if (a >= b) {
      return EMPTY;
    }
    return new TimeSeries(Arrays.copyOfRange(times, a, b), Arrays.copyOfRange(values, a, b));
  }

  // ------------------------------------------------------------------ transforms

  /**
   * First difference (pandas' {@code diff()}).
   *
   * @return the differences, NaN in the first row and next to NaN values
   */
  public TimeSeries diff() {
    return new TimeSeries(times, Kernels.diff(values));
  }

  /**
   * Shift values by rows (pandas' {@code shift(periods)}).
   *
   * @param periods rows; positive moves values later
   * @return the shifted series
   */
  public TimeSeries shift(int periods) {
    return new TimeSeries(times, Kernels.shift(values, periods));
  }

  /**
   * Cumulative sum skipping NaN.
   *
   * @return the cumulative sum
   */
  public TimeSeries cumsum() {
    return new TimeSeries(times, Kernels.cumsum(values));
  }

  /**
   * Exponentially weighted mean (pandas' {@code ewm(...).mean()}).
   *
   * @param ewm the window
   * @return the mean; NaN until {@code minPeriods} observations
   */
  public TimeSeries ewmMean(Ewm ewm) {
    return new TimeSeries(times, Kernels.ewmMean(values, ewm));
  }

  /**
   * Exponentially weighted, bias-corrected standard deviation (pandas' {@code ewm(...).std()}).
   *
   * @param ewm the window
   * @return the standard deviation; NaN until {@code minPeriods} observations
   */
  public TimeSeries ewmStd(Ewm ewm) {
    return new TimeSeries(times, Kernels.ewmStd(values, ewm));
  }

  /**
   * Rolling mean over a window of rows.
   *
   * @param window rows in the window
   * @param minPeriods minimum non-NaN rows for a value
   * @return the rolling mean
   */
  public TimeSeries rollingMean(int window, int minPeriods) {
    ArgChecker.positive(window, "window");
    return new TimeSeries(times, Kernels.rollingMean(values, window, minPeriods));
  }

  /**
   * Rolling sample standard deviation over a window of rows.
   *
   * @param window rows in the window
   * @param minPeriods minimum non-NaN rows for a value
   * @return the rolling standard deviation
   */
  public TimeSeries rollingStd(int window, int minPeriods) {
    ArgChecker.positive(window, "window");
    return new TimeSeries(times, Kernels.rollingStd(values, window, minPeriods));
  }

  /**
   * Rolling maximum over a window of rows.
   *
   * @param window rows in the window
   * @param minPeriods minimum non-NaN rows for a value
   * @return the rolling maximum
   */
  public TimeSeries rollingMax(int window, int minPeriods) {
    ArgChecker.positive(window, "window");
    return new TimeSeries(times, Kernels.rollingMax(values, window, minPeriods));
  }

  /**
   * Rolling minimum over a window of rows.
   *
   * @param window rows in the window
   * @param minPeriods minimum non-NaN rows for a value
   * @return the rolling minimum
   */
  public TimeSeries rollingMin(int window, int minPeriods) {
    ArgChecker.positive(window, "window");
    return new TimeSeries(times, Kernels.rollingMin(values, window, minPeriods));
  }

  /**
   * Rolling quantile with linear interpolation over a window of rows.
   *
   * @param window rows in the window
   * @param minPeriods minimum non-NaN rows for a value
   * @param q the quantile in [0, 1]
   * @return the rolling quantile
   */
  public TimeSeries rollingQuantile(int window, int minPeriods, double q) {
    ArgChecker.positive(window, "window");
    ArgChecker.inRange(q, 0, 1, "q");
    return new TimeSeries(times, Kernels.rollingQuantile(values, window, minPeriods, q));
  }

  /**
   * pandas' time-based rolling skewness, {@code rolling(window).skew()} with a window such as {@code "365D"}: each
   * row's window holds the rows of the last {@code windowSeconds} up to and including it; at least 3 observations
   * (see {@link RollingMoments#skew}).
   *
   * @param windowSeconds the window length in seconds, positive
   * @return the rolling skewness
   */
  public TimeSeries rollingSkewOverTime(long windowSeconds) {
    return new TimeSeries(times, RollingMoments.skew(values, RollingMoments.timeWindowStarts(times, windowSeconds), 1));
  }

  /**
   * pandas' time-based rolling excess kurtosis, {@code rolling(window).kurt()} with a window such as
   * {@code "365D"}: at least 4 observations (see {@link RollingMoments#kurt}).
   *
   * @param windowSeconds the window length in seconds, positive
   * @return the rolling kurtosis
   */
  public TimeSeries rollingKurtOverTime(long windowSeconds) {
    return new TimeSeries(times, RollingMoments.kurt(values, RollingMoments.timeWindowStarts(times, windowSeconds), 1));
  }

  // ------------------------------------------------------------------ resampling

  /**
   * Buckets into business days (Monday to Friday) and keeps the last non-NaN value of each bucket, as pandas'
   * {@code resample("1B").last()}: a Saturday or Sunday observation falls into the Friday before it; the result
   * has a row for every business day from the first bucket to the last, NaN where a bucket has no valid value.
   *
   * @return the daily series, stamped at midnight
   */
  public TimeSeries resampleBusinessDayLast() {
    return resampleBusinessDay(false);
  }

  /**
   * Buckets into business days as {@link #resampleBusinessDayLast()} and averages the non-NaN values of each
   * bucket (their Kahan-compensated sum over their count, as pandas' {@code resample("1B").mean()}).
   *
   * @return the daily series, stamped at midnight
   */
  public TimeSeries resampleBusinessDayMean() {
    return resampleBusinessDay(true);
  }

  /**
   * Buckets into business days as {@link #resampleBusinessDayLast()} and sums the non-NaN values of each bucket in row order, Kahan-compensated as pandas sums groups;
   * a bucket without values sums to 0 (pandas' {@code resample("1B").sum()}).
   *
   * @return the daily series, stamped at midnight
   */
  public TimeSeries resampleBusinessDaySum() {
    if (times.length == 0) {
      return EMPTY;
    }
    BusinessDays buckets = BusinessDays.of(times);
    return new TimeSeries(buckets.days(), buckets.sum(values));
  }

  /**
   * Upsamples onto business days as pandas' {@code resample("1B").ffill()}: each business day from the first
   * bucket to the last takes the value of the last row at or before its midnight (NaN values included).
   *
   * @return the daily series, stamped at midnight
   */
  public TimeSeries resampleBusinessDayPad() {
    if (times.length == 0) {
      return EMPTY;
    }
    return reindexPad(BusinessDays.of(times).days());
  }

  private TimeSeries resampleBusinessDay(boolean mean) {
    if (times.length == 0) {
      return EMPTY;
    }
    BusinessDays buckets = BusinessDays.of(times);
    if (buckets.isIdentity() && !mean) {
      // already one row per business day at midnight: each bucket holds exactly its own value
      return this;
    }
    return new TimeSeries(buckets.days(), mean ? buckets.mean(values) : buckets.last(values));
  }

  /**
   * A series derived from this one by a pure function, computed once per key and kept with this series (so it lives
   * as long as this series does, and is not part of its value: {@link #equals} ignores it). For derivations that
   * several callers repeat on the same input: rob_system's twelve {@code ewmac_calc_vol} variants each take the
   * robust volatility of one of two inputs per instrument, measured as a tenth of a whole-universe run's CPU when
   * computed twelve times. Two threads asking at once may both compute it; one result is kept and both get that one.
   *
   * @param key what is derived, with its parameters (equal keys must mean equal functions)
   * @param function the derivation: pure, and not asking this series for another derived series
   * @return the derived series
   */
  public TimeSeries derived(Object key, java.util.function.Function<TimeSeries, TimeSeries> function) {
    ArgChecker.notNull(key, "key");
    ArgChecker.notNull(function, "function");
    java.util.concurrent.ConcurrentHashMap<Object, TimeSeries> map = derivedSeries;
    if (map == null) {
      synchronized (this) {
        map = derivedSeries;
        if (map == null) {
          map = new java.util.concurrent.ConcurrentHashMap<>(4);
          derivedSeries = map;
        }
      }
    }
    TimeSeries got = map.get(key);
    if (got != null) {
      return got;
    }
    TimeSeries computed = ArgChecker.notNull(function.apply(this), "derived series");
    TimeSeries raced = map.putIfAbsent(key, computed);
    return raced == null ? computed : raced;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof TimeSeries)) {
      return false;
    }
    TimeSeries other = (TimeSeries) obj;
    return Arrays.equals(times, other.times) && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(times) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    if (times.length == 0) {
      return "TimeSeries[]";
    }
    return "TimeSeries[" + times.length + " rows, " + Timestamps.format(times[0]) + " .. "
        + Timestamps.format(times[times.length - 1]) + "]";
  }
}
