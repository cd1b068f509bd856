package org.pystrade.optimisation.estimators;

import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.util.ArgChecker;

/**
 * Parameters of a correlation estimate ({@code forecast_correlation_estimate},
 * {@code instrument_correlation_estimate}, or an optimiser's {@code correlation_estimate}).
 *
 * @param usingExponent exponentially weighted (true) or simple correlation over the fitting window
 * @param ewLookback span of the exponential weighting, in rows (before any pooling adjustment)
 * @param minPeriods rows needed before an exponential estimate exists
 * @param cleaning whether missing values are replaced ({@link CorrelationMatrix#clean})
 * @param floorAtZero whether negative correlations are floored at 0
 * @param offdiag correlation used for assets without data when cleaning (0.99)
 * @param shrinkage shrinkage towards the average correlation (0 = none)
 * @param clip absolute clip (NaN = none)
 */
public record CorrelationParams(boolean usingExponent, int ewLookback, int minPeriods, boolean cleaning,
    boolean floorAtZero, double offdiag, double shrinkage, double clip) {

  /**
   * Validates.
   *
   * @param usingExponent exponentially weighted (true) or simple correlation over the fitting window
   * @param ewLookback span of the exponential weighting, in rows (before any pooling adjustment)
   * @param minPeriods rows needed before an exponential estimate exists
   * @param cleaning whether missing values are replaced ({@link CorrelationMatrix#clean})
   * @param floorAtZero whether negative correlations are floored at 0
   * @param offdiag correlation used for assets without data when cleaning (0.99)
   * @param shrinkage shrinkage towards the average correlation (0 = none)
   * @param clip absolute clip (NaN = none)
   */
  public CorrelationParams {
    ArgChecker.positive(ewLookback, "ewLookback");
    ArgChecker.notNegative(minPeriods, "minPeriods");
    ArgChecker.inRange(shrinkage, 0.0, 1.0, "shrinkage");
  }

  /**
   * Reads the parameters under a config key, with pysystemtrade's defaults for absent optional keys.
   *
   * @param config the config
   * @param prefix e.g. {@code forecast_correlation_estimate}
   * @return the parameters
   */
  public static CorrelationParams fromConfig(SystemConfig config, String prefix) {
    return new CorrelationParams(
        config.has(prefix + ".using_exponent") ? config.getBoolean(prefix + ".using_exponent") : true,
        (int) config.getDouble(prefix + ".ew_lookback", 250),
        (int) config.getDouble(prefix + ".min_periods", 20),
        config.has(prefix + ".cleaning") ? config.getBoolean(prefix + ".cleaning") : true,
        config.has(prefix + ".floor_at_zero") ? config.getBoolean(prefix + ".floor_at_zero") : true,
        config.getDouble(prefix + ".offdiag", 0.99),
        config.getDouble(prefix + ".shrinkage", 0.0),
        config.getDouble(prefix + ".clip", Double.NaN));
  }
}
