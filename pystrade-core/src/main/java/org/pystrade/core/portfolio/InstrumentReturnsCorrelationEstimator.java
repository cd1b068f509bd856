package org.pystrade.core.portfolio;

import org.pystrade.core.calc.Parallel;
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

  /**
   * Estimates the correlations with the system's parallelism: the risk overlay asks for them while every other
   * worker waits for it, so an implementation may spread its independent pieces (pairs, periods) over the threads
   * ({@link Parallel#mapNested}); the result must not depend on the thread count. The default ignores the
   * parallelism.
   *
   * @param percentageReturns each instrument's daily percentage returns, one column per instrument, on the union
   *     of their indexes
   * @param parallel the system's parallelism
   * @return the correlations over time, named as the columns
   */
  default CorrelationsOverTime estimate(SeriesFrame percentageReturns, Parallel parallel) {
    return estimate(percentageReturns);
  }
}
