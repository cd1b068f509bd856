package org.pystrade.core.math;

/**
 * Summation of {@code double[]} ranges in exactly the order numpy uses for a contiguous float64 array ({@code
 * np.sum}, and hence {@code np.mean}, {@code np.std} and pandas' {@code sum}/{@code mean}/{@code std}): blocks of at
 * most 128 values are summed with eight interleaved accumulators, longer ranges are split in two (at a multiple of
 * eight) and the halves added; arrays longer than numpy's 8,192-value buffer are summed buffer by buffer and the
 * buffers' sums added in order. Reproducing the order reproduces numpy's result bit for bit; it is also far more
 * accurate than a naive loop (error grows as O(log n)).
 *
 * <p>NaN and infinite values propagate as in any IEEE sum; callers remove or zero missing values first.
 */
public final class PairwiseSum {

  private static final int BLOCK = 128;
  /** numpy's reduction buffer size ({@code NPY_BUFSIZE}). */
  private static final int BUFFER = 8192;

  private PairwiseSum() {
  }

  /**
   * Sums a whole array.
   *
   * @param a the values
   * @return the sum, 0 for an empty array
   */
  public static double sum(double[] a) {
    return sum(a, 0, a.length);
  }

  /**
   * numpy's summation of {@code n} values starting at {@code from}, as {@code np.add.reduce} performs it: the
   * reduction runs over buffers of {@value #BUFFER} values, each summed pairwise ({@link #pairwise}), and the
   * buffers' sums are added in order.
   *
   * @param a the values
   * @param from the first index
   * @param n how many values
   * @return the sum, 0 when {@code n == 0}
   */
  public static double sum(double[] a, int from, int n) {
    if (n <= BUFFER) {
      return pairwise(a, from, n);
    }
    double res = pairwise(a, from, BUFFER);
    for (int k = BUFFER; k < n; k += BUFFER) {
      res += pairwise(a, from + k, Math.min(BUFFER, n - k));
    }
    return res;
  }

  /**
   * numpy's pairwise summation of one buffer ({@code pairwise_sum}).
   *
   * @param a the values
   * @param from the first index
   * @param n how many values
   * @return the sum, 0 when {@code n == 0}
   */
  static double pairwise(double[] a, int from, int n) {
    if (n < 8) {
      double res = 0.0;
      for (int i = 0; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    if (n <= BLOCK) {
      double r0 = a[from];
      double r1 = a[from + 1];
      double r2 = a[from + 2];
      double r3 = a[from + 3];
      double r4 = a[from + 4];
      double r5 = a[from + 5];
      double r6 = a[from + 6];
      double r7 = a[from + 7];
      int end = n - (n % 8);
      int i = 8;
      for (; i < end; i += 8) {
        int k = from + i;
        r0 += a[k];
        r1 += a[k + 1];
        r2 += a[k + 2];
        r3 += a[k + 3];
        r4 += a[k + 4];
        r5 += a[k + 5];
        r6 += a[k + 6];
        r7 += a[k + 7];
      }
      double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
      for (; i < n; i++) {
        res += a[from + i];
      }
      return res;
    }
    int n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
  }

  /**
   * {@code np.nanmean} and pandas' {@code mean()}: missing values (NaN) are replaced by zero in place, the array is
   * summed in numpy's order and divided by the number of valid values.
   *
   * @param a the values, NaN = missing
   * @return the mean, NaN when no value is valid
   */
  public static double nanMean(double[] a) {
    double[] z = new double[a.length];
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == a[i]) {
        z[i] = a[i];
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum(z) / n;
  }
}
