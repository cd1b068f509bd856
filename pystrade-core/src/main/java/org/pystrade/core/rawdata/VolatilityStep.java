package org.pystrade.core.rawdata;

import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.EwmMeanStep;
import org.pystrade.core.series.EwmVarStep;
import org.pystrade.core.util.ArgChecker;

/**
 * pysystemtrade's exponentially weighted volatility estimators one daily return at a time: {@code mixed_vol_calc}
 * without backfill (the fast exponentially weighted standard deviation blended with its slow average, the blend
 * floored) and {@code simple_ewvol_calc} (the standard deviation, floored). {@link VolCalculations} computes its
 * series with these, so a value stepped here is the series' value at the same row, bit for bit; an incremental
 * computation keeps one per instrument. Mutable; {@link #copy()} keeps the state of a row to come back to.
 */
public final class VolatilityStep {

  private final EwmVarStep fast;
  private final EwmMeanStep slow;
  private final double proportionOfSlowVol;
  private final double volAbsMin;

  private VolatilityStep(EwmVarStep fast, EwmMeanStep slow, double proportionOfSlowVol, double volAbsMin) {
    this.fast = fast;
    this.slow = slow;
    this.proportionOfSlowVol = proportionOfSlowVol;
    this.volAbsMin = volAbsMin;
  }

  /**
   * {@code mixed_vol_calc} without backfill: {@code (1 - p) * fast + p * slow} floored at {@code volAbsMin}, fast
   * the exponentially weighted standard deviation of returns (span {@code days}, {@code minPeriods}), slow its
   * exponentially weighted mean with span {@code slowVolYears * 256}.
   *
   * @param days fast span
   * @param minPeriods minimum observations
   * @param slowVolYears years in the slow average
   * @param proportionOfSlowVol p
   * @param volAbsMin floor of the blend
   * @return the state before the first return
   */
  public static VolatilityStep mixed(double days, int minPeriods, double slowVolYears, double proportionOfSlowVol,
      double volAbsMin) {
    return new VolatilityStep(new EwmVarStep(Ewm.span(days).withMinPeriods(minPeriods), false),
        new EwmMeanStep(Ewm.span(slowVolYears * VolCalculations.BUSINESS_DAYS_IN_YEAR)), proportionOfSlowVol,
        volAbsMin);
  }

  /**
   * {@code simple_ewvol_calc} with a floor: the exponentially weighted standard deviation of returns (span
   * {@code days}, {@code minPeriods}) floored at {@code volAbsMin}.
   *
   * @param days the span
   * @param minPeriods minimum observations
   * @param volAbsMin the floor
   * @return the state before the first return
   */
  public static VolatilityStep simpleEw(double days, int minPeriods, double volAbsMin) {
    return new VolatilityStep(new EwmVarStep(Ewm.span(days).withMinPeriods(minPeriods), false), null, 0.0,
        volAbsMin);
  }

  /**
   * The state of one of the estimators of a configuration, before the first return.
   *
   * @param p the volatility parameters: function {@code MIXED} without backfill, or {@code SIMPLE_EW}
   * @return the state
   * @throws IllegalArgumentException for another function, or the mixed one with backfill
   */
  public static VolatilityStep of(VolatilityParams p) {
    ArgChecker.notNull(p, "p");
    switch (p.function()) {
      case MIXED:
        ArgChecker.isTrue(!p.backfill(), "a backfilled volatility cannot be stepped: its warm-up takes a later value");
        return mixed(p.days(), p.minPeriods(), p.slowVolYears(), p.proportionOfSlowVol(), p.volAbsMin());
      case SIMPLE_EW:
        // pysystemtrade's simple_ewvol_calc ignores vol_abs_min, as DefaultRawData does
        return simpleEw(p.days(), p.minPeriods(), 0.0);
      default:
        throw new IllegalArgumentException("volatility function " + p.function() + " cannot be stepped");
    }
  }

  /**
   * Takes the next row's return and gives the volatility at that row.
   *
   * @param ret the daily return, NaN for missing
   * @return the volatility
   */
  public double next(double ret) {
    double f = fast.nextStd(ret);
    if (slow == null) {
      return f < volAbsMin ? volAbsMin : f;
    }
    double s = slow.next(f);
    double v = s * proportionOfSlowVol + f * (1 - proportionOfSlowVol);
    return v < volAbsMin ? volAbsMin : v;
  }

  /**
   * An independent copy of this state.
   *
   * @return the copy
   */
  public VolatilityStep copy() {
    return new VolatilityStep(fast.copy(), slow == null ? null : slow.copy(), proportionOfSlowVol, volAbsMin);
  }
}
