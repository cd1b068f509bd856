package org.pystrade.core.testing;

import java.util.HashMap;
import java.util.Map;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.sizing.PositionSizing;

/**
 * A position sizing stage whose subsystem positions, volatility scalars and FX rates are given, for testing the
 * stages above it on hand-made numbers. A series that was not given is a {@link DataException} naming it, as
 * missing data would be; an instrument can also be made to fail with any exception, as a bug would.
 */
public final class FixedSizing implements PositionSizing {

  private final double capital;
  private final GivenSeries series = new GivenSeries();
  private final Map<InstrumentCode, RuntimeException> bugs = new HashMap<>();

  /**
   * Creates the stage.
   *
   * @param capital the notional capital
   */
  public FixedSizing(double capital) {
    this.capital = capital;
  }

  /**
   * Sets an instrument's subsystem position, volatility scalar and FX rate.
   *
   * @param code the instrument
   * @param position the subsystem position
   * @param volatilityScalar the volatility scalar
   * @param fx the FX rate into the base currency
   * @return this
   */
  public FixedSizing with(InstrumentCode code, TimeSeries position, TimeSeries volatilityScalar, TimeSeries fx) {
    series.put("subsystemPosition", code, position);
    series.put("volatilityScalar", code, volatilityScalar);
    series.put("fxRate", code, fx);
    return this;
  }

  /**
   * Makes an instrument's subsystem position throw.
   *
   * @param code the instrument
   * @param bug what it throws
   * @return this
   */
  public FixedSizing failing(InstrumentCode code, RuntimeException bug) {
    bugs.put(code, bug);
    return this;
  }

  @Override
  public double dailyCashVolTarget() {
    return capital * 16 / 100 / 16;
  }

  @Override
  public double notionalCapital() {
    return capital;
  }

  @Override
  public TimeSeries fxRate(InstrumentCode code) {
    return series.get("fxRate", code);
  }

  @Override
  public TimeSeries blockValue(InstrumentCode code) {
    throw new UnsupportedOperationException("not given: blockValue");
  }

  @Override
  public TimeSeries instrumentCurrencyVol(InstrumentCode code) {
    throw new UnsupportedOperationException("not given: instrumentCurrencyVol");
  }

  @Override
  public TimeSeries instrumentValueVol(InstrumentCode code) {
    throw new UnsupportedOperationException("not given: instrumentValueVol");
  }

  @Override
  public TimeSeries volatilityScalar(InstrumentCode code) {
    return series.get("volatilityScalar", code);
  }

  @Override
  public TimeSeries subsystemPosition(InstrumentCode code) {
    RuntimeException bug = bugs.get(code);
    if (bug != null) {
      throw bug;
    }
    return series.get("subsystemPosition", code);
  }
}
