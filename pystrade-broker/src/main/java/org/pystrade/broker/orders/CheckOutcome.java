package org.pystrade.broker.orders;

import org.pystrade.core.domain.Quantity;
import org.pystrade.core.util.ArgChecker;

/**
 * A check that changed a strategy's trade.
 *
 * @param check the check
 * @param before the trade before it
 * @param after the trade after it
 * @param why the reason, for the record
 */
public record CheckOutcome(OrderCheck check, Quantity before, Quantity after, String why) {

  /**
   * Checks the arguments.
   *
   * @param check the check
   * @param before the trade before it
   * @param after the trade after it
   * @param why the reason, for the record
   */
  public CheckOutcome {
    ArgChecker.notNull(check, "check");
    ArgChecker.notNull(before, "before");
    ArgChecker.notNull(after, "after");
    ArgChecker.notBlank(why, "why");
  }

  @Override
  public String toString() {
    return check + ": " + before + " -> " + after + " (" + why + ")";
  }
}
