package org.pystrade.core.series;

import java.util.Arrays;

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
    long[] acc = new long[0];
    for (long[] idx : indexes) {
      acc = union(acc, idx);
    }
    return acc;
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
