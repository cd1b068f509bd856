package org.pystrade.core.series;

import java.util.Arrays;
import java.util.List;
import org.pystrade.core.util.ArgChecker;

/**
 * Operations on sorted timestamp arrays: union and intersection, the alignment rules pandas applies when series
 * with different indexes meet.
 */
public final class Index {

  private Index() {
  }

  /**
   * The sorted union of two strictly increasing arrays.
   *
   * @param a first index
   * @param b second index
   * @return the union, strictly increasing
   */
  public static long[] union(long[] a, long[] b) {
    if (Arrays.equals(a, b) || runStart(a, b) >= 0) {
      return a.clone();
    }
    if (runStart(b, a) >= 0) {
      return b.clone(); // each index is mostly a run of the other's rows: no merge
    }
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      if (x < y) {
        out[k++] = x;
        i++;
      } else if (y < x) {
        out[k++] = y;
        j++;
      } else {
        out[k++] = x;
        i++;
        j++;
      }
    }
    while (i < a.length) {
      out[k++] = a[i++];
    }
    while (j < b.length) {
      out[k++] = b[j++];
    }
    return k == out.length ? out : Arrays.copyOf(out, k);
  }

  /**
   * The sorted union of several strictly increasing arrays.
   *
   * @param indexes the indexes
   * @return the union
   */
  public static long[] union(long[]... indexes) {
    return unionAll(List.of(indexes));
  }

  /**
   * The sorted union of many strictly increasing arrays. Starts from the longest and merges in only the indexes
   * that add timestamps, so that a universe of mostly overlapping indexes costs one walk per index, not one new
   * array per index.
   *
   * @param indexes the indexes (not modified)
   * @return the union, strictly increasing, a new array
   */
  public static long[] unionAll(List<long[]> indexes) {
    if (indexes.isEmpty()) {
      return new long[0];
    }
    // indexes of one universe mostly overlap: start from the longest and merge only those adding timestamps
    long[] longest = indexes.get(0);
    for (long[] idx : indexes) {
      if (idx.length > longest.length) {
        longest = idx;
      }
    }
    long[] acc = longest;
    for (long[] idx : indexes) {
      if (idx != longest && !isSubset(idx, acc)) {
        acc = union(acc, idx);
      }
    }
    return acc == longest ? longest.clone() : acc;
  }

  /** Whether every timestamp of {@code a} is in {@code b} (both strictly increasing). */
  static boolean isSubset(long[] a, long[] b) {
    if (a.length > b.length) {
      return false;
    }
    if (a.length == 0 || runStart(b, a) >= 0) {
      return true; // the usual case in a universe: a's rows are consecutive rows of b
    }
    int j = Arrays.binarySearch(b, a[0]);
    if (j < 0) {
      return false;
    }
    for (long t : a) {
      while (j < b.length && b[j] < t) {
        j++;
      }
      if (j == b.length || b[j] != t) {
        return false;
      }
      j++;
    }
    return true;
  }

  /**
   * Where a strictly increasing array is a run of consecutive rows of another: the row of {@code outer} holding
   * {@code inner}'s first timestamp if {@code inner} equals the rows of {@code outer} from there on, else -1 (also
   * for an empty {@code inner}). Compared in bulk, it lets an alignment between two such indexes copy whole ranges
   * instead of merging row by row.
   *
   * @param outer strictly increasing timestamps
   * @param inner strictly increasing timestamps
   * @return the row of {@code outer} where {@code inner} starts, or -1
   */
  public static int runStart(long[] outer, long[] inner) {
    int m = inner.length;
    if (m == 0 || m > outer.length) {
      return -1;
    }
    int p = Arrays.binarySearch(outer, inner[0]);
    if (p < 0 || p + m > outer.length || outer[p + m - 1] != inner[m - 1]) {
      return -1;
    }
    return Arrays.equals(outer, p, p + m, inner, 0, m) ? p : -1;
  }

  /**
   * Adds one series' values into an accumulator on a superset index, skipping NaN (pandas' {@code sum} with
   * {@code skipna}): {@code acc[i] += v} for each row of the series whose timestamp is {@code index[i]}.
   *
   * @param index strictly increasing timestamps containing every timestamp of {@code series}
   * @param acc the accumulator, one slot per index row
   * @param series the series to add
   */
  public static void addSkippingNaN(long[] index, double[] acc, TimeSeries series) {
    addSkippingNaN(index, acc, series, 0, index.length);
  }

  /**
   * {@link #addSkippingNaN(long[], double[], TimeSeries)} for the rows {@code fromRow} to {@code toRow - 1} of the
   * index only: the series' rows at those timestamps are added, the others left. Adding every series to disjoint
   * ranges of rows, on as many threads, gives each row the same sum as adding every series to every row, since each
   * row still takes the series in their order.
   *
   * @param index strictly increasing timestamps containing every timestamp of {@code series}
   * @param acc the accumulator, one slot per index row
   * @param series the series to add
   * @param fromRow the first row of the index to add to
   * @param toRow the row after the last one to add to
   */
  public static void addSkippingNaN(long[] index, double[] acc, TimeSeries series, int fromRow, int toRow) {
    long[] t = series.timesView();
    double[] v = series.valuesView();
    if (t.length == 0 || fromRow >= toRow) {
      return;
    }
    ArgChecker.isTrue(index.length > 0 && t[0] >= index[0] && t[t.length - 1] <= index[index.length - 1],
        "the index must contain every timestamp of the series");
    int p = runStart(index, t);
    if (p >= 0) {
      // the series' rows are consecutive rows of the index
      int to = Math.min(toRow, p + t.length);
      for (int r = Math.max(fromRow, p); r < to; r++) {
        double x = v[r - p];
        if (x == x) {
          acc[r] += x;
        }
      }
      return;
    }
    int i = Arrays.binarySearch(t, index[fromRow]);
    i = i >= 0 ? i : -i - 1;
    long last = index[toRow - 1];
    int j = fromRow;
    for (; i < t.length && t[i] <= last; i++) {
      while (j < toRow && index[j] < t[i]) {
        j++;
      }
      ArgChecker.isTrue(j < toRow && index[j] == t[i], "the index must contain every timestamp of the series");
      if (v[i] == v[i]) {
        acc[j] += v[i];
      }
    }
  }

  /**
   * The sorted intersection of two strictly increasing arrays.
   *
   * @param a first index
   * @param b second index
   * @return the intersection
   */
  public static long[] intersection(long[] a, long[] b) {
    long[] out = new long[Math.min(a.length, b.length)];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (b[j] < a[i]) {
        j++;
      } else {
        out[k++] = a[i];
        i++;
        j++;
      }
    }
    return Arrays.copyOf(out, k);
  }
}
