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
    if (Arrays.equals(a, b)) {
      return a.clone();
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
    int j = 0;
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
   * Adds one series' values into an accumulator on a superset index, skipping NaN (pandas' {@code sum} with
   * {@code skipna}): {@code acc[i] += v} for each row of the series whose timestamp is {@code index[i]}.
   *
   * @param index strictly increasing timestamps containing every timestamp of {@code series}
   * @param acc the accumulator, one slot per index row
   * @param series the series to add
   */
  public static void addSkippingNaN(long[] index, double[] acc, TimeSeries series) {
    long[] t = series.timesView();
    double[] v = series.valuesView();
    int j = t.length == 0 ? 0 : Arrays.binarySearch(index, t[0]);
    ArgChecker.isTrue(j >= 0 || t.length == 0, "the index must contain every timestamp of the series");
    j = Math.max(j, 0);
    for (int i = 0; i < t.length; i++) {
      while (j < index.length && index[j] < t[i]) {
        j++;
      }
      ArgChecker.isTrue(j < index.length && index[j] == t[i], "the index must contain every timestamp of the series");
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
