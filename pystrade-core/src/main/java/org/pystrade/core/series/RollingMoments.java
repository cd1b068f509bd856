package org.pystrade.core.series;

import org.pystrade.core.util.ArgChecker;

/**
 * pandas' rolling skewness and kurtosis ({@code Series.rolling(window).skew()} and {@code .kurt()}), operation for
 * operation, over windows given as {@code [start, end)} row bounds: a time-based window ({@code rolling("365D")})
 * or a fixed number of rows.
 *
 * <p>Written by hand because parity needs pandas' own online arithmetic, not a textbook formula: pandas keeps
 * running sums of the values and their powers with Kahan compensation (separate compensations for additions and
 * removals), subtracts the rounded mean of the whole series first when the values are small enough, forces the
 * result of a window of one repeated value (0 for skew, -3 for kurtosis), reads a variance at or below 1e-14 as
 * zero (NaN result), and reads infinite values as missing. A different order of the same operations would drift in
 * the last bits, which the demeaning and the division by the factor's own volatility downstream would magnify.
 */
public final class RollingMoments {

  private RollingMoments() {
  }

  /**
   * The row bounds of pandas' time-based rolling window of length {@code windowSeconds}, closed on the right (the
   * default for a datetime index): row {@code i}'s window is every row with a timestamp in
   * {@code (times[i] - windowSeconds, times[i]]}, i.e. from {@code start[i]} (inclusive) to {@code i + 1}.
   *
   * @param times strictly increasing timestamps
   * @param windowSeconds the window length, positive
   * @return the start of each row's window
   */
  public static int[] timeWindowStarts(long[] times, long windowSeconds) {
    ArgChecker.notNull(times, "times");
    ArgChecker.isTrue(windowSeconds > 0, "window must be positive but was {}", windowSeconds);
    int n = times.length;
    int[] start = new int[n];
    int s = 0;
    for (int i = 1; i < n; i++) {
      long bound = times[i] - windowSeconds;
      // pandas: the first row from the previous start on whose time is after the bound, else the row itself
      while (s < i && times[s] <= bound) {
        s++;
      }
      start[i] = s;
    }
    return start;
  }

  /**
   * pandas' rolling skewness ({@code roll_skew}) with windows {@code [start[i], i + 1)}: the bias-corrected sample
   * skewness {@code sqrt(n (n - 1)) C / ((n - 2) B^1.5)} of the window's non-missing values, NaN below
   * {@code max(minPeriods, 3)} observations or for a variance {@code <= 1e-14}, 0 for a window of one repeated
   * value.
   *
   * @param input the values (infinite values read as missing)
   * @param start the start of each row's window, non-decreasing
   * @param minPeriods the observations needed
   * @return the rolling skewness
   */
  public static double[] skew(double[] input, int[] start, int minPeriods) {
    return moments(input, start, minPeriods, false);
  }

  /**
   * pandas' rolling excess kurtosis ({@code roll_kurt}) with windows {@code [start[i], i + 1)}: the bias-corrected
   * sample kurtosis of the window's non-missing values, NaN below {@code max(minPeriods, 4)} observations or for a
   * variance {@code <= 1e-14}, -3 for a window of one repeated value.
   *
   * @param input the values (infinite values read as missing)
   * @param start the start of each row's window, non-decreasing
   * @param minPeriods the observations needed
   * @return the rolling kurtosis
   */
  public static double[] kurt(double[] input, int[] start, int minPeriods) {
    return moments(input, start, minPeriods, true);
  }

  /** pandas' {@code round} of the C library: halves away from zero. */
  private static double cRound(double v) {
    double r = Math.floor(Math.abs(v) + 0.5);
    // floor(|v| + 0.5) can round up a value just below a half: C's round does not
    if (r - Math.abs(v) > 0.5) {
      r -= 1;
    }
    return Math.copySign(r, v);
  }

