package org.pystrade.core.estimation;

import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.system.TradingSystem;

/**
 * Estimates raw instrument weights over time (pysystemtrade's {@code instrument_weight_estimate}). The portfolio
 * stage then fits them to position availability, smooths and normalises them.
 */
@FunctionalInterface
public interface InstrumentWeightEstimator {

  /**
   * Estimates the raw weights.
   *
   * @param system the system
   * @return one column per instrument, on the estimator's own dates
   */
  SeriesFrame estimate(TradingSystem system);
}
