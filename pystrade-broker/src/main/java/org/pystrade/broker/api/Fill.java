package org.pystrade.broker.api;

import java.time.Instant;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.util.ArgChecker;

/**
 * One execution of an order. A broker may report an execution more than once (after a reconnection, or twice by
 * mistake): the execution id identifies it, and a broker client reports each id once.
 *
 * @param executionId the broker's execution id, non-blank
 * @param orderId the broker's order id
 * @param ref the caller's reference of the order
 * @param tradable what was traded
 * @param quantity signed: positive bought, negative sold; whole, not zero
 * @param price the price, in pystrade's price units, finite
 * @param time when it happened
 * @param commission the commission charged (a cost: positive)
 */
public record Fill(String executionId, long orderId, ClientOrderRef ref, Tradable tradable, Quantity quantity,
    double price, Instant time, Money commission) {

  /**
   * Checks every part.
   *
   * @param executionId the broker's execution id, non-blank
   * @param orderId the broker's order id
   * @param ref the caller's reference of the order
   * @param tradable what was traded
   * @param quantity signed: positive bought, negative sold; whole, not zero
   * @param price the price, in pystrade's price units, finite
   * @param time when it happened
   * @param commission the commission charged (a cost: positive)
   */
  public Fill {
    ArgChecker.notBlank(executionId, "executionId");
    ArgChecker.notNull(ref, "ref");
    ArgChecker.notNull(tradable, "tradable");
    ArgChecker.notNull(quantity, "quantity");
    ArgChecker.isTrue(quantity.isWhole() && !quantity.isZero(), "fill {} quantity must be whole, not zero: {}",
        executionId, quantity);
    ArgChecker.isTrue(Double.isFinite(price), "fill {} price must be finite but was {}", executionId, price);
    ArgChecker.notNull(time, "time");
    ArgChecker.notNull(commission, "commission");
  }
}
