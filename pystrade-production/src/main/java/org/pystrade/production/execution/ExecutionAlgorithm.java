package org.pystrade.production.execution;

import java.time.Duration;
import java.util.Optional;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.Quote;
import org.pystrade.core.domain.trading.TradingOrder;

/**
 * How a broker order is worked: the first request sent for it, and how long that request may work before what is
 * left of it is sent as a market order.
 */
public interface ExecutionAlgorithm {

  /**
   * The algorithm's name, archived with each order it worked.
   *
   * @return the name
   */
  String name();

  /**
   * The first request of a stored broker order.
   *
   * @param brokerOrder the broker order, stored with its client order reference
   * @param quote the contract's quote when it is submitted
   * @return the request
   */
  OrderRequest firstRequest(TradingOrder brokerOrder, Quote quote);

  /**
   * How long the first request works before the rest goes to market.
   *
   * @return the timeout, or empty when the first request works until the end of the day
   */
  Optional<Duration> marketAfter();

  /**
   * Market orders: filled at once at the best price the market gives.
   *
   * @return the algorithm
   */
  static ExecutionAlgorithm market() {
    return MarketAlgorithm.INSTANCE;
  }

  /**
   * pysystemtrade's "original best" ({@code sysexecution/algos/algo_original_best.py}), simplified: a limit order at
   * the touch (the bid for a buy, the ask for a sell), and after {@code timeout} what is left of it at market.
   *
   * @param timeout how long the passive limit works (pysystemtrade: five minutes)
   * @return the algorithm
   */
  static ExecutionAlgorithm originalBest(Duration timeout) {
    return new OriginalBestAlgorithm(timeout);
  }

  /**
   * The algorithm of a name: {@code market} or {@code original-best} (five minutes).
   *
   * @param name the name
   * @return the algorithm
   * @throws IllegalArgumentException for another name
   */
  static ExecutionAlgorithm named(String name) {
    switch (name) {
      case MarketAlgorithm.NAME:
        return market();
      case OriginalBestAlgorithm.NAME:
        return originalBest(OriginalBestAlgorithm.DEFAULT_TIMEOUT);
      default:
        throw new IllegalArgumentException("unknown execution algorithm '" + name + "': use "
            + MarketAlgorithm.NAME + " or " + OriginalBestAlgorithm.NAME);
    }
  }
}
