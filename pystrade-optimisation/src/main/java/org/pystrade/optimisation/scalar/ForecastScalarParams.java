package org.pystrade.optimisation.scalar;

import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.util.ArgChecker;

/**
 * Parameters of the forecast scalar estimate ({@code forecast_scalar_estimate} and
 * {@code average_absolute_forecast}).
 *
 * @param poolInstruments whether forecasts of every instrument trading the rule are pooled
 * @param window rolling window in rows of the cross-sectional average (very large = expanding)
 * @param minPeriods observations needed before a scalar is estimated
 * @param backfill whether the first estimate is used backwards for the warm-up period
 * @param targetAbsForecast the target average absolute forecast (10 in pysystemtrade)
 */
public record ForecastScalarParams(boolean poolInstruments, int window, int minPeriods, boolean backfill,
    double targetAbsForecast) {

  /**
   * Validates.
   *
   * @param poolInstruments whether forecasts of every instrument trading the rule are pooled
   * @param window rolling window in rows of the cross-sectional average (very large = expanding)
   * @param minPeriods observations needed before a scalar is estimated
   * @param backfill whether the first estimate is used backwards for the warm-up period
   * @param targetAbsForecast the target average absolute forecast (10 in pysystemtrade)
   */
  public ForecastScalarParams {
    ArgChecker.positive(window, "window");
    ArgChecker.notNegative(minPeriods, "minPeriods");
    ArgChecker.positive(targetAbsForecast, "targetAbsForecast");
  }

  /**
   * Reads the parameters from a config.
   *
   * @param config the config
   * @return the parameters
   * @throws ConfigException naming a wrong key
   */
  public static ForecastScalarParams fromConfig(SystemConfig config) {
    String func = config.getString("forecast_scalar_estimate.func");
    if (!func.endsWith("forecast_scalar")) {
      throw new ConfigException("config key 'forecast_scalar_estimate.func' names '" + func
          + "'; only sysquant.estimators.forecast_scalar.forecast_scalar is implemented");
    }
    int window = config.getInt("forecast_scalar_estimate.window");
    int minPeriods = config.getInt("forecast_scalar_estimate.min_periods");
    double target = config.getDouble("average_absolute_forecast");
    if (window <= 0) {
      throw new ConfigException("config key 'forecast_scalar_estimate.window' must be > 0 but was " + window);
    }
    if (minPeriods < 0) {
      throw new ConfigException("config key 'forecast_scalar_estimate.min_periods' must be >= 0 but was "
          + minPeriods);
    }
    if (!(target > 0)) {
      throw new ConfigException("config key 'average_absolute_forecast' must be > 0 but was " + target);
    }
    return new ForecastScalarParams(config.getBoolean("forecast_scalar_estimate.pool_instruments"), window,
        minPeriods, config.getBoolean("forecast_scalar_estimate.backfill"), target);
  }
}
