package org.pystrade.core.portfolio;

import java.util.List;
import java.util.Optional;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;

/**
 * The portfolio stage: instrument weights, instrument diversification multiplier, notional positions and position
 * buffers.
 */
public interface Portfolio {

  /**
   * The instruments in the portfolio: the configured instruments whose subsystem position can be computed, in
   * configured order. An instrument whose data fails ({@link org.pystrade.core.data.DataException}) is left out and
   * reported by {@link #failures()}; any other failure (a bug in a rule or a stage) is not a data problem and is
   * thrown.
   *
   * @return the usable instruments
   * @throws org.pystrade.core.data.DataException if no instrument has usable data
   */
  List<InstrumentCode> instruments();

  /**
   * The configured instruments left out of the portfolio because their data cannot produce a subsystem position,
   * with the reasons.
   *
   * @return the failures, empty if none
   */
  List<InstrumentFailure> failures();

  /**
   * The instruments kept in the portfolio with a data defect the system's
   * {@link org.pystrade.core.data.DefectPolicy} keeps, each with the numbers it affects. The default has none.
   *
   * @return the warnings, empty if none
   */
  default List<InstrumentFailure> warnings() {
    return List.of();
  }

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
   * Notional position: subsystem position times instrument weight times IDM, times the risk scalar (forward-filled
   * onto the position's index) when the system has a {@code risk_overlay}.
   *
   * @param code the instrument
   * @return contracts, unrounded
   */
  TimeSeries notionalPosition(InstrumentCode code);

  /**
   * Notional position before risk scaling (pysystemtrade's {@code get_notional_position_before_risk_scaling}):
   * subsystem position times instrument weight times IDM. The default is the notional position (a portfolio
   * without a risk overlay).
   *
   * @param code the instrument
   * @return contracts, unrounded
   */
  default TimeSeries notionalPositionBeforeRiskScaling(InstrumentCode code) {
    return notionalPosition(code);
  }

  /**
   * The risk overlay (the risk scalar and its four measures), if the system has a {@code risk_overlay}. The default
   * has none.
   *
   * @return the overlay, empty without risk scaling
   */
  default Optional<RiskOverlay> riskOverlay() {
    return Optional.empty();
  }

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
