package org.pystrade.core.testing;

import java.util.HashMap;
import java.util.Map;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;

/** Series given per (method, instrument) to a fixed stage; one that was not given is a {@link DataException}. */
final class GivenSeries {

  private final Map<String, TimeSeries> series = new HashMap<>();

  void put(String method, Object key, TimeSeries s) {
    series.put(method + "/" + key, s);
  }

  TimeSeries get(String method, Object key) {
    TimeSeries s = series.get(method + "/" + key);
    if (s == null) {
      throw notGiven(method, key);
    }
    return s;
  }

  static DataException notGiven(String method, Object key) {
    return new DataException(ReasonCode.MISSING_DATA, "test data has no " + method + " for " + key);
  }
}
