package org.pystrade.core.rawdata;

import org.pystrade.core.series.Ewm;
import org.pystrade.core.rules.RobustVolParams;
import org.pystrade.core.rules.RuleMath;
import org.pystrade.core.series.TimeSeries;

/**
 * pysystemtrade's volatility estimators on daily returns, as functions over {@link TimeSeries}.
 */
public final class VolCalculations {

  /** Business days in a year, as pysystemtrade counts them. */
  public static final double BUSINESS_DAYS_IN_YEAR = 256.0;

  private VolCalculations() {
  }

  /**
   * Exponentially weighted standard deviation of returns (span {@code days}, {@code min_periods}), floored at
   * {@code volAbsMin} (pysystemtrade {@code simple_ewvol_calc}). NaN stays NaN.
   *
   * @param returns daily returns
   * @param days the span
   * @param minPeriods minimum observations
   * @param volAbsMin the floor
   * @return the volatility
   */
  public static TimeSeries simpleEwVol(TimeSeries returns, double days, int minPeriods, double volAbsMin) {
    TimeSeries vol = returns.ewmStd(Ewm.span(days).withMinPeriods(minPeriods));
    return floor(vol, volAbsMin);
  }

  /**
   * The mixed volatility: {@code (1 - p) * fast + p * slow}, where fast is {@link #simpleEwVol} and slow is the
   * exponentially weighted mean of fast with span {@code slowVolYears * 256} (pysystemtrade 1.80
   * {@code mixed_vol_calc}).
   *
   * @param returns daily returns
   * @param days fast span
   * @param minPeriods minimum observations
   * @param slowVolYears years in the slow average
   * @param proportionOfSlowVol p
   * @param volAbsMin floor of the fast volatility
   * @return the mixed volatility
   */
  public static TimeSeries mixedVol(TimeSeries returns, double days, int minPeriods, double slowVolYears,
      double proportionOfSlowVol, double volAbsMin) {
    TimeSeries fast = simpleEwVol(returns, days, minPeriods, volAbsMin);
    TimeSeries slow = fast.ewmMean(Ewm.span(slowVolYears * BUSINESS_DAYS_IN_YEAR));
    double p = proportionOfSlowVol;
    double q = 1 - p;
    double[] s = slow.valuesView();
    double[] f = fast.valuesView();
    double[] out = new double[s.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = s[i] * p + f[i] * q;
    }
    return fast.withValuesOwned(out);
  }

  /**
   * The robust volatility: the simple exponentially weighted volatility floored, at each date, at a quantile of its
   * own history over a rolling window (pysystemtrade {@code robust_vol_calc}):
   * the floor is the rolling quantile, set to 0 on the first row and forward-filled; the result is
   * {@code max(vol, floor)} (NaN where vol is NaN); {@code backfill} forward-fills then fills leading NaN from the
   * first value.
   *
   * @param returns daily returns
   * @param days span of the volatility
   * @param minPeriods minimum observations
   * @param volAbsMin absolute floor
   * @param volFloor whether the rolling quantile floor applies
   * @param floorMinQuant the quantile
   * @param floorMinPeriods minimum observations of the floor window
   * @param floorDays the floor window in rows
   * @param backfill whether to backfill leading NaN
   * @return the robust volatility
   */
  public static TimeSeries robustVol(TimeSeries returns, double days, int minPeriods, double volAbsMin,
      boolean volFloor, double floorMinQuant, int floorMinPeriods, int floorDays, boolean backfill) {
    return RuleMath.robustVolCalc(returns, new RobustVolParams(days, minPeriods, volAbsMin, volFloor, floorMinQuant,
        floorMinPeriods, floorDays, backfill));
  }

  private static TimeSeries floor(TimeSeries vol, double volAbsMin) {
    return vol.map(x -> x < volAbsMin ? volAbsMin : x);
  }
}
