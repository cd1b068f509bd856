package org.pystrade.core.combination;

import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;

/**
 * Estimates the forecast diversification multiplier over time (pysystemtrade's {@code forecast_div_mult_estimate}).
 */
@FunctionalInterface
public interface ForecastDivMultiplierEstimator {

  /**
   * Estimates the FDM.
   *
   * @param inputs the combination stage's inputs
   * @param combine the combination stage itself (its forecasts and forecast weights)
   * @param code the instrument
   * @return the FDM over time (forward-filled onto the forecasts by the caller)
   */
  TimeSeries estimate(ForecastCombineInputs inputs, ForecastCombine combine, InstrumentCode code);
}
