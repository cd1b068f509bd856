package org.pystrade.data.production;

import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.util.ArgChecker;

/**
 * How a fill changed an order otherwise than a fill of open orders within their quantities, for the audit: a late
 * fill ({@link ProductionStore#bookLateFill}) changes its broker order, which had been ended, and that order's
 * contract and instrument orders; a fill that goes beyond a contract or instrument order's quantity (another broker
 * order of it filled as well) fills that order up to its quantity only.
 *
 * @param fillId the fill (its store id)
 * @param orderId the order changed (its store id)
 * @param cause why the order was changed so
 * @param statusBefore the order's status before the fill
 * @param statusAfter the order's status after the fill: the status its fills say
 * @param filledBefore the order's filled quantity before the fill
 * @param filledAfter the order's filled quantity after the fill
 * @param beyond what of the fill went beyond the order's quantity, not counted in its filled quantity (zero if
 *     none); never beyond a broker order's
 */
public record OrderAmendment(long fillId, long orderId, Cause cause, OrderStatus statusBefore,
    OrderStatus statusAfter, Quantity filledBefore, Quantity filledAfter, Quantity beyond) {

  /** Why a fill changed an order otherwise than a fill of an open order. */
  public enum Cause {
    /**
     * The fill came after its broker order (or this order) was ended: booked on it and its ancestors all the same.
     */
    LATE_FILL,
    /** The fill, of an open broker order, went beyond the quantity of the order (an ancestor of it). */
    BEYOND_QUANTITY
  }

  /**
   * Checks the arguments.
   *
   * @param fillId the fill (its store id)
   * @param orderId the order changed (its store id)
   * @param cause why the order was changed so
   * @param statusBefore the order's status before the fill
   * @param statusAfter the order's status after the fill: the status its fills say
   * @param filledBefore the order's filled quantity before the fill
   * @param filledAfter the order's filled quantity after the fill
   * @param beyond what of the fill went beyond the order's quantity, not counted in its filled quantity (zero if
   *     none); never beyond a broker order's
   */
  public OrderAmendment {
    ArgChecker.isTrue(fillId > 0 && orderId > 0, "fill and order ids must be positive: {}, {}", fillId, orderId);
    ArgChecker.notNull(cause, "cause");
    ArgChecker.notNull(statusBefore, "statusBefore");
    ArgChecker.notNull(statusAfter, "statusAfter");
    ArgChecker.notNull(filledBefore, "filledBefore");
    ArgChecker.notNull(filledAfter, "filledAfter");
    ArgChecker.notNull(beyond, "beyond");
    ArgChecker.isTrue(filledBefore.isWhole() && filledAfter.isWhole() && beyond.isWhole(),
        "quantities must be whole: {}, {}, {}", filledBefore, filledAfter, beyond);
    ArgChecker.isTrue(cause == Cause.LATE_FILL || !beyond.isZero(),
        "an order amended for a fill beyond its quantity has something beyond it");
  }
}
