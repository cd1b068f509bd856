package org.pystrade.broker.sim;

import java.time.Instant;
import org.pystrade.core.util.ArgChecker;

/**
 * A price at a moment, in pystrade's price units.
 *
 * @param time the moment
 * @param price the price, finite
 */
public record PricePoint(Instant time, double price) {

  /**
   * Checks every part.
   *
   * @param time the moment
   * @param price the price, finite
   */
  public PricePoint {
    ArgChecker.notNull(time, "time");
    ArgChecker.isTrue(Double.isFinite(price), "price at {} must be finite but was {}", time, price);
  }
}
