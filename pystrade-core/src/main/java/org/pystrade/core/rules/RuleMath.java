package org.pystrade.core.rules;

import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * Helper calculations of the provided trading rules: pysystemtrade's {@code robust_vol_calc}, and the pandas
 * window kernels the rules need replicated operation for operation.
 *
 * <p>The package-private kernels follow pandas 1.5/2.x exactly, including two details the shared
 * {@link Kernels} do not: pandas turns infinite values into NaN before every rolling and exponentially weighted
 * window ({@code _prep_values}), and its rolling mean and variance use an online add-then-remove algorithm with
 * separate Kahan compensations, return the repeated value exactly when the window holds one value repeated, and
 * clamp a mean of all-positive (all-negative) values to zero if rounding made it change sign.
 */
public final class RuleMath {

  private RuleMath() {
  }

  /**
   * pysystemtrade's {@code robust_vol_calc(x)} with all defaults: see {@link #robustVolCalc(TimeSeries,
   * RobustVolParams)}.
   *
   * @param x the series whose volatility is wanted (normally daily returns, but pysystemtrade also passes levels)
   * @return the volatility, on the index of {@code x}
   */
  public static TimeSeries robustVolCalc(TimeSeries x) {
    return robustVolCalc(x, RobustVolParams.defaults());
  }

  /**
   * pysystemtrade's {@code robust_vol_calc(x, days)}: the defaults with another span.
   *
   * @param x the series
   * @param days the span of the exponentially weighted standard deviation
   * @return the volatility, on the index of {@code x}
   */
  public static TimeSeries robustVolCalc(TimeSeries x, double days) {
    return robustVolCalc(x, RobustVolParams.defaults().withDays(days));
  }

  /**
   * pysystemtrade's {@code robust_vol_calc}: an exponentially weighted, bias-corrected standard deviation of
   * {@code x} (span {@code days}, {@code adjust=True}, {@code min_periods}); values below {@code vol_abs_min} are
   * raised to it; then, if {@code vol_floor}, the result is floored at the rolling {@code floor_min_quant}
   * quantile of itself over {@code floor_days} rows (needing {@code floor_min_periods} observations, zero before
   * that, forward filled); then, if {@code backfill}, forward and backward filled.
   *
   * <p>Warm-up: NaN until {@code min_periods} non-missing values of {@code x} have been seen; a NaN of the
   * standard deviation stays NaN through the floor (numpy's {@code maximum} propagates NaN).
   *
   * @param x the series
   * @param params the parameters
   * @return the volatility, on the index of {@code x}
   */
  public static TimeSeries robustVolCalc(TimeSeries x, RobustVolParams params) {
    ArgChecker.notNull(x, "x");
    ArgChecker.notNull(params, "params");
    return TimeSeries.of(x.times(), robustVol(x.values(), params));
  }

  static double[] robustVol(double[] x, RobustVolParams p) {
    int n = x.length;
    double[] vol = Kernels.ewmStd(withoutInf(x), Ewm.span(p.days()).withMinPeriods(p.minPeriods()));
    double absMin = p.volAbsMin();
    for (int i = 0; i < n; i++) {
      if (vol[i] < absMin) {
        vol[i] = absMin;
      }
    }
    if (p.volFloor() && n > 0) {
      double[] floor = Kernels.rollingQuantile(withoutInf(vol), p.floorDays(), p.floorMinPeriods(),
          p.floorMinQuant());
      floor[0] = 0.0;
      floor = Kernels.ffill(floor);
      for (int i = 0; i < n; i++) {
        double v = vol[i];
        double f = floor[i];
        vol[i] = v != v || f != f ? Double.NaN : Math.max(v, f);
      }
    }
    if (p.backfill()) {
      vol = backfill(Kernels.ffill(vol));
    }
    return vol;
  }

  /** Fills leading NaNs with the first valid value (pandas' {@code bfill} after an {@code ffill}). */
  private static double[] backfill(double[] x) {
    double next = Double.NaN;
    for (int i = x.length - 1; i >= 0; i--) {
      if (x[i] == x[i]) {
        next = x[i];
      } else {
        x[i] = next;
      }
    }
    return x;
  }

  /**
   * The input with infinite values replaced by NaN, as pandas prepares values for its window functions; the same
   * array if it holds no infinite value.
   *
   * @param x the values
   * @return the values without infinities
   */
  static double[] withoutInf(double[] x) {
    double[] out = x;
    for (int i = 0; i < x.length; i++) {
      if (Double.isInfinite(x[i])) {
        if (out == x) {
          out = x.clone();
        }
        out[i] = Double.NaN;
      }
    }
    return out;
  }

  /**
   * pandas' {@code Series.ewm(...).mean()} including its treatment of infinite inputs as missing.
   *
   * @param x the values
   * @param ewm the window
   * @return the mean
   */
  static double[] ewmMean(double[] x, Ewm ewm) {
    return Kernels.ewmMean(withoutInf(x), ewm);
  }

  /**
   * pandas' {@code Series.ewm(...).mean()} on a series, treating infinite values as missing.
   *
   * @param x the series
   * @param ewm the window
   * @return the mean, on the index of {@code x}
   */
  static TimeSeries ewmMean(TimeSeries x, Ewm ewm) {
    return TimeSeries.of(x.times(), ewmMean(x.values(), ewm));
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
  static double[] rollingMean(double[] x, int window, int minPeriods) {
    ArgChecker.positive(window, "window");
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
  static double[] rollingStd(double[] x, int window, int minPeriods) {
    ArgChecker.positive(window, "window");
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
}
