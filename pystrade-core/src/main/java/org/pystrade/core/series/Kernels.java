package org.pystrade.core.series;

import java.util.Arrays;
import org.pystrade.core.util.ArgChecker;

/**
 * Primitive kernels over {@code double[]} with pandas semantics (NaN = missing). All methods allocate and return a
 * new output array of the input's length and never modify their input. These are the hot loops of the library: no
 * boxing, no per-element objects.
 */
public final class Kernels {

  private Kernels() {
  }

  /**
   * Exponentially weighted mean, exactly as pandas' {@code ewm(...).mean()} computes it (infinite inputs are read
   * as missing, as pandas does).
   *
   * @param input the input
   * @param ewm the window parameters
   * @return the weighted mean, NaN until {@code minPeriods} observations have been seen
   */
  public static double[] ewmMean(double[] input, Ewm ewm) {
    double[] out = new double[input.length];
    EwmMeanStep step = new EwmMeanStep(ewm);
    for (int i = 0; i < out.length; i++) {
      out[i] = step.next(input[i]);
    }
    return out;
  }

  /**
   * Several exponentially weighted means at once, each exactly {@link #ewmMean(double[], Ewm)} of its input and
   * window: four (or two) are stepped together in one loop, so that the processor overlaps their division chains (a
   * weighted mean depends on the one before it, so one alone waits on each division; four independent ones run in
   * about a third of the time of four apart).
   *
   * @param inputs the inputs, all of one length (the same array may be given more than once)
   * @param ewms the window of each input
   * @return the weighted means, one per input, in order
   */
  public static double[][] ewmMeans(double[][] inputs, Ewm[] ewms) {
    int len = checkEwmInputs(inputs, ewms);
    double[][] out = new double[inputs.length][];
    for (int k = 0; k < out.length; k++) {
      out[k] = new double[len];
    }
    stepEwmMeans(inputs, out, ewms);
    return out;
  }

  /**
   * {@link #ewmMeans} written over the inputs: each array is replaced by its weighted mean (a row is read before it is
   * written), for arrays their caller has just made and needs no more.
   *
   * @param columns the inputs, all of one length and all different arrays; on return, their weighted means
   * @param ewms the window of each input
   */
  public static void ewmMeansInPlace(double[][] columns, Ewm[] ewms) {
    checkEwmInputs(columns, ewms);
    for (int k = 0; k < columns.length; k++) {
      for (int j = 0; j < k; j++) {
        ArgChecker.isTrue(columns[j] != columns[k], "columns {} and {} are one array", j, k);
      }
    }
    stepEwmMeans(columns, columns, ewms);
  }

  private static int checkEwmInputs(double[][] inputs, Ewm[] ewms) {
    ArgChecker.isTrue(inputs.length == ewms.length, "{} inputs but {} windows", inputs.length, ewms.length);
    int len = inputs.length == 0 ? 0 : inputs[0].length;
    for (double[] x : inputs) {
      ArgChecker.isTrue(x.length == len, "inputs must have one length but had {} and {}", len, x.length);
    }
    return len;
  }

  /** The weighted means of the inputs into the outputs, four (then two, then one) stepped together. */
  private static void stepEwmMeans(double[][] inputs, double[][] out, Ewm[] ewms) {
    int n = inputs.length;
    int len = n == 0 ? 0 : inputs[0].length;
    int k = 0;
    for (; k + 3 < n; k += 4) {
      double[] xa = inputs[k];
      double[] xb = inputs[k + 1];
      double[] xc = inputs[k + 2];
      double[] xd = inputs[k + 3];
      double[] oa = out[k];
      double[] ob = out[k + 1];
      double[] oc = out[k + 2];
      double[] od = out[k + 3];
      EwmMeanStep a = new EwmMeanStep(ewms[k]);
      EwmMeanStep b = new EwmMeanStep(ewms[k + 1]);
      EwmMeanStep c = new EwmMeanStep(ewms[k + 2]);
      EwmMeanStep d = new EwmMeanStep(ewms[k + 3]);
      for (int i = 0; i < len; i++) {
        oa[i] = a.next(xa[i]);
        ob[i] = b.next(xb[i]);
        oc[i] = c.next(xc[i]);
        od[i] = d.next(xd[i]);
      }
    }
    for (; k + 1 < n; k += 2) {
      double[] xa = inputs[k];
      double[] xb = inputs[k + 1];
      double[] oa = out[k];
      double[] ob = out[k + 1];
      EwmMeanStep a = new EwmMeanStep(ewms[k]);
      EwmMeanStep b = new EwmMeanStep(ewms[k + 1]);
      for (int i = 0; i < len; i++) {
        oa[i] = a.next(xa[i]);
        ob[i] = b.next(xb[i]);
      }
    }
    if (k < n) {
      double[] x = inputs[k];
      double[] o = out[k];
      EwmMeanStep a = new EwmMeanStep(ewms[k]);
      for (int i = 0; i < len; i++) {
        o[i] = a.next(x[i]);
      }
    }
  }

