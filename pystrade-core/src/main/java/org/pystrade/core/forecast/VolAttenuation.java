package org.pystrade.core.forecast;

import java.util.Arrays;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * The arithmetic of pysystemtrade's vol attenuation ({@code systems.provided.attenuate_vol}): forecasts are scaled
 * down when volatility is high relative to its own history.
 *
 * <p>With {@code v} the daily percentage volatility: {@code n = v / v.rolling(2500, min_periods=10).mean()}; the
 * quantile of each point is the number of earlier points strictly below it divided by its position plus one
 * ({@code quantile_of_points_in_data_series}); the multiplier is {@code 2 - 1.5 q}; the attenuation is its
 * exponentially weighted mean with span 10.
 */
public final class VolAttenuation {

  /** pysystemtrade's window of the long average volatility: 2500 business days (about ten years). */
  public static final int LONG_VOL_WINDOW = 2500;

  /** The observations the long average needs. */
  public static final int LONG_VOL_MIN_PERIODS = 10;

  /** The span of the smoothing of the multiplier. */
  public static final double SMOOTHING_SPAN = 10;

  private VolAttenuation() {
  }

  /**
   * The smoothed attenuation of a percentage volatility (pysystemtrade's {@code get_vol_attenuation}).
   *
   * @param percentageVol the daily percentage volatility
   * @return the attenuation, on the volatility's index, between 0.5 and 2
   */
  public static TimeSeries attenuation(TimeSeries percentageVol) {
    ArgChecker.notNull(percentageVol, "percentageVol");
    double[] q = quantiles(normalisedVol(percentageVol.valuesView()));
    double[] m = new double[q.length];
    for (int i = 0; i < q.length; i++) {
      m[i] = multiplier(q[i]);
    }
    return TimeSeries.ofOwned(percentageVol.timesView(), Kernels.ewmMean(m, Ewm.span(SMOOTHING_SPAN)));
  }

  /**
   * The volatility over its rolling long average ({@code rolling(2500, min_periods=10).mean()}), NaN until the
   * average exists.
   *
   * @param vol the volatility
   * @return the normalised volatility
   */
  static double[] normalisedVol(double[] vol) {
    double[] avg = Kernels.rollingMean(vol, LONG_VOL_WINDOW, LONG_VOL_MIN_PERIODS);
    for (int i = 0; i < avg.length; i++) {
      avg[i] = vol[i] / avg[i];
    }
    return avg;
  }

  /** pysystemtrade's {@code multiplier_function}: {@code 2 - 1.5 q}, 1 for a NaN quantile. */
  static double multiplier(double quantile) {
    return quantile != quantile ? 1.0 : 2 - 1.5 * quantile;
  }

  /**
   * pysystemtrade's {@code quantile_of_points_in_data_series}: for row {@code i}, the number of earlier rows whose
   * value is strictly below row {@code i}'s, divided by {@code i + 1}. NaN is below nothing and nothing is below
   * NaN, so a NaN row has quantile 0 and never counts for later rows (though it counts in their {@code i + 1}).
   *
   * <p>pysystemtrade compares every row with all earlier ones (quadratic); the same counts come from a Fenwick tree
   * over the ranks of the values, in O(n log n). The counts are whole numbers, so the result is exact either way.
   *
   * @param x the values
   * @return the quantile of each row, in [0, 1)
   */
  static double[] quantiles(double[] x) {
    int n = x.length;
    double[] sorted = new double[n];
    int valid = 0;
    for (double v : x) {
      if (v == v) {
        sorted[valid++] = v;
      }
    }
    Arrays.sort(sorted, 0, valid);
    // distinct values, so that equal values share a rank (and are not counted as below each other)
    int distinct = 0;
    for (int i = 0; i < valid; i++) {
      if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    int[] tree = new int[distinct + 1];
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double v = x[i];
      int below = 0;
      if (v == v) {
        int rank = Arrays.binarySearch(sorted, 0, distinct, v);
        // rank = the number of distinct values below v; count inserted values with a smaller rank
        for (int k = rank; k > 0; k -= k & -k) {
          below += tree[k];
        }
        for (int k = rank + 1; k <= distinct; k += k & -k) {
          tree[k]++;
        }
      }
      out[i] = (double) below / (double) (i + 1);
    }
    return out;
  }
}
