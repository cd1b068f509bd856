package org.pystrade.production.execution;

import java.time.Duration;
import java.util.Optional;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.Quote;
import org.pystrade.broker.orders.BrokerOrders;
import org.pystrade.core.domain.trading.TradingOrder;

/** Market orders. */
final class MarketAlgorithm implements ExecutionAlgorithm {

  static final String NAME = "market";
  static final MarketAlgorithm INSTANCE = new MarketAlgorithm();

  private MarketAlgorithm() {
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public OrderRequest firstRequest(TradingOrder brokerOrder, Quote quote) {
    return BrokerOrders.marketRequest(brokerOrder);
  }

  @Override
  public Optional<Duration> marketAfter() {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return NAME;
  }
}
