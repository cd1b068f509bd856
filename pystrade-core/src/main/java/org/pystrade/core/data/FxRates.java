package org.pystrade.core.data;

import java.time.LocalDate;
import java.util.Arrays;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/**
 * FX helpers shared by data implementations: the unit rate for a currency against itself and cross rates through
 * a common quote currency.
 */
public final class FxRates {

  private static final TimeSeries UNIT = buildUnit();

  private FxRates() {
  }

  private static TimeSeries buildUnit() {
    // every business day from 1900 to 2100, as pysystemtrade's default series of ones
    long start = LocalDate.of(1900, 1, 1).toEpochDay();
    long end = LocalDate.of(2100, 12, 31).toEpochDay();
    long[] tmp = new long[(int) (end - start + 1)];
    int k = 0;
    int dow = Timestamps.dayOfWeek(start);
    for (long d = start; d <= end; d++) {
      if (dow <= 4) { // Monday to Friday, as Timestamps.isBusinessDay
        tmp[k++] = d * Timestamps.SECONDS_PER_DAY;
      }
      dow = dow == 6 ? 0 : dow + 1;
    }
    return TimeSeries.constant(Arrays.copyOf(tmp, k), 1.0);
  }

  /**
   * A constant rate of 1 on every business day from 1900 to 2100.
   *
   * @return the unit series
   */
  public static TimeSeries unitSeries() {
    return UNIT;
  }

  /**
   * The cross rate {@code a / b} where both are quoted in a common currency: with {@code a} = value of X in USD
   * and {@code b} = value of Y in USD, the result is the value of X in Y. Aligned on the union of timestamps with
   * each side forward-filled (pysystemtrade's cross), NaN where either side has no value yet.
   *
   * @param a value of X in the common currency
   * @param b value of Y in the common currency
   * @return value of X in Y
   */
  public static TimeSeries cross(TimeSeries a, TimeSeries b) {
    long[] idx = Index.union(a.timesView(), b.timesView());
    TimeSeries fa = a.reindexPad(idx).ffill();
    TimeSeries fb = b.reindexPad(idx).ffill();
    return fa.dividedBy(fb);
  }
}
