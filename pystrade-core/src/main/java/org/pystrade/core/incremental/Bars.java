package org.pystrade.core.incremental;

import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.series.TimeSeries;

/**
 * An instrument's new bars: adjusted prices, multiple prices and its FX rate into the base currency, each after the
 * last bar its series has.
 *
 * @param adjusted the adjusted-price bars
 * @param multiple the multiple-prices bars
 * @param fx the FX rates
 */
record Bars(TimeSeries adjusted, MultiplePrices multiple, TimeSeries fx) {

  /** No multiple-prices bar. */
  static final MultiplePrices NO_MULTIPLE = new MultiplePrices(TimeSeries.empty(), TimeSeries.empty(),
      TimeSeries.empty(), TimeSeries.empty(), TimeSeries.empty(), TimeSeries.empty());

  boolean hasAdjustedAfter(long time) {
    return !adjusted.isEmpty() && adjusted.time(adjusted.size() - 1) > time;
  }

  boolean hasFxAfter(long time) {
    return !fx.isEmpty() && fx.time(fx.size() - 1) > time;
  }

  boolean hasMultipleAfter(long time) {
    return multiple.size() > 0 && multiple.price().time(multiple.size() - 1) > time;
  }
}
