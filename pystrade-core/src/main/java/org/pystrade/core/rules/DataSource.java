package org.pystrade.core.rules;

import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;

/**
 * A named input a trading rule can declare ({@code rawdata.get_daily_prices}): a series computed for an instrument
 * from the raw-data stage and the market data. A source that takes keyword arguments is a {@link ParameterisedDataSource}.
 */
@FunctionalInterface
public interface DataSource {

  /**
   * Computes the input.
   *
   * @param rawData the system's raw-data stage
   * @param data the system's market data
   * @param instrument the instrument
   * @return the series
   */
  TimeSeries get(RawData rawData, FuturesSimData data, InstrumentCode instrument);
}
