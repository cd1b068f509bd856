package org.pystrade.core.rules;

import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;

/**
 * A named input a trading rule can declare ({@code rawdata.get_daily_prices}): a series computed by the system for
 * an instrument. A source that takes keyword arguments is a {@link ParameterisedDataSource}.
 */
@FunctionalInterface
public interface DataSource {

  /**
   * Computes the input.
   *
   * @param system the system
   * @param instrument the instrument
   * @return the series
   */
  TimeSeries get(TradingSystem system, InstrumentCode instrument);
}
