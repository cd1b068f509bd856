package org.pystrade.core.rules;

import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;

/**
 * A named rule input that takes keyword arguments, as pysystemtrade's {@code rawdata.smoothed_carry(instrument_code,
 * smooth_days=90)}: registered with {@link DataSourceRegistry#with(String, RuleArgs, ParameterisedDataSource)}
 * together with the arguments it accepts and their defaults. A rule passes it arguments through underscore
 * {@code other_args} ({@code _smooth_days: 30}); the registry checks their names, fills in the defaults and memoises
 * the result per instrument and argument values.
 */
@FunctionalInterface
public interface ParameterisedDataSource {

  /**
   * Computes the input.
   *
   * @param rawData the system's raw-data stage
   * @param data the system's market data
   * @param instrument the instrument
   * @param args every declared argument: the rule's value where it passes one, otherwise the default
   * @return the series
   */
  TimeSeries get(RawData rawData, FuturesSimData data, InstrumentCode instrument, RuleArgs args);
}
