package org.pystrade.core.forecast;

import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;

/**
 * Estimates forecast scalars when {@code use_forecast_scale_estimates} is true (pysystemtrade's
 * {@code forecast_scalar_estimate}). Implementations live in {@code pystrade-optimisation} or user code; they get
 * their parameters when they are made and the stage's inputs (raw forecasts, rule variations, the universe to pool
 * over, the memo) when they estimate.
 */
@FunctionalInterface
public interface ForecastScalarEstimator {

  /**
   * Estimates the scalar over time.
   *
   * @param inputs the forecast scaling stage's inputs (its rules stage, context and rule variations); the rules
   *     stage's raw forecasts are those the scaling stage scales (vol attenuated for the rules
   *     {@code use_attenuation} lists, as pysystemtrade estimates from its scaling stage's raw forecast)
   * @param code the instrument
   * @param rule the rule variation
   * @return the scalar series (on any index; it is forward-filled onto the raw forecast's)
   */
  TimeSeries estimate(ForecastScaleCapInputs inputs, InstrumentCode code, RuleName rule);
}
