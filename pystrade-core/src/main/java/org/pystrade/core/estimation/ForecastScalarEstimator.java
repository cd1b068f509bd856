package org.pystrade.core.estimation;

import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;

/**
 * Estimates forecast scalars when {@code use_forecast_scale_estimates} is true (pysystemtrade's
 * {@code forecast_scalar_estimate}). Implementations live in {@code pystrade-optimisation} or user code.
 */
@FunctionalInterface
public interface ForecastScalarEstimator {

  /**
   * Estimates the scalar over time.
   *
   * @param system the system
   * @param code the instrument
   * @param rule the rule variation
   * @return the scalar series (on the raw forecast's index or any index; it is forward-filled onto it)
   */
  TimeSeries estimate(TradingSystem system, InstrumentCode code, RuleName rule);
}
