package org.pystrade.optimisation.estimators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.util.ArgChecker;

/**
 * Column data on a strictly increasing index of microsecond timestamps (pooled data needs sub-second offsets, which
 * core's second-resolution {@link SeriesFrame} cannot hold). NaN = missing.
 *
 * @param timestamps microseconds since the epoch, strictly increasing
 * @param names column names
 * @param columns one array per column, each as long as {@code timestamps}
 */
public record TimedData(long[] timestamps, List<String> names, double[][] columns) {

  /**
   * Validates shapes.
   *
   * @param timestamps microseconds since the epoch, strictly increasing
   * @param names column names
   * @param columns one array per column, each as long as {@code timestamps}
   */
  public TimedData {
    ArgChecker.notNull(timestamps, "timestamps");
    names = List.copyOf(names);
    ArgChecker.isTrue(columns.length == names.size(), "{} columns for {} names", columns.length, names.size());
    for (double[] c : columns) {
      ArgChecker.isTrue(c.length == timestamps.length, "column length {} != index length {}", c.length, timestamps.length);
    }
    for (int i = 1; i < timestamps.length; i++) {
      ArgChecker.isTrue(timestamps[i] > timestamps[i - 1], "timestamps must be strictly increasing");
    }
  }

  /**
   * The last row strictly before a time, or -1 if there is none.
   *
   * @param time microseconds
   * @return the row
   */
  public int lastRowBefore(long time) {
    int lo = 0;
    int hi = timestamps.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (timestamps[mid] < time) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /**
   * Converts a core frame (second timestamps) to microseconds.
   *
   * @param frame the frame
   * @return the data
   */
  public static TimedData of(SeriesFrame frame) {
    long[] t = frame.timestamps();
    long[] us = new long[t.length];
    for (int i = 0; i < t.length; i++) {
      us[i] = t[i] * 1_000_000L;
    }
    double[][] cols = new double[frame.names().size()][];
    for (int c = 0; c < cols.length; c++) {
      cols[c] = frame.column(frame.names().get(c)).values();
    }
    return new TimedData(us, frame.names(), cols);
  }

  /**
   * Number of rows.
   *
   * @return the row count
   */
  public int rows() {
    return timestamps.length;
  }

  /**
   * A column by position.
   *
   * @param c the column index
   * @return the values (not copied)
   */
  public double[] column(int c) {
    return columns[c];
  }

  /**
   * The same data with columns reordered/selected by name; absent names become columns of {@code pad}.
   *
   * @param wanted the column names
   * @param pad the value of absent columns
   * @return the data
   */
  public TimedData withColumns(List<String> wanted, double pad) {
    double[][] cols = new double[wanted.size()][];
    for (int i = 0; i < wanted.size(); i++) {
      int at = names.indexOf(wanted.get(i));
      if (at >= 0) {
        cols[i] = columns[at];
      } else {
        cols[i] = new double[timestamps.length];
        Arrays.fill(cols[i], pad);
      }
    }
    return new TimedData(timestamps, new ArrayList<>(wanted), cols);
  }

  /**
   * Whether each column has at least one non-NaN value in rows with {@code from <= time <= to}.
   *
   * @param from first time, inclusive
   * @param to last time, inclusive
   * @return one flag per column
   */
  public boolean[] hasValueBetween(long from, long to) {
    boolean[] out = new boolean[columns.length];
    // rows [first, end) are those inside the window; each column is scanned only up to its first value there
    int first = lastRowBefore(from) + 1;
    int end = lastRowBefore(to == Long.MAX_VALUE ? to : to + 1) + 1;
    for (int c = 0; c < columns.length; c++) {
      double[] col = columns[c];
      for (int r = first; r < end; r++) {
        if (col[r] == col[r]) {
          out[c] = true;
          break;
        }
      }
    }
    return out;
  }
}
