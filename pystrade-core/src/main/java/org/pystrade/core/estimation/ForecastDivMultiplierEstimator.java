package org.pystrade.core.estimation;

import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;

/**
 * Estimates the forecast diversification multiplier over time (pysystemtrade's {@code forecast_div_mult_estimate}).
 */
@FunctionalInterface
public interface ForecastDivMultiplierEstimator {

  /**
   * Estimates the FDM.
   *
   * @param system the system
   * @param code the instrument
   * @return the FDM over time (forward-filled onto the forecasts by the caller)
   */
  TimeSeries estimate(TradingSystem system, InstrumentCode code);
}
