package org.pystrade.core.pandl;

import java.util.List;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;

/**
 * How Sharpe-ratio costs of forecasts are estimated, read and checked once: whether a rule's turnover and its whole
 * cost are pooled across the instruments that trade the same rules, and the average absolute forecast turnover is
 * measured against.
 *
 * @param usePooledCosts {@code forecast_cost_estimates.use_pooled_costs}
 * @param usePooledTurnover {@code forecast_cost_estimates.use_pooled_turnover}
 * @param averageAbsoluteForecast {@code average_absolute_forecast}, positive
 */
public record CostParams(boolean usePooledCosts, boolean usePooledTurnover, double averageAbsoluteForecast) {

  /** The config keys this record reads. */
  public static final List<String> KEYS = List.of("forecast_cost_estimates.use_pooled_costs",
      "forecast_cost_estimates.use_pooled_turnover", "average_absolute_forecast");

  /**
   * Validates.
   *
   * @param usePooledCosts {@code forecast_cost_estimates.use_pooled_costs}
   * @param usePooledTurnover {@code forecast_cost_estimates.use_pooled_turnover}
   * @param averageAbsoluteForecast {@code average_absolute_forecast}, positive
   */
  public CostParams {
    checkAverageAbsoluteForecast(averageAbsoluteForecast);
  }

  /**
   * Checks {@code average_absolute_forecast}, which several stages read.
   *
   * @param value the value
   * @return the value
   * @throws ConfigException unless positive and finite
   */
  public static double checkAverageAbsoluteForecast(double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new ConfigException("config key 'average_absolute_forecast' must be a positive number but was " + value);
    }
    return value;
  }

  /**
   * The parameters of a config.
   *
   * @param config the config
   * @return the parameters
   */
  public static CostParams fromConfig(SystemConfig config) {
    return new CostParams(config.getBoolean("forecast_cost_estimates.use_pooled_costs"),
        config.getBoolean("forecast_cost_estimates.use_pooled_turnover"),
        config.getDouble("average_absolute_forecast"));
  }
}
