package org.pystrade.core.math;

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
    // kept with the input: rules that take the volatility of the same input (the calc-vol ewmac variants) share it
    return x.derived(java.util.List.of("robust_vol_calc", params),
        s -> TimeSeries.ofOwned(s.timesView(), robustVol(s.values(), params)));
  }

  /**
   * pysystemtrade's {@code robust_vol_calc} on an array: the exponentially weighted standard deviation (infinite
   * values read as missing), at least {@code vol_abs_min}, floored at a rolling quantile of itself when
   * {@code vol_floor}, then forward and backward filled when {@code backfill}.
   *
   * @param x the values (normally daily returns)
   * @param p the parameters
   * @return the volatility, one value per input value
   */
  public static double[] robustVol(double[] x, RobustVolParams p) {
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
      vol = Kernels.bfill(Kernels.ffill(vol));
    }
    return vol;
  }


  /**
   * The input with infinite values replaced by NaN, as pandas prepares values for its window functions; the same
   * array if it holds no infinite value.
   *
   * @param x the values
   * @return the values without infinities
   */
  public static double[] withoutInf(double[] x) {
    return Kernels.withoutInf(x);
  }

  /**
   * pandas' {@code Series.ewm(...).mean()} including its treatment of infinite inputs as missing.
   *
   * @param x the values
   * @param ewm the window
   * @return the mean
   */
  public static double[] ewmMean(double[] x, Ewm ewm) {
    return Kernels.ewmMean(withoutInf(x), ewm);
  }

  /**
   * pandas' {@code Series.ewm(...).mean()} on a series, treating infinite values as missing.
   *
   * @param x the series
   * @param ewm the window
   * @return the mean, on the index of {@code x}
   */
  public static TimeSeries ewmMean(TimeSeries x, Ewm ewm) {
    return TimeSeries.ofOwned(x.timesView(), ewmMean(x.values(), ewm));
  }

  /**
   * pandas' {@code Series.rolling(window, min_periods).mean()}: see {@link Kernels#rollingMean}.
   *
   * @param x the values
   * @param window the window in rows, at least 1
   * @param minPeriods the non-missing observations needed
   * @return the rolling mean
   */
  public static double[] rollingMean(double[] x, int window, int minPeriods) {
    ArgChecker.positive(window, "window");
    return Kernels.rollingMean(x, window, minPeriods);
  }

  /**
   * pandas' {@code Series.rolling(window, min_periods).std()}: see {@link Kernels#rollingStd}.
   *
   * @param x the values
   * @param window the window in rows, at least 1
   * @param minPeriods the non-missing observations needed (at least 2 give a value)
   * @return the rolling standard deviation
   */
  public static double[] rollingStd(double[] x, int window, int minPeriods) {
    ArgChecker.positive(window, "window");
    return Kernels.rollingStd(x, window, minPeriods);
  }
}