  /**
   * Exponentially weighted variance, exactly as pandas' {@code ewm(...).var(bias)} computes it (infinite inputs are
   * read as missing).
   *
   * @param input the input
   * @param ewm the window parameters
   * @param bias false for pandas' default bias-corrected variance
   * @return the variance, NaN until {@code minPeriods} observations have been seen
   */
  public static double[] ewmVar(double[] input, Ewm ewm, boolean bias) {
    double[] out = new double[input.length];
    EwmVarStep step = new EwmVarStep(ewm, bias);
    for (int i = 0; i < out.length; i++) {
      out[i] = step.next(input[i]);
    }
    return out;
  }

  /**
   * Exponentially weighted standard deviation: the square root of {@link #ewmVar}, with negative variances
   * (rounding) read as zero, as pandas does.
   *
   * @param x the input
   * @param ewm the window parameters
   * @return the standard deviation
   */
  public static double[] ewmStd(double[] x, Ewm ewm) {
    double[] v = ewmVar(x, ewm, false);
    for (int i = 0; i < v.length; i++) {
      v[i] = EwmVarStep.std(v[i]);
    }
    return v;
  }

  /**
   * Adds a value to a bucket's sum as pandas' grouped sums and means do (Kahan-compensated, in row order; a
   * compensation made NaN by infinities is reset to 0). The business-day resampling sums each bucket this way; an
   * incremental computation continues a day's bucket with it as the day's bars come.
   *
   * @param sum the sums of the buckets (updated)
   * @param comp the compensations of the buckets (updated)
   * @param k the bucket
   * @param v the value, not NaN
   */
  public static void kahanAdd(double[] sum, double[] comp, int k, double v) {
    double y = v - comp[k];
    double t = sum[k] + y;
    double c = t - sum[k] - y;
    comp[k] = c == c ? c : 0.0;
    sum[k] = t;
  }