  private static double[] moments(double[] input, int[] start, int minPeriods, boolean kurtosis) {
    ArgChecker.notNull(input, "input");
    ArgChecker.notNull(start, "start");
    ArgChecker.isTrue(start.length == input.length, "{} window starts for {} values", start.length, input.length);
    double[] values = Kernels.withoutInf(input);
    int n = values.length;
    double[] out = new double[n];
    if (n == 0) {
      return out;
    }
    int minp = Math.max(minPeriods, kurtosis ? 4 : 3);
    // pandas first takes off the rounded mean of the whole series, unless values lie far below it
    double min = Double.NaN;
    double sum = 0;
    long count = 0;
    for (double v : values) {
      if (v == v) {
        count++;
        sum += v;
        if (!(min <= v)) {
          min = v;
        }
      }
    }
    double mean = sum / count;
    double[] copy = values;
    if (min - mean > (kurtosis ? -1e4 : -1e5)) {
      double rounded = cRound(mean);
      copy = new double[n];
      for (int i = 0; i < n; i++) {
        copy[i] = values[i] - rounded;
      }
    }
    Acc acc = new Acc(kurtosis);
    for (int i = 0; i < n; i++) {
      int s = start[i];
      if (i == 0 || s >= i) {
        // a window sharing no row with the previous one starts afresh (pandas compares the original value first)
        acc.reset(values[s]);
        for (int j = s; j <= i; j++) {
          acc.add(copy[j]);
        }
      } else {
        for (int j = start[i - 1]; j < s; j++) {
          acc.remove(copy[j]);
        }
        acc.add(copy[i]);
      }
      out[i] = kurtosis ? acc.kurt(minp) : acc.skew(minp);
    }
    return out;
  }

  /** The running sums of one window, with pandas' separate Kahan compensations for additions and removals. */
  private static final class Acc {
    private final boolean fourth;
    private long nobs;
    private double x;
    private double xx;
    private double xxx;
    private double xxxx;
    private double cxAdd;
    private double cxxAdd;
    private double cxxxAdd;
    private double cxxxxAdd;
    private double cxRemove;
    private double cxxRemove;
    private double cxxxRemove;
    private double cxxxxRemove;
    private long same;
    private double prev;

    Acc(boolean fourth) {
      this.fourth = fourth;
    }

    void reset(double first) {
      nobs = 0;
      x = 0;
      xx = 0;
      xxx = 0;
      xxxx = 0;
      cxAdd = 0;
      cxxAdd = 0;
      cxxxAdd = 0;
      cxxxxAdd = 0;
      cxRemove = 0;
      cxxRemove = 0;
      cxxxRemove = 0;
      cxxxxRemove = 0;
      same = 0;
      prev = first;
    }

    void add(double val) {
      if (val != val) {
        return;
      }
      nobs++;
      double y = val - cxAdd;
      double t = x + y;
      cxAdd = t - x - y;
      x = t;
      y = val * val - cxxAdd;
      t = xx + y;
      cxxAdd = t - xx - y;
      xx = t;
      y = val * val * val - cxxxAdd;
      t = xxx + y;
      cxxxAdd = t - xxx - y;
      xxx = t;
      if (fourth) {
        y = val * val * val * val - cxxxxAdd;
        t = xxxx + y;
        cxxxxAdd = t - xxxx - y;
        xxxx = t;
      }
      same = val == prev ? same + 1 : 1;
      prev = val;
    }

    void remove(double val) {
      if (val != val) {
        return;
      }
      nobs--;
      double y = -val - cxRemove;
      double t = x + y;
      cxRemove = t - x - y;
      x = t;
      y = -val * val - cxxRemove;
      t = xx + y;
      cxxRemove = t - xx - y;
      xx = t;
      y = -val * val * val - cxxxRemove;
      t = xxx + y;
      cxxxRemove = t - xxx - y;
      xxx = t;
      if (fourth) {
        y = -val * val * val * val - cxxxxRemove;
        t = xxxx + y;
        cxxxxRemove = t - xxxx - y;
        xxxx = t;
      }
    }

    double skew(int minp) {
      if (nobs < minp) {
        return Double.NaN;
      }
      double dn = nobs;
      double a = x / dn;
      double b = xx / dn - a * a;
      double c = xxx / dn - a * a * a - 3 * a * b;
      if (nobs < 3) {
        return Double.NaN;
      }
      if (same >= nobs) {
        return 0.0;
      }
      if (b <= 1e-14) {
        return Double.NaN;
      }
      double r = Math.sqrt(b);
      return (Math.sqrt(dn * (dn - 1.0)) * c) / ((dn - 2) * r * r * r);
    }

    double kurt(int minp) {
      if (nobs < minp || nobs < 4) {
        return Double.NaN;
      }
      if (same >= nobs) {
        return -3.0;
      }
      double dn = nobs;
      double a = x / dn;
      double r = a * a;
      double b = xx / dn - r;
      r = r * a;
      double c = xxx / dn - r - 3 * a * b;
      r = r * a;
      double d = xxxx / dn - r - 6 * b * a * a - 4 * c * a;
      if (b <= 1e-14) {
        return Double.NaN;
      }
      double k = (dn * dn - 1.0) * d / (b * b) - 3 * ((dn - 1.0) * (dn - 1.0));
      return k / ((dn - 2.0) * (dn - 3.0));
    }
  }
}
