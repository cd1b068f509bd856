package org.pystrade.core.estimation;

import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;

/**
 * Estimates the instrument diversification multiplier over time (pysystemtrade's
 * {@code instrument_div_mult_estimate}).
 */
@FunctionalInterface
public interface InstrumentDivMultiplierEstimator {

  /**
   * Estimates the IDM.
   *
   * @param system the system
   * @return the IDM over time
   */
  TimeSeries estimate(TradingSystem system);
}
