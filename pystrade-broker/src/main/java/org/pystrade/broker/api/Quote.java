package org.pystrade.broker.api;

import java.time.Instant;
import org.pystrade.core.util.ArgChecker;

/**
 * A snapshot of the market in a contract or currency pair, in pystrade's price units. A price the broker did not
 * send is NaN, a size it did not send is NaN.
 *
 * @param tradable what is quoted
 * @param bid the best bid
 * @param ask the best ask
 * @param bidSize the size at the bid
 * @param askSize the size at the ask
 * @param last the last traded price
 * @param time when the snapshot was taken
 */
public record Quote(Tradable tradable, double bid, double ask, double bidSize, double askSize, double last,
    Instant time) {

  /**
   * Checks that the tradable and time are given and no number is infinite.
   *
   * @param tradable what is quoted
   * @param bid the best bid
   * @param ask the best ask
   * @param bidSize the size at the bid
   * @param askSize the size at the ask
   * @param last the last traded price
   * @param time when the snapshot was taken
   */
  public Quote {
    ArgChecker.notNull(tradable, "tradable");
    ArgChecker.notNull(time, "time");
    for (double d : new double[] {bid, ask, bidSize, askSize, last}) {
      ArgChecker.isTrue(!Double.isInfinite(d), "quote of {} has an infinite value", tradable.id());
    }
  }

  /**
   * The mid price.
   *
   * @return (bid + ask) / 2, NaN if either is missing
   */
  public double mid() {
    return (bid + ask) / 2;
  }
}
