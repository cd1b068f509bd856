package org.pystrade.core.portfolio;

import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;

/**
 * The portfolio stage: instrument weights, instrument diversification multiplier, notional positions and position
 * buffers.
 */
public interface Portfolio {

  /**
   * Daily instrument weights: fitted to subsystem-position availability, smoothed with
   * {@code instrument_weight_ewma_span}, normalised to sum to one.
   *
   * @return one column per instrument
   */
  SeriesFrame instrumentWeights();

  /**
   * The instrument diversification multiplier over time.
   *
   * @return the IDM
   */
  TimeSeries instrumentDiversificationMultiplier();

  /**
   * Notional position: subsystem position times instrument weight times IDM.
   *
   * @param code the instrument
   * @return contracts, unrounded
   */
  TimeSeries notionalPosition(InstrumentCode code);

  /**
   * Buffer half-width around the notional position ({@code buffer_method}: forecast, position or none).
   *
   * @param code the instrument
   * @return contracts
   */
  TimeSeries buffer(InstrumentCode code);

  /**
   * Upper edge of the buffer: position plus buffer, both forward-filled.
   *
   * @param code the instrument
   * @return contracts
   */
  TimeSeries upperBuffer(InstrumentCode code);

  /**
   * Lower edge of the buffer: position minus buffer, both forward-filled.
   *
   * @param code the instrument
   * @return contracts
   */
  TimeSeries lowerBuffer(InstrumentCode code);
}
