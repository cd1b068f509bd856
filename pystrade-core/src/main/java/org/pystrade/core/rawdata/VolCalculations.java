package org.pystrade.core.rawdata;

import org.pystrade.core.math.RobustVolParams;
import org.pystrade.core.math.RuleMath;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

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
   * {@code volAbsMin} (pysystemtrade's {@code simple_ewvol_calc} is this with no floor: {@code volAbsMin = 0}).
   * NaN stays NaN.
   *
   * @param returns daily returns
   * @param days the span
   * @param minPeriods minimum observations
   * @param volAbsMin the floor
   * @return the volatility
   */
  public static TimeSeries simpleEwVol(TimeSeries returns, double days, int minPeriods, double volAbsMin) {
    return stepped(returns, VolatilityStep.simpleEw(days, minPeriods, volAbsMin));
  }

  /** The volatility of every row of the returns, one row at a time. */
  private static TimeSeries stepped(TimeSeries returns, VolatilityStep step) {
    double[] r = returns.valuesView();
    double[] out = new double[r.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = step.next(r[i]);
    }
    return returns.withValuesOwned(out);
  }

  /**
   * The mixed volatility without backfill: {@link #mixedVol(TimeSeries, double, int, double, double, double,
   * boolean)} with {@code backfill = false}.
   *
   * @param returns daily returns
   * @param days fast span
   * @param minPeriods minimum observations
   * @param slowVolYears years in the slow average
   * @param proportionOfSlowVol p
   * @param volAbsMin floor of the blend
   * @return the mixed volatility
   */
  public static TimeSeries mixedVol(TimeSeries returns, double days, int minPeriods, double slowVolYears,
      double proportionOfSlowVol, double volAbsMin) {
    return mixedVol(returns, days, minPeriods, slowVolYears, proportionOfSlowVol, volAbsMin, false);
  }

  /**
   * The mixed volatility: {@code (1 - p) * fast + p * slow}, where fast is the exponentially weighted standard
   * deviation of returns (span {@code days}, {@code min_periods}) and slow is its exponentially weighted mean with
   * span {@code slowVolYears * 256}; the blend, not the fast volatility, is floored at {@code volAbsMin}
   * (pysystemtrade 1.80 {@code mixed_vol_calc}: a run of unchanged prices keeps a fast volatility of 0 in the slow
   * average). With {@code backfill} the floored blend is then forward filled and its leading NaN filled from the
   * first value (pysystemtrade's {@code backfill_vol}), so the volatility exists from the first row.
   *
   * @param returns daily returns
   * @param days fast span
   * @param minPeriods minimum observations
   * @param slowVolYears years in the slow average
   * @param proportionOfSlowVol p
   * @param volAbsMin floor of the blend
   * @param backfill whether to forward fill, then backward fill the leading NaN
   * @return the mixed volatility
   */
  public static TimeSeries mixedVol(TimeSeries returns, double days, int minPeriods, double slowVolYears,
      double proportionOfSlowVol, double volAbsMin, boolean backfill) {
    TimeSeries vol = stepped(returns, VolatilityStep.mixed(days, minPeriods, slowVolYears, proportionOfSlowVol,
        volAbsMin));
    if (backfill) {
      return vol.withValuesOwned(Kernels.bfill(Kernels.ffillInPlace(vol.values())));
    }
    return vol;
  }

  /**
   * pysystemtrade's {@code simple_vol_calc}: the rolling standard deviation of returns over {@code days} rows
   * ({@code ddof=1}, {@code min_periods} non-missing observations needed, at least 2 for a value), as pandas'
   * {@code rolling(days, min_periods).std()} computes it, operation for operation; no floor, no backfill
   * (pysystemtrade's function ignores {@code vol_abs_min} and {@code backfill}).
   *
   * @param returns daily returns
   * @param days the window in rows, at least 1
   * @param minPeriods minimum observations, at most {@code days}
   * @return the volatility, on the index of the returns
   */
  public static TimeSeries simpleVol(TimeSeries returns, int days, int minPeriods) {
    ArgChecker.positive(days, "days");
    ArgChecker.isTrue(minPeriods <= days, "min_periods {} must be <= days {}", minPeriods, days);
    return returns.rollingStd(days, minPeriods);
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
}
