package org.pystrade.broker.orders;

import java.time.Instant;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.Fill;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.Tradable;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.util.ArgChecker;

/**
 * Broker orders between the order stacks and the {@link org.pystrade.broker.api.Broker} interface: the child of a
 * contract order with its client order reference, the request sent for it and the fill booked from the broker's.
 *
 * <p>A client order reference is derived from the contract order's id and the attempt number only
 * ({@code pst-CONTRACTORDERID-ATTEMPT}), never from a clock or a random number: after a crash the same broker order
 * gets the same reference, so the store (where references are unique) and the broker's open orders tell whether it
 * was sent already, and it is never sent twice.
 */
public final class BrokerOrders {

  private BrokerOrders() {
  }

  /**
   * The client order reference of an attempt at a contract order.
   *
   * @param contractOrder the contract order, stored
   * @param attempt the attempt, from 1
   * @return the reference
   */
  public static ClientOrderRef clientRef(TradingOrder contractOrder, int attempt) {
    ArgChecker.notNull(contractOrder, "contractOrder");
    ArgChecker.isTrue(contractOrder.level() == OrderLevel.CONTRACT && contractOrder.id() > 0,
        "broker orders are children of a stored contract order, not {}", contractOrder);
    ArgChecker.positive(attempt, "attempt");
    return ClientOrderRef.of("pst-" + contractOrder.id() + "-" + attempt);
  }

  /**
   * The broker order of an attempt at a contract order, to store before it is sent.
   *
   * @param contractOrder the contract order, stored and open
   * @param quantity the quantity, of the contract order's sign and not beyond what remains of it
   * @param attempt the attempt, from 1
   * @param now when it is created
   * @return the broker order
   */
  public static TradingOrder child(TradingOrder contractOrder, Quantity quantity, int attempt, Instant now) {
    ClientOrderRef ref = clientRef(contractOrder, attempt);
    ArgChecker.isTrue(contractOrder.status().isActive(), "contract order {} is {}", contractOrder.id(),
        contractOrder.status());
    ArgChecker.notNull(quantity, "quantity");
    ArgChecker.isTrue(quantity.signum() == contractOrder.quantity().signum()
        && quantity.abs().compareTo(contractOrder.remaining().abs()) <= 0,
        "broker order of {} must have the sign of contract order {} and not go beyond its remaining {}", quantity,
        contractOrder.id(), contractOrder.remaining());
    return TradingOrder.builder(OrderLevel.BROKER, contractOrder.strategy(), contractOrder.instrument(), quantity)
        .parent(contractOrder.id()).contract(contractOrder.contract()).clientRef(ref.value()).created(now)
        .comment("attempt " + attempt).build();
  }

  /**
   * The market order request of a stored broker order.
   *
   * @param brokerOrder the broker order
   * @return the request, for what remains of it
   */
  public static OrderRequest marketRequest(TradingOrder brokerOrder) {
    checkBroker(brokerOrder);
    return OrderRequest.market(ClientOrderRef.of(brokerOrder.clientRef()), brokerOrder.contract(),
        brokerOrder.remaining());
  }

  /**
   * The limit order request of a stored broker order.
   *
   * @param brokerOrder the broker order
   * @param limitPrice the limit price
   * @return the request, for what remains of it
   */
  public static OrderRequest limitRequest(TradingOrder brokerOrder, double limitPrice) {
    checkBroker(brokerOrder);
    return OrderRequest.limit(ClientOrderRef.of(brokerOrder.clientRef()), brokerOrder.contract(),
        brokerOrder.remaining(), limitPrice);
  }

  /**
   * The fill to book for a broker's fill of a stored broker order.
   *
   * @param fill the broker's fill
   * @param brokerOrder the broker order it fills
   * @return the fill record, with id 0
   * @throws IllegalArgumentException if the fill's reference or contract is not the order's
   */
  public static FillRecord fillRecord(Fill fill, TradingOrder brokerOrder) {
    checkBroker(brokerOrder);
    ArgChecker.notNull(fill, "fill");
    ArgChecker.isTrue(fill.ref().value().equals(brokerOrder.clientRef()), "fill {} of {} is not of order {}",
        fill.executionId(), fill.ref(), brokerOrder.clientRef());
    ArgChecker.isTrue(fill.tradable().equals(Tradable.future(brokerOrder.contract())),
        "fill {} of {} is not in {}", fill.executionId(), fill.tradable().id(), brokerOrder.contract());
    return FillRecord.of(brokerOrder.id(), fill.executionId(), fill.quantity(), fill.price(), fill.time(),
        fill.commission());
  }

  private static void checkBroker(TradingOrder brokerOrder) {
    ArgChecker.notNull(brokerOrder, "brokerOrder");
    ArgChecker.isTrue(brokerOrder.level() == OrderLevel.BROKER && brokerOrder.id() > 0,
        "a stored broker order is needed, not {}", brokerOrder);
  }
}