  /**
   * The input with infinite values replaced by NaN, as pandas prepares values for its window functions (rolling and
   * exponentially weighted); the same array if it holds no infinite value.
   *
   * @param x the values
   * @return the values without infinities
   */
  public static double[] withoutInf(double[] x) {
    double[] out = x;
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
        if (out == x) {
          out = x.clone();
        }
        out[i] = Double.NaN;
      }
    }
    return out;
  }

  /**
   * Whether forward filling would change anything: a NaN after the first non-NaN value.
   *
   * @param x the values
   * @return true if {@code x} has a NaN after its first non-NaN value
   */
  public static boolean hasGap(double[] x) {
    int i = 0;
    while (i < x.length && x[i] != x[i]) {
      i++;
    }
    for (; i < x.length; i++) {
      if (x[i] != x[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Forward fill in place: each NaN takes the last non-NaN value before it; leading NaNs stay NaN.
   *
   * @param x the array to fill (modified)
   * @return {@code x}
   */
  public static double[] ffillInPlace(double[] x) {
    double last = Double.NaN;
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (v == v) {
        last = v;
      } else {
        x[i] = last;
      }
    }
    return x;
  }

  /**
   * Forward fill: each NaN takes the last non-NaN value before it; leading NaNs stay NaN (pandas' {@code ffill}).
   *
   * @param x the input (not modified)
   * @return the filled copy
   */
  public static double[] ffill(double[] x) {
    return ffillInPlace(x.clone());
  }

  /**
   * Backward fill: each NaN takes the next non-NaN value after it; trailing NaNs stay NaN (pandas' {@code bfill}).
   *
   * @param x the input
   * @return the filled copy
   */
  public static double[] bfill(double[] x) {
    double[] out = x.clone();
    double next = Double.NaN;
    for (int i = out.length - 1; i >= 0; i--) {
      if (out[i] == out[i]) {
        next = out[i];
      } else {
        out[i] = next;
      }
    }
    return out;
  }

  /**
   * First difference {@code x[i] - x[i-1]} (NaN at 0 and wherever either side is NaN), as pandas' {@code diff()}.
   *
   * @param x the input
   * @return the differences
   */
  public static double[] diff(double[] x) {
    double[] out = new double[x.length];
    if (x.length == 0) {
      return out;
    }
    out[0] = Double.NaN;
    for (int i = 1; i < x.length; i++) {
      out[i] = x[i] - x[i - 1];
    }
    return out;
  }

  /**
   * Shift by {@code periods} rows (positive: values move later), NaN where nothing is shifted in.
   *
   * @param x the input
   * @param periods rows to shift
   * @return the shifted copy
   */
  public static double[] shift(double[] x, int periods) {
    int n = x.length;
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    for (int i = 0; i < n; i++) {
      int j = i - periods;
      if (j >= 0 && j < n) {
        out[i] = x[j];
      }
    }
    return out;
  }

  /**
   * Cumulative sum skipping NaN (NaN positions stay NaN), as pandas' {@code cumsum()}.
   *
   * @param x the input
   * @return the cumulative sum
   */
  public static double[] cumsum(double[] x) {
    double[] out = new double[x.length];
    double acc = 0.0;
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (v == v) {
        acc += v;
        out[i] = acc;
      } else {
        out[i] = Double.NaN;
      }
    }
    return out;
  }

  /**
   * pandas' {@code Series.rolling(window, min_periods).mean()}, operation for operation (fixed window of rows,
   * infinite values treated as missing).
   *
   * @param x the values
   * @param window the window in rows, at least 1
   * @param minPeriods the non-missing observations needed
   * @return the rolling mean
   */
  public static double[] rollingMean(double[] x, int window, int minPeriods) {
    double[] v = withoutInf(x);
    int n = v.length;
    double[] out = new double[n];
    double sum = 0;
    double compAdd = 0;
    double compRemove = 0;
    double prev = Double.NaN;
    long nobs = 0;
    long negCt = 0;
    long same = 0;
    for (int i = 0; i < n; i++) {
      int s = Math.max(0, i + 1 - window);
      if (i == 0 || s >= i) {
        sum = 0;
        compAdd = 0;
        compRemove = 0;
        nobs = 0;
        negCt = 0;
        prev = v[s];
        same = 0;
        for (int j = s; j <= i; j++) {
          double val = v[j];
          if (val == val) {
            nobs++;
            double y = val - compAdd;
            double t = sum + y;
            compAdd = t - sum - y;
            sum = t;
            if (Double.doubleToRawLongBits(val) < 0) {
              negCt++;
            }
            same = val == prev ? same + 1 : 1;
            prev = val;
          }
        }
      } else {
        for (int j = Math.max(0, i - window); j < s; j++) {
          double val = v[j];
          if (val == val) {
            nobs--;
            double y = -val - compRemove;
            double t = sum + y;
            compRemove = t - sum - y;
            sum = t;
            if (Double.doubleToRawLongBits(val) < 0) {
              negCt--;
            }
          }
        }
        double val = v[i];
        if (val == val) {
          nobs++;
          double y = val - compAdd;
          double t = sum + y;
          compAdd = t - sum - y;
          sum = t;
          if (Double.doubleToRawLongBits(val) < 0) {
            negCt++;
          }
          same = val == prev ? same + 1 : 1;
          prev = val;
        }
      }
      double result;
      if (nobs >= minPeriods && nobs > 0) {
        result = sum / nobs;
        if (same >= nobs) {
          result = prev;
        } else if (negCt == 0 && result < 0) {
          result = 0;
        } else if (negCt == nobs && result > 0) {
          result = 0;
        }
      } else {
        result = Double.NaN;
      }
      out[i] = result;
    }
    return out;
  }

  /**
   * pandas' {@code Series.rolling(window, min_periods).std()} ({@code ddof=1}), operation for operation: online
   * Welford updates with Kahan compensation, zero for a window of one repeated value, negative rounding read as
   * zero; infinite values treated as missing.
   *
   * @param x the values
   * @param window the window in rows, at least 1
   * @param minPeriods the non-missing observations needed (at least 2 give a value)
   * @return the rolling standard deviation
   */
  public static double[] rollingStd(double[] x, int window, int minPeriods) {
    double[] v = withoutInf(x);
    int n = v.length;
    double[] out = new double[n];
    int minp = Math.max(minPeriods, 1);
    VarState st = new VarState();
    for (int i = 0; i < n; i++) {
      int s = Math.max(0, i + 1 - window);
      if (i == 0 || s >= i) {
        st.reset(v[s]);
        for (int j = s; j <= i; j++) {
          st.add(v[j]);
        }
      } else {
        for (int j = Math.max(0, i - window); j < s; j++) {
          st.remove(v[j]);
        }
        st.add(v[i]);
      }
      double var;
      if (st.nobs >= minp && st.nobs > 1) {
        var = st.same >= st.nobs ? 0 : st.ssqdm / (st.nobs - 1.0);
      } else {
        var = Double.NaN;
      }
      out[i] = var >= 0 ? Math.sqrt(var) : (var == var ? 0.0 : Double.NaN);
    }
    return out;
  }

  /** The running state of pandas' rolling variance. */
  private static final class VarState {
    double mean;
    double ssqdm;
    double nobs;
    double compAdd;
    double compRemove;
    double prev;
    long same;

    void reset(double first) {
      mean = 0;
      ssqdm = 0;
      nobs = 0;
      compAdd = 0;
      compRemove = 0;
      prev = first;
      same = 0;
    }

    void add(double val) {
      if (val != val) {
        return;
      }
      nobs += 1;
      same = val == prev ? same + 1 : 1;
      prev = val;
      double prevMean = mean - compAdd;
      double y = val - compAdd;
      double t = y - mean;
      compAdd = t + mean - y;
      mean = nobs != 0 ? mean + t / nobs : 0;
      ssqdm = ssqdm + (val - prevMean) * (val - mean);
    }

    void remove(double val) {
      if (val != val) {
        return;
      }
      nobs -= 1;
      if (nobs != 0) {
        double prevMean = mean - compRemove;
        double y = val - compRemove;
        double t = y - mean;
        compRemove = t + mean - y;
        mean = mean - t / nobs;
        ssqdm = ssqdm - (val - prevMean) * (val - mean);
      } else {
        mean = 0;
        ssqdm = 0;
      }
    }
  }

  /**
   * Rolling maximum of the non-NaN values of the last {@code window} rows (monotone deque, O(n)).
   *
   * @param x the input
   * @param window the window length in rows
   * @param minPeriods the minimum number of observations
   * @return the rolling maximum
   */
  public static double[] rollingMax(double[] x, int window, int minPeriods) {
    return rollingExtreme(x, window, minPeriods, true);
  }

  /**
   * Rolling minimum of the non-NaN values of the last {@code window} rows (monotone deque, O(n)).
   *
   * @param x the input
   * @param window the window length in rows
   * @param minPeriods the minimum number of observations
   * @return the rolling minimum
   */
  public static double[] rollingMin(double[] x, int window, int minPeriods) {
    return rollingExtreme(x, window, minPeriods, false);
  }

  private static double[] rollingExtreme(double[] input, int window, int minPeriods, boolean max) {
    double[] x = withoutInf(input);
    int n = x.length;
    double[] out = new double[n];
    int minp = Math.max(minPeriods, 1);
    int[] deque = new int[n];
    int head = 0;
    int tail = 0;
    int nobs = 0;
    for (int i = 0; i < n; i++) {
      double v = x[i];
      if (v == v) {
        nobs++;
        while (tail > head && (max ? x[deque[tail - 1]] <= v : x[deque[tail - 1]] >= v)) {
          tail--;
        }
        deque[tail++] = i;
      }
      int drop = i - window;
      if (drop >= 0 && x[drop] == x[drop]) {
        nobs--;
      }
      while (tail > head && deque[head] <= i - window) {
        head++;
      }
      out[i] = nobs >= minp && tail > head ? x[deque[head]] : Double.NaN;
    }
    return out;
  }

  /**
   * Rolling quantile of the non-NaN values of the last {@code window} rows with linear interpolation
   * (pandas' default {@code interpolation='linear'}: position {@code q * (nobs - 1)} in the sorted window); infinite
   * values are read as missing.
   * Keeps a sorted window, so each step costs O(window) moves at worst.
   *
   * @param input the input
   * @param window the window length in rows
   * @param minPeriods the minimum number of observations
   * @param q the quantile in [0, 1]
   * @return the rolling quantile
   */
  public static double[] rollingQuantile(double[] input, int window, int minPeriods, double q) {
    double[] x = withoutInf(input);
    int n = x.length;
    double[] out = new double[n];
    int minp = Math.max(minPeriods, 1);
    double[] sorted = new double[Math.min(window, n) + 1];
    int count = 0;
    for (int i = 0; i < n; i++) {
      double v = x[i];
      if (v == v) {
        int pos = Arrays.binarySearch(sorted, 0, count, v);
        if (pos < 0) {
          pos = -pos - 1;
        }
        System.arraycopy(sorted, pos, sorted, pos + 1, count - pos);
        sorted[pos] = v;
        count++;
      }
      int drop = i - window;
      if (drop >= 0) {
        double d = x[drop];
        if (d == d) {
          int pos = Arrays.binarySearch(sorted, 0, count, d);
          System.arraycopy(sorted, pos + 1, sorted, pos, count - pos - 1);
          count--;
        }
      }
      out[i] = count >= minp && count > 0 ? quantileSorted(sorted, count, q) : Double.NaN;
    }
    return out;
  }

  /**
   * The quantile of the first {@code count} values of a sorted array with linear interpolation.
   *
   * @param sorted sorted values
   * @param count how many of them are used
   * @param q the quantile in [0, 1]
   * @return the interpolated quantile
   */
  public static double quantileSorted(double[] sorted, int count, double q) {
    if (count == 1) {
      return sorted[0];
    }
    double idx = q * (count - 1);
    int lo = (int) Math.floor(idx);
    int hi = (int) Math.ceil(idx);
    if (lo == hi) {
      return sorted[lo];
    }
    double frac = idx - lo;
    return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
  }
}
