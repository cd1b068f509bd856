package org.pystrade.production.execution;

import java.time.Duration;
import java.util.Optional;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.Quote;
import org.pystrade.broker.orders.BrokerOrders;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.util.ArgChecker;

/** A limit at the touch, then market after a timeout. */
final class OriginalBestAlgorithm implements ExecutionAlgorithm {

  static final String NAME = "original-best";
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  private final Duration timeout;

  OriginalBestAlgorithm(Duration timeout) {
    ArgChecker.notNull(timeout, "timeout");
    ArgChecker.isTrue(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive but was {}", timeout);
    this.timeout = timeout;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public OrderRequest firstRequest(TradingOrder brokerOrder, Quote quote) {
    ArgChecker.notNull(quote, "quote");
    double touch = brokerOrder.quantity().signum() > 0 ? quote.bid() : quote.ask();
    return BrokerOrders.limitRequest(brokerOrder, touch);
  }

  @Override
  public Optional<Duration> marketAfter() {
    return Optional.of(timeout);
  }

  @Override
  public String toString() {
    return NAME + "(" + timeout + ")";
  }
}
