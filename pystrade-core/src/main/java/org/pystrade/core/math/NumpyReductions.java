package org.pystrade.core.math;

/**
 * The reductions behind pysystemtrade's statistics, each following the exact arithmetic of the numpy, pandas or
 * scipy function it stands for (summation order via {@link PairwiseSum}, two-pass moments, the same divisions), so
 * that results agree to the last bits in the usual case.
 *
 * <p>Methods named {@code nan...} or {@code pandas...} accept NaN (missing) values and skip them the way the
 * corresponding library does: missing values are replaced by zero in place before summing (so the summation order
 * is unchanged) and are not counted. The other methods expect arrays without NaN ({@code vals} in pysystemtrade).
 * Where the library would return NaN for too few values (with a warning), these return NaN.
 */
public final class NumpyReductions {

  /** {@code np.finfo(np.float64).eps}. */
  private static final double EPS = Math.ulp(1.0);

  private NumpyReductions() {
  }

  /** Copy with NaN replaced by 0. */
  private static double[] zeroFilled(double[] x) {
    double[] out = x.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] != out[i]) {
        out[i] = 0.0;
      }
    }
    return out;
  }

  /**
   * Number of non-NaN values.
   *
   * @param x the values
   * @return how many are not NaN
   */
  public static int countValid(double[] x) {
    int c = 0;
    for (double v : x) {
      if (v == v) {
        c++;
      }
    }
    return c;
  }

  /**
   * The non-NaN values in order ({@code x[~np.isnan(x)]}).
   *
   * @param x the values
   * @return a new array of those that are not NaN
   */
  public static double[] valid(double[] x) {
    double[] out = new double[countValid(x)];
    int k = 0;
    for (double v : x) {
      if (v == v) {
        out[k++] = v;
      }
    }
    return out;
  }

  /**
   * pandas' {@code Series.sum()} (also {@code np.nansum}): NaN skipped, 0 for no valid value.
   *
   * @param x values, NaN = missing
   * @return the sum
   */
  public static double nanSum(double[] x) {
    return PairwiseSum.sum(zeroFilled(x));
  }

  /**
   * pandas' {@code Series.mean()} and {@code np.nanmean}: the NaN-skipping sum divided by the valid count.
   *
   * @param x values, NaN = missing
   * @return the mean, NaN if no valid value
   */
  public static double nanMean(double[] x) {
    int n = countValid(x);
    return n == 0 ? Double.NaN : nanSum(x) / n;
  }

  /**
   * pandas' {@code Series.std()} ({@code ddof=1}): mean of the valid values, then the sum of squared deviations
   * (zero at missing positions) divided by {@code count - 1}.
   *
   * @param x values, NaN = missing
   * @return the sample standard deviation, NaN with fewer than two valid values
   */
  public static double pandasStd(double[] x) {
    int n = countValid(x);
    if (n <= 1) {
      return Double.NaN;
    }
    double avg = nanSum(x) / n;
    double[] sq = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (v == v) {
        double d = avg - v;
        sq[i] = d * d;
      }
    }
    return Math.sqrt(PairwiseSum.sum(sq) / (n - 1));
  }

  /**
   * {@code np.mean} of values without NaN.
   *
   * @param v values
   * @return the mean, NaN when empty
   */
  public static double mean(double[] v) {
    return v.length == 0 ? Double.NaN : PairwiseSum.sum(v) / v.length;
  }

  /**
   * {@code np.std} with {@code ddof=0} of values without NaN.
   *
   * @param v values
   * @return the population standard deviation, NaN when empty
   */
  public static double populationStd(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    return Math.sqrt(centralMoment2(v, mean(v)));
  }

  /** {@code np.mean((v - mean)**2)}. */
  private static double centralMoment2(double[] v, double mean) {
    double[] s = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double d = v[i] - mean;
      s[i] = d * d;
    }
    return PairwiseSum.sum(s) / v.length;
  }

  /** {@code np.mean(((v - mean)**2) * (v - mean))}, scipy's third moment. */
  private static double centralMoment3(double[] v, double mean) {
    double[] s = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double d = v[i] - mean;
      s[i] = (d * d) * d;
    }
    return PairwiseSum.sum(s) / v.length;
  }

  /**
   * {@code np.nanmin}.
   *
   * @param x values, NaN = missing
   * @return the smallest valid value, NaN if none
   */
  public static double nanMin(double[] x) {
    double m = Double.NaN;
    for (double v : x) {
      if (v == v && !(v >= m)) {
        m = v;
      }
    }
    return m;
  }

  /**
   * {@code np.nanmax}.
   *
   * @param x values, NaN = missing
   * @return the largest valid value, NaN if none
   */
  public static double nanMax(double[] x) {
    double m = Double.NaN;
    for (double v : x) {
      if (v == v && !(v <= m)) {
        m = v;
      }
    }
    return m;
  }

  /**
   * {@code np.nanmedian}: the middle valid value, or the mean of the two middle ones for an even count.
   *
   * @param x values, NaN = missing
   * @return the median, NaN if no valid value
   */
  public static double nanMedian(double[] x) {
    double[] v = valid(x);
    return median(v, v.length);
  }

  /**
   * The median of the first {@code n} values of an array without missing values, reordered in place: the middle
   * value, or the mean of the two middle ones for an even {@code n} ({@code np.median}'s arithmetic).
   *
   * @param v the values (the first {@code n} are reordered)
   * @param n how many values, at most {@code v.length}
   * @return the median, NaN if {@code n} is 0
   */
  public static double median(double[] v, int n) {
    if (n == 0) {
      return Double.NaN;
    }
    // the middle order statistics by selection, O(n), instead of sorting every value (a cold run's statistics spent
    // most of their time in the sort); the same values as a sort in Double.compare's order, so the same bits
    int hi = n / 2;
    select(v, 0, n - 1, hi);
    if (n % 2 == 1) {
      return v[hi];
    }
    // after selecting hi, every value left of it is at most v[hi]: the largest of them is the other middle value
    double lo = v[0];
    for (int i = 1; i < hi; i++) {
      if (Double.compare(v[i], lo) > 0) {
        lo = v[i];
      }
    }
    return (lo + v[hi]) / 2.0;
  }

  /**
   * Puts the k-th smallest value (in {@link Double#compare} order) of {@code v[from..to]} at index k, the smaller
   * ones before it and the larger ones after: selection with a median-of-three pivot and a three-way partition (runs
   * of equal values, such as days without P&amp;L, end a step instead of slowing it).
   */
  private static void select(double[] v, int from, int to, int k) {
    int l = from;
    int r = to;
    while (r > l) {
      int m = (l + r) >>> 1;
      if (Double.compare(v[m], v[l]) < 0) {
        swap(v, m, l);
      }
      if (Double.compare(v[r], v[l]) < 0) {
        swap(v, r, l);
      }
      if (Double.compare(v[r], v[m]) < 0) {
        swap(v, r, m);
      }
      double pivot = v[m];
      // v[l..lt-1] < pivot, v[lt..i-1] == pivot, v[gt+1..r] > pivot
      int lt = l;
      int gt = r;
      int i = l;
      while (i <= gt) {
        int c = Double.compare(v[i], pivot);
        if (c < 0) {
          swap(v, lt++, i++);
        } else if (c > 0) {
          swap(v, i, gt--);
        } else {
          i++;
        }
      }
      if (k < lt) {
        r = lt - 1;
      } else if (k > gt) {
        l = gt + 1;
      } else {
        return;
      }
    }
  }

  private static void swap(double[] v, int i, int j) {
    double t = v[i];
    v[i] = v[j];
    v[j] = t;
  }

  /**
   * {@code scipy.stats.skew} with its default {@code bias=True}: {@code m3 / m2**1.5} with population central
   * moments; NaN when {@code m2} is zero up to rounding ({@code m2 <= (eps * mean)**2}).
   *
   * @param v values without NaN
   * @return the (biased) sample skewness, NaN when empty or constant
   */
  public static double skew(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double mean = mean(v);
    double m2 = centralMoment2(v, mean);
    double m3 = centralMoment3(v, mean);
    double tiny = EPS * mean;
    if (m2 <= tiny * tiny) {
      return Double.NaN;
    }
    return m3 / Math.pow(m2, 1.5);
  }

  /**
   * The statistic of {@code scipy.stats.ttest_1samp(v, 0.0)}: {@code mean / sqrt(var / n)} where {@code var} is the
   * second central moment times {@code n / (n - 1)}.
   *
   * @param v values without NaN
   * @return the t statistic; NaN for fewer than two values or 0/0, infinite for a constant non-zero sample
   */
  public static double tStatistic(double[] v) {
    int n = v.length;
    if (n == 0) {
      return Double.NaN;
    }
    double mean = mean(v);
    double var = centralMoment2(v, mean) * ((double) n / (n - 1.0));
    double denom = Math.sqrt(var / n);
    return mean / denom;
  }
}
