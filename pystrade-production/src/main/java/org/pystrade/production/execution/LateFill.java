package org.pystrade.production.execution;

import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.util.ArgChecker;

/**
 * A fill the broker reported for a broker order that had been ended already (cancelled, rejected, or ended as never
 * having reached the broker): booked on that order all the same
 * ({@link org.pystrade.data.production.ProductionStore#bookLateFill}), which, with its contract and instrument
 * orders, then has the status its fills say, so that the orders and the positions are the broker's.
 *
 * @param executionId the broker's execution id
 * @param clientRef the client order reference of the broker order
 * @param bookedOn the id of the broker order the fill is booked on: the order that had been ended
 * @param endedAs the order's status when the fill came
 * @param status the order's status once the fill is booked (completed if it filled all of it, else ended)
 * @param filled the order's filled quantity once the fill is booked
 * @param contract the contract
 * @param quantity the signed quantity filled
 * @param price the price
 */
public record LateFill(String executionId, String clientRef, long bookedOn, OrderStatus endedAs,
    OrderStatus status, Quantity filled, FuturesContract contract, Quantity quantity, double price) {

  /**
   * Checks the arguments.
   *
   * @param executionId the broker's execution id
   * @param clientRef the client order reference of the broker order
   * @param bookedOn the id of the broker order the fill is booked on: the order that had been ended
   * @param endedAs the order's status when the fill came
   * @param status the order's status once the fill is booked (completed if it filled all of it, else ended)
   * @param filled the order's filled quantity once the fill is booked
   * @param contract the contract
   * @param quantity the signed quantity filled
   * @param price the price
   */
  public LateFill {
    ArgChecker.notBlank(executionId, "executionId");
    ArgChecker.notBlank(clientRef, "clientRef");
    ArgChecker.isTrue(bookedOn > 0, "order id must be positive: {}", bookedOn);
    ArgChecker.notNull(endedAs, "endedAs");
    ArgChecker.isTrue(!endedAs.isActive(), "a late fill is of an ended order, not of an {} one", endedAs);
    ArgChecker.notNull(status, "status");
    ArgChecker.isTrue(!status.isActive(), "an ended order stays ended, not {}", status);
    ArgChecker.notNull(filled, "filled");
    ArgChecker.notNull(contract, "contract");
    ArgChecker.notNull(quantity, "quantity");
    ArgChecker.isTrue(quantity.isWhole() && !quantity.isZero(), "fill quantity must be whole, not zero: {}",
        quantity);
    ArgChecker.isTrue(Double.isFinite(price), "fill price must be finite but was {}", price);
  }
}
