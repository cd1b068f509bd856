package org.pystrade.broker.api;

import java.util.Optional;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.util.ArgChecker;

/**
 * The state of an order at the broker.
 *
 * @param orderId the broker's id of the order (IB's order id), &gt; 0
 * @param request the order as last sent (a modification replaces it)
 * @param status where the order is
 * @param filled the signed quantity filled so far (same sign as the request, or zero)
 * @param averageFillPrice the average price of the fills, in pystrade's price units; NaN when nothing is filled
 * @param rejection why the broker refused or cancelled the order, when it said
 */
public record OrderState(long orderId, OrderRequest request, OrderStatus status, Quantity filled,
    double averageFillPrice, Optional<Failure> rejection) {

  /**
   * Checks every part.
   *
   * @param orderId the broker's id of the order (IB's order id), &gt; 0
   * @param request the order as last sent (a modification replaces it)
   * @param status where the order is
   * @param filled the signed quantity filled so far (same sign as the request, or zero)
   * @param averageFillPrice the average price of the fills, in pystrade's price units; NaN when nothing is filled
   * @param rejection why the broker refused or cancelled the order, when it said
   */
  public OrderState {
    ArgChecker.isTrue(orderId > 0, "order id must be > 0 but was {}", orderId);
    ArgChecker.notNull(request, "request");
    ArgChecker.notNull(status, "status");
    ArgChecker.notNull(filled, "filled");
    ArgChecker.notNull(rejection, "rejection");
    ArgChecker.isTrue(filled.isZero() || filled.signum() == request.quantity().signum(),
        "filled {} of order {} has the wrong sign for {}", filled, request.ref(), request.quantity());
  }

  /**
   * A new order, just sent.
   *
   * @param orderId the broker's id
   * @param request the order
   * @return the state: PENDING_SUBMIT, nothing filled
   */
  public static OrderState pending(long orderId, OrderRequest request) {
    return new OrderState(orderId, request, OrderStatus.PENDING_SUBMIT, Quantity.ZERO, Double.NaN, Optional.empty());
  }

  /**
   * The caller's reference.
   *
   * @return {@code request().ref()}
   */
  public ClientOrderRef ref() {
    return request.ref();
  }

  /**
   * The signed quantity still to fill.
   *
   * @return request quantity minus filled; zero once done
   */
  public Quantity remaining() {
    return status.isDone() ? Quantity.ZERO : request.quantity().minus(filled);
  }

  /**
   * The same order in another status.
   *
   * @param newStatus the status
   * @return the state
   */
  public OrderState withStatus(OrderStatus newStatus) {
    return new OrderState(orderId, request, newStatus, filled, averageFillPrice, rejection);
  }

  /**
   * The same order with its fills so far.
   *
   * @param newFilled signed quantity filled
   * @param newAverage average fill price
   * @return the state, its status PARTIALLY_FILLED or FILLED unless it is already done
   */
  public OrderState withFills(Quantity newFilled, double newAverage) {
    OrderStatus s = status;
    if (!status.isDone() || status == OrderStatus.FILLED) {
      s = newFilled.equals(request.quantity()) ? OrderStatus.FILLED
          : newFilled.isZero() ? status : OrderStatus.PARTIALLY_FILLED;
    }
    return new OrderState(orderId, request, s, newFilled, newAverage, rejection);
  }

  /**
   * The order refused or cancelled by the broker.
   *
   * @param newStatus REJECTED or CANCELLED
   * @param why the broker's reason
   * @return the state
   */
  public OrderState withRejection(OrderStatus newStatus, Failure why) {
    return new OrderState(orderId, request, newStatus, filled, averageFillPrice, Optional.of(why));
  }

  /**
   * The same order with a modified request.
   *
   * @param newRequest the order as modified, same reference
   * @return the state
   */
  public OrderState withRequest(OrderRequest newRequest) {
    ArgChecker.isTrue(newRequest.ref().equals(request.ref()), "a modification must keep the reference {}",
        request.ref());
    return new OrderState(orderId, newRequest, status, filled, averageFillPrice, rejection);
  }
}
