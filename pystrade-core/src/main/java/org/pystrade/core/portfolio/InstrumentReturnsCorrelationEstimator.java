package org.pystrade.core.portfolio;

import org.pystrade.core.series.SeriesFrame;

/**
 * Estimates the correlations of instruments' returns over time, as pysystemtrade's
 * {@code portfolio.get_list_of_instrument_returns_correlations} does from {@code instrument_returns_correlation}:
 * what the risk overlay and the dynamic optimisation need. {@code pystrade-optimisation} provides pysystemtrade's
 * implementation, its parameters read from the config when it is made.
 */
@FunctionalInterface
public interface InstrumentReturnsCorrelationEstimator {

  /**
   * Estimates the correlations.
   *
   * @param percentageReturns each instrument's daily percentage returns, one column per instrument, on the union
   *     of their indexes
   * @return the correlations over time, named as the columns
   */
  CorrelationsOverTime estimate(SeriesFrame percentageReturns);
}
