package org.pystrade.core.portfolio;

import org.pystrade.core.series.TimeSeries;

/**
 * Estimates the instrument diversification multiplier over time (pysystemtrade's
 * {@code instrument_div_mult_estimate}).
 */
@FunctionalInterface
public interface InstrumentDivMultiplierEstimator {

  /**
   * Estimates the IDM.
   *
   * @param inputs the portfolio stage's inputs (sizing, subsystem P&amp;L, context)
   * @param portfolio the portfolio stage itself (its usable instruments and instrument weights)
   * @return the IDM over time
   */
  TimeSeries estimate(PortfolioInputs inputs, Portfolio portfolio);
}
