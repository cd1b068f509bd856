package org.pystrade.core.sizing;

import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;

/**
 * The position sizing stage (pysystemtrade's {@code positionSize}): the subsystem position an instrument would hold
 * if it had all the capital, from the volatility target and the combined forecast.
 */
public interface PositionSizing {

  /**
   * Daily cash volatility target: capital times {@code percentage_vol_target} / 100, divided by 16.
   *
   * @return base currency per day
   */
  double dailyCashVolTarget();

  /**
   * Notional trading capital ({@code notional_trading_capital}).
   *
   * @return base currency
   */
  double notionalCapital();

  /**
   * The FX rate translating the instrument's currency into the base currency, at the data's own timestamps.
   *
   * @param code the instrument
   * @return base currency per unit of instrument currency
   */
  TimeSeries fxRate(InstrumentCode code);

  /**
   * Block value: the value of a 1% price move of one contract, {@code price.ffill() * point size * 0.01}.
   *
   * @param code the instrument
   * @return instrument currency
   */
  TimeSeries blockValue(InstrumentCode code);

  /**
   * Instrument currency volatility: block value times percentage volatility (inner join).
   *
   * @param code the instrument
   * @return instrument currency per day per contract
   */
  TimeSeries instrumentCurrencyVol(InstrumentCode code);

  /**
   * Instrument value volatility: currency volatility in base currency.
   *
   * @param code the instrument
   * @return base currency per day per contract
   */
  TimeSeries instrumentValueVol(InstrumentCode code);

  /**
   * Volatility scalar: the position with a forecast of +10 using all the capital, cash vol target over value vol.
   *
   * @param code the instrument
   * @return contracts
   */
  TimeSeries volatilityScalar(InstrumentCode code);

  /**
   * Subsystem position: volatility scalar times combined forecast over {@code average_absolute_forecast}
   * (long-only instruments floored at zero).
   *
   * @param code the instrument
   * @return contracts
   */
  TimeSeries subsystemPosition(InstrumentCode code);
}
