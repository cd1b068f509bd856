package org.pystrade.broker.api;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.domain.ContractPosition;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.Result;

/**
 * A broker: connection, contracts, market data, orders, positions and account values.
 *
 * <p>Calls are asynchronous where a real broker is: they return a {@link CompletableFuture} that completes with a
 * {@link Result}, never exceptionally for a broker failure. A failure carries a
 * {@link org.pystrade.core.domain.ReasonCode} ({@code BROKER_REJECTED}, {@code NO_SUCH_CONTRACT}, {@code PACING},
 * {@code BROKER_DISCONNECTED}, {@code TIMEOUT}, ...) and, when the broker gave one, its own code
 * ({@link BrokerErrors#brokerCode}). Futures complete, and listeners are called, on the broker's callback executor.
 *
 * <p>Orders are identified by the caller's {@link ClientOrderRef}: placing an order under a reference the broker
 * already knows returns that order's state and sends nothing, so a retry is idempotent.
 */
public interface Broker extends AutoCloseable {

  /**
   * Connects.
   *
   * @return the server's version and the accounts, or why the connection failed
   */
  CompletableFuture<Result<ConnectionInfo>> connect();

  /**
   * Disconnects; pending requests fail with {@code BROKER_DISCONNECTED}. Does nothing when not connected.
   */
  void disconnect();

  /**
   * Disconnects and releases the broker's threads.
   */
  @Override
  void close();

  /**
   * The connection's health now.
   *
   * @return the health
   */
  Health health();

  /**
   * Resolves pystrade's contract to the broker's, from the broker config table and the broker's contract details.
   *
   * @param contract the contract
   * @return the broker's contract, or {@code NO_CONFIGURATION} (no row in the table) or {@code NO_SUCH_CONTRACT}
   */
  CompletableFuture<Result<BrokerContract>> resolve(FuturesContract contract);

  /**
   * Historical bars.
   *
   * @param request the contract, bar size and period
   * @return the bars, oldest first
   */
  CompletableFuture<Result<PriceBars>> history(HistoryRequest request);

  /**
   * Historical bars as pysystemtrade's contract prices, the form a data pipeline's price source needs.
   *
   * @param request the contract, bar size and period
   * @return the prices
   */
  default CompletableFuture<Result<ContractPrices>> contractPrices(HistoryRequest request) {
    return history(request).thenApply(r -> r.map(PriceBars::toContractPrices));
  }

  /**
   * A snapshot quote of a futures contract.
   *
   * @param contract the contract
   * @return bid, ask, their sizes and the last price
   */
  CompletableFuture<Result<Quote>> quote(FuturesContract contract);

  /**
   * A snapshot quote of a currency pair.
   *
   * @param pair the pair
   * @return bid, ask, their sizes and the last price
   */
  CompletableFuture<Result<Quote>> fxQuote(FxPair pair);

  /**
   * Places an order: futures or FX, market or limit. Completes when the broker acknowledged the order (its state
   * then SUBMITTED or later), with {@code BROKER_REJECTED} when the broker refused it, or with
   * {@code BROKER_DISCONNECTED} when the connection was lost before the acknowledgement (the order may then have
   * reached the broker: place it again under the same reference once reconnected, which sends it only if the broker
   * does not have it).
   *
   * @param request the order
   * @return the order's state
   */
  CompletableFuture<Result<OrderState>> place(OrderRequest request);

  /**
   * Modifies a working order's quantity and limit price.
   *
   * @param ref the order's reference
   * @param quantity the new signed total quantity
   * @param limitPrice the new limit price (NaN for a market order)
   * @return the order's state once the broker acknowledged the change
   */
  CompletableFuture<Result<OrderState>> modify(ClientOrderRef ref, Quantity quantity, double limitPrice);

  /**
   * Cancels a working order.
   *
   * @param ref the order's reference
   * @return the order's state once cancelled, or {@code BROKER_REJECTED} when it cannot be (already filled)
   */
  CompletableFuture<Result<OrderState>> cancel(ClientOrderRef ref);

  /**
   * The last known state of an order placed through this broker.
   *
   * @param ref the order's reference
   * @return the state, or empty for an unknown reference
   */
  Optional<OrderState> order(ClientOrderRef ref);

  /**
   * Registers a listener for every order status change and fill.
   *
   * @param listener the listener
   * @return the registration
   */
  Subscription subscribe(OrderListener listener);

  /**
   * The orders still working at the broker.
   *
   * @return their states
   */
  CompletableFuture<Result<List<OrderState>>> openOrders();

  /**
   * The fills of the day known to the broker, each execution once.
   *
   * @return the fills
   */
  CompletableFuture<Result<List<Fill>>> fills();

  /**
   * The positions per contract (non-zero only).
   *
   * @return the positions
   */
  CompletableFuture<Result<List<ContractPosition>>> positions();

  /**
   * The account's values: net liquidation, cash per currency, margin.
   *
   * @return the summary
   */
  CompletableFuture<Result<AccountSummary>> account();
}
