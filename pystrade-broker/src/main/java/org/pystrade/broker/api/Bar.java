package org.pystrade.broker.api;

import java.time.Instant;
import org.pystrade.core.util.ArgChecker;

/**
 * One price bar, in pystrade's price units.
 *
 * @param start when the bar starts (a daily bar: midnight UTC of its trading date)
 * @param open the first price
 * @param high the highest price
 * @param low the lowest price
 * @param close the last price
 * @param volume the contracts traded, &gt;= 0, NaN when unknown
 */
public record Bar(Instant start, double open, double high, double low, double close, double volume) {

  /**
   * Checks that the time is given and the prices are finite.
   *
   * @param start when the bar starts (a daily bar: midnight UTC of its trading date)
   * @param open the first price
   * @param high the highest price
   * @param low the lowest price
   * @param close the last price
   * @param volume the contracts traded, &gt;= 0, NaN when unknown
   */
  public Bar {
    ArgChecker.notNull(start, "start");
    ArgChecker.isTrue(Double.isFinite(open) && Double.isFinite(high) && Double.isFinite(low)
        && Double.isFinite(close), "bar at {} has a price that is not finite", start);
    ArgChecker.isTrue(Double.isNaN(volume) || volume >= 0, "bar at {} has a negative volume {}", start, volume);
  }
}
