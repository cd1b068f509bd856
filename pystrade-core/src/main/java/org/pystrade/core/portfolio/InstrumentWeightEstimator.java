package org.pystrade.core.portfolio;

import org.pystrade.core.series.SeriesFrame;

/**
 * Estimates raw instrument weights over time (pysystemtrade's {@code instrument_weight_estimate}). The portfolio
 * stage then fits them to position availability, smooths and normalises them.
 */
@FunctionalInterface
public interface InstrumentWeightEstimator {

  /**
   * Estimates the raw weights.
   *
   * @param inputs the portfolio stage's inputs (sizing, subsystem P&amp;L, context)
   * @param portfolio the portfolio stage itself (its usable instruments)
   * @return one column per instrument, on the estimator's own dates
   */
  SeriesFrame estimate(PortfolioInputs inputs, Portfolio portfolio);
}
