package org.pystrade.core.estimation;

import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.system.TradingSystem;

/**
 * Estimates raw forecast weights over time (pysystemtrade's {@code forecast_weight_estimate}). The combination
 * stage then fits them to forecast availability, smooths and normalises them.
 */
@FunctionalInterface
public interface ForecastWeightEstimator {

  /**
   * Estimates the raw weights.
   *
   * @param system the system
   * @param code the instrument
   * @return one column per rule variation (named as the variations), on the estimator's own dates
   */
  SeriesFrame estimate(TradingSystem system, InstrumentCode code);
}
