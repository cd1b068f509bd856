package org.pystrade.core.math;

import org.pystrade.core.util.ArgChecker;

/**
 * The parameters of pysystemtrade's {@code sysquant.estimators.vol.robust_vol_calc}, with the same names (in Java
 * case) and the same defaults, see {@link #defaults()}.
 *
 * @param days span of the exponentially weighted standard deviation (pysystemtrade {@code days}, default 35)
 * @param minPeriods non-missing observations needed before the standard deviation has a value
 *     ({@code min_periods}, default 10)
 * @param volAbsMin absolute minimum: smaller (non-missing) values are raised to it ({@code vol_abs_min}, default
 *     1e-10)
 * @param volFloor whether to apply the rolling-quantile floor ({@code vol_floor}, default true)
 * @param floorMinQuant the quantile of recent volatility used as the floor ({@code floor_min_quant}, default 0.05)
 * @param floorMinPeriods non-missing volatilities needed before the floor is above zero
 *     ({@code floor_min_periods}, default 100)
 * @param floorDays the rolling window of the floor in rows ({@code floor_days}, default 500)
 * @param backfill whether to forward then backward fill the result ({@code backfill}, default false)
 */
public record RobustVolParams(
    double days,
    int minPeriods,
    double volAbsMin,
    boolean volFloor,
    double floorMinQuant,
    int floorMinPeriods,
    int floorDays,
    boolean backfill) {

  private static final RobustVolParams DEFAULTS = new RobustVolParams(35, 10, 0.0000000001, true, 0.05, 100, 500,
      false);

  /**
   * Validates the parameters as pandas would reject them (span at least 1, {@code min_periods <= window}).
   *
   * @param days span of the exponentially weighted standard deviation (pysystemtrade {@code days}, default 35)
   * @param minPeriods non-missing observations needed before the standard deviation has a value
   *         ({@code min_periods}, default 10)
   * @param volAbsMin absolute minimum: smaller (non-missing) values are raised to it ({@code vol_abs_min}, default
   *         1e-10)
   * @param volFloor whether to apply the rolling-quantile floor ({@code vol_floor}, default true)
   * @param floorMinQuant the quantile of recent volatility used as the floor ({@code floor_min_quant}, default 0.05)
   * @param floorMinPeriods non-missing volatilities needed before the floor is above zero
   *         ({@code floor_min_periods}, default 100)
   * @param floorDays the rolling window of the floor in rows ({@code floor_days}, default 500)
   * @param backfill whether to forward then backward fill the result ({@code backfill}, default false)
   */
  public RobustVolParams {
    ArgChecker.isTrue(days >= 1, "robust vol days must be >= 1 but was {}", days);
    ArgChecker.notNegative(minPeriods, "robust vol minPeriods");
    ArgChecker.isTrue(!Double.isNaN(volAbsMin), "robust vol volAbsMin must not be NaN");
    ArgChecker.inRange(floorMinQuant, 0, 1, "robust vol floorMinQuant");
    ArgChecker.positive(floorDays, "robust vol floorDays");
    ArgChecker.notNegative(floorMinPeriods, "robust vol floorMinPeriods");
    ArgChecker.isTrue(floorMinPeriods <= floorDays,
        "robust vol floorMinPeriods must be <= floorDays but was {} > {}", floorMinPeriods, floorDays);
  }

  /**
   * pysystemtrade's defaults: {@code days=35, min_periods=10, vol_abs_min=1e-10, vol_floor=True,
   * floor_min_quant=0.05, floor_min_periods=100, floor_days=500, backfill=False}.
   *
   * @return the default parameters
   */
  public static RobustVolParams defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another span ({@code days}), as {@code robust_vol_calc(x, days)} passes it positionally.
   *
   * @param newDays the span in days
   * @return the parameters
   */
  public RobustVolParams withDays(double newDays) {
    return new RobustVolParams(newDays, minPeriods, volAbsMin, volFloor, floorMinQuant, floorMinPeriods, floorDays,
        backfill);
  }
}
