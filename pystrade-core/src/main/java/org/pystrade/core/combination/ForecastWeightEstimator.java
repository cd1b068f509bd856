package org.pystrade.core.combination;

import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.SeriesFrame;

/**
 * Estimates raw forecast weights over time (pysystemtrade's {@code forecast_weight_estimate}). The combination
 * stage then fits them to forecast availability, smooths and normalises them. Implementations get their parameters
 * when they are made and the stage's inputs (capped forecasts, forecast P&amp;L and costs, rule variations, the
 * universe to pool over, the memo) when they estimate.
 */
@FunctionalInterface
public interface ForecastWeightEstimator {

  /**
   * Estimates the raw weights.
   *
   * @param inputs the combination stage's inputs
   * @param code the instrument
   * @return one column per rule variation (named as the variations), on the estimator's own dates
   */
  SeriesFrame estimate(ForecastCombineInputs inputs, InstrumentCode code);
}
