package org.pystrade.optimisation.estimators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * Resampling and pooling of frames as pysystemtrade does before estimating: pandas {@code resample(freq).last()}
 * for weekly ({@code "W"}, weeks ending Sunday, labelled by the Sunday), business-daily ({@code "B"}/{@code "1B"})
 * or calendar-daily ({@code "D"}) buckets, and the stacking of several instruments' frames into one with a
 * one-microsecond offset per instrument ({@code stacked_df_with_added_time_from_list}).
 */
public final class Resampling {

  private Resampling() {
  }

  /** The label (epoch day) of the bucket holding an epoch day. */
  static long bucketDay(long epochDay, String frequency) {
    switch (frequency) {
      case "W":
      case "W-SUN": {
        int dow = Timestamps.dayOfWeek(epochDay);
        return epochDay + (6 - dow); // dayOfWeek: Monday 0 .. Sunday 6
      }
      case "B":
      case "1B":
        return Timestamps.rollbackToBusinessDay(epochDay);
      case "D":
      case "1D":
        return epochDay;
      default:
        throw new ConfigException("estimation frequency '" + frequency + "' is not supported; use W, B or D");
    }
  }

  private static long step(long day, String frequency) {
    switch (frequency) {
      case "W":
      case "W-SUN":
        return day + 7;
      case "B":
      case "1B":
        return Timestamps.nextBusinessDay(day);
      default:
        return day + 1;
    }
  }

  /**
   * pandas {@code resample(frequency).last()}: one row per bucket from the first to the last, each column's last
   * non-NaN value in the bucket (NaN if none), stamped at the bucket label's midnight.
   *
   * @param frame the data (second timestamps)
   * @param frequency "W", "B" or "D"
   * @return the resampled data, microsecond timestamps
   */
  public static TimedData resampleLast(SeriesFrame frame, String frequency) {
    long[] t = frame.timestamps();
    int nc = frame.names().size();
    if (t.length == 0) {
      return new TimedData(new long[0], frame.names(), new double[nc][0]);
    }
    long first = bucketDay(Timestamps.epochDay(t[0]), frequency);
    long last = bucketDay(Timestamps.epochDay(t[t.length - 1]), frequency);
    List<Long> labels = new ArrayList<>();
    for (long d = first; d <= last; d = step(d, frequency)) {
      labels.add(d);
    }
    int n = labels.size();
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = labels.get(i) * Timestamps.SECONDS_PER_DAY * 1_000_000L;
    }
    double[][] cols = new double[nc][n];
    for (double[] c : cols) {
      Arrays.fill(c, Double.NaN);
    }
    int k = 0;
    for (int r = 0; r < t.length; r++) {
      long b = bucketDay(Timestamps.epochDay(t[r]), frequency);
      while (labels.get(k) < b) {
        k++;
      }
      for (int c = 0; c < nc; c++) {
        double v = frame.get(r, c);
        if (v == v) {
          cols[c][k] = v;
        }
      }
    }
    return new TimedData(out, frame.names(), cols);
  }

  /**
   * Stacks several instruments' data as pysystemtrade pools them: every item is reindexed to the sorted union of
   * the indexes and to the sorted union of the column names (absent columns filled with 0.0), item {@code i} is
   * shifted by {@code i} microseconds, and rows are merged in time order.
   *
   * @param items the data, in instrument order
   * @return the stacked data
   */
  public static TimedData stack(List<TimedData> items) {
    ArgChecker.notEmpty(items, "items");
    TreeSet<Long> idx = new TreeSet<>();
    TreeSet<String> names = new TreeSet<>();
    for (TimedData d : items) {
      for (long x : d.timestamps()) {
        idx.add(x);
      }
      names.addAll(d.names());
    }
    List<String> cols = new ArrayList<>(names);
    long[] common = idx.stream().mapToLong(Long::longValue).toArray();
    int m = items.size();
    int rows = common.length * m;
    long[] times = new long[rows];
    double[][] out = new double[cols.size()][rows];
    for (int i = 0; i < m; i++) {
      TimedData d = items.get(i).withColumns(cols, 0.0);
      int p = 0;
      for (int r = 0; r < common.length; r++) {
        int row = r * m + i;
        times[row] = common[r] + i;
        while (p < d.rows() && d.timestamps()[p] < common[r]) {
          p++;
        }
        boolean has = p < d.rows() && d.timestamps()[p] == common[r];
        for (int c = 0; c < cols.size(); c++) {
          out[c][row] = has ? d.column(c)[p] : Double.NaN;
        }
      }
    }
    return new TimedData(times, cols, out);
  }
}
