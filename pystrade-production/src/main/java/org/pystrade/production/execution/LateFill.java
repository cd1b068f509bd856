package org.pystrade.production.execution;

import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.util.ArgChecker;

/**
 * A fill the broker reported for a broker order that had been ended already (cancelled, rejected, or ended as never
 * having reached the broker): booked, but not on the ended order, which the store keeps as it was ended. It is booked
 * on a completed chain of its own (instrument, contract and broker order of the ended order's strategy, instrument
 * and contract, the broker order's reference {@code ENDEDREF-late-N}), so that the positions are the broker's.
 *
 * @param executionId the broker's execution id
 * @param clientRef the client order reference of the ended broker order
 * @param endedOrderId the ended broker order's id
 * @param endedAs the ended order's status when the fill came
 * @param contract the contract
 * @param quantity the signed quantity filled
 * @param price the price
 * @param bookedOn the id of the broker order the fill is booked on
 */
public record LateFill(String executionId, String clientRef, long endedOrderId, OrderStatus endedAs,
    FuturesContract contract, Quantity quantity, double price, long bookedOn) {

  /**
   * Checks the arguments.
   *
   * @param executionId the broker's execution id
   * @param clientRef the client order reference of the ended broker order
   * @param endedOrderId the ended broker order's id
   * @param endedAs the ended order's status when the fill came
   * @param contract the contract
   * @param quantity the signed quantity filled
   * @param price the price
   * @param bookedOn the id of the broker order the fill is booked on
   */
  public LateFill {
    ArgChecker.notBlank(executionId, "executionId");
    ArgChecker.notBlank(clientRef, "clientRef");
    ArgChecker.isTrue(endedOrderId > 0 && bookedOn > 0, "order ids must be positive: {}, {}", endedOrderId,
        bookedOn);
    ArgChecker.notNull(endedAs, "endedAs");
    ArgChecker.isTrue(!endedAs.isActive(), "a late fill is of an ended order, not of an {} one", endedAs);
    ArgChecker.notNull(contract, "contract");
    ArgChecker.notNull(quantity, "quantity");
    ArgChecker.isTrue(quantity.isWhole() && !quantity.isZero(), "fill quantity must be whole, not zero: {}",
        quantity);
    ArgChecker.isTrue(Double.isFinite(price), "fill price must be finite but was {}", price);
  }
}
