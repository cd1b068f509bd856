package org.pystrade.broker.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pystrade.broker.api.AccountSummary;
import org.pystrade.broker.api.BarSize;
import org.pystrade.broker.api.Broker;
import org.pystrade.broker.api.BrokerContract;
import org.pystrade.broker.api.BrokerErrors;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.ConnectionInfo;
import org.pystrade.broker.api.Fill;
import org.pystrade.broker.api.HistoryRequest;
import org.pystrade.broker.api.OrderEvent;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.OrderState;
import org.pystrade.broker.api.OrderStatus;
import org.pystrade.broker.api.PriceBars;
import org.pystrade.broker.api.Quote;
import org.pystrade.core.domain.ContractPosition;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;

/**
 * The contract every {@link Broker} meets: extend this class, say how to make your broker and what it trades, and
 * run it with JUnit 5. pystrade runs it against its simulated broker and against its IB client talking to the fake
 * TWS server.
 */
public abstract class BrokerConformance {

  /** How long a test waits for a broker's answer or event. */
  protected static final Duration WAIT = Duration.ofSeconds(5);

  private Broker broker;
  private EventRecorder recorder;
  private int refs;

  /**
   * A new broker, not yet connected; closed after each test.
   *
   * @return the broker
   */
  protected abstract Broker newBroker();

  /**
   * A contract the broker knows, quotes, has daily history for, and fills market orders in.
   *
   * @return the contract
   */
  protected abstract FuturesContract tradedContract();

  /**
   * The end of a period the broker has daily history for, of at least 5 days before it.
   *
   * @return the end
   */
  protected abstract Instant historyEnd();

  /**
   * A quantity of {@link #tradedContract()} the broker rejects (above its size limit, say).
   *
   * @return the quantity
   */
  protected abstract Quantity rejectedQuantity();

  /**
   * A currency pair the broker quotes and trades.
   *
   * @return EURUSD unless overridden
   */
  protected FxPair fxPair() {
    return FxPair.of("EURUSD");
  }

  /**
   * Lets the market move on after orders were placed, so that they can fill: a simulated broker advances its clock;
   * a live or fake broker needs nothing.
   *
   * @param b the broker
   */
  protected void marketMoves(Broker b) {
  }

  /**
   * The broker under test, connected.
   *
   * @return the broker
   */
  protected final Broker broker() {
    return broker;
  }

  /** Makes and connects the broker. */
  @BeforeEach
  final void connectBroker() {
    broker = newBroker();
    recorder = new EventRecorder();
    broker.subscribe(recorder);
    Result<ConnectionInfo> info = await(broker.connect());
    assertThat(info.isOk()).as("connect: %s", info).isTrue();
  }

  /** Closes the broker. */
  @AfterEach
  final void closeBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  /**
   * Waits for a broker answer.
   *
   * @param future the answer
   * @param <T> its type
   * @return the result
   */
  protected static <T> Result<T> await(CompletableFuture<Result<T>> future) {
    try {
      return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception ex) {
      throw new AssertionError("no answer within " + WAIT, ex);
    }
  }

  private ClientOrderRef newRef() {
    return ClientOrderRef.of("conf-" + getClass().getSimpleName().hashCode() + "-" + System.nanoTime() + "-"
        + (++refs));
  }

  private double position(FuturesContract c) {
    Result<List<ContractPosition>> p = await(broker.positions());
    assertThat(p.isOk()).as("positions: %s", p).isTrue();
    return p.value().stream().filter(x -> x.contract().equals(c)).mapToDouble(x -> x.quantity().value()).sum();
  }

  @Test
  void connectReportsAccountsAndIsHealthy() {
    assertThat(broker.health().isReady()).isTrue();
    Result<AccountSummary> account = await(broker.account());
    assertThat(account.isOk()).as("account: %s", account).isTrue();
    assertThat(account.value().account()).isNotBlank();
    assertThat(account.value().cash()).isNotEmpty();
  }

  @Test
  void resolvesAKnownContract() {
    Result<BrokerContract> c = await(broker.resolve(tradedContract()));
    assertThat(c.isOk()).as("resolve: %s", c).isTrue();
    assertThat(c.value().contract()).isEqualTo(tradedContract());
    assertThat(c.value().symbol()).isNotBlank();
    assertThat(c.value().pointSize()).isPositive();
    assertThat(c.value().lastTradeDate().getYear()).isEqualTo(tradedContract().date().year());
  }

  @Test
  void anUnknownContractIsAFailureValue() {
    Result<BrokerContract> c = await(broker.resolve(FuturesContract.of("NO_SUCH_INSTRUMENT", "20250300")));
    assertThat(c.isOk()).isFalse();
    assertThat(c.failure().code()).isIn(ReasonCode.NO_CONFIGURATION, ReasonCode.NO_SUCH_CONTRACT);
  }

  @Test
  void quotesHaveTheBidAtOrBelowTheAsk() {
    Result<Quote> q = await(broker.quote(tradedContract()));
    assertThat(q.isOk()).as("quote: %s", q).isTrue();
    assertThat(q.value().bid()).isLessThanOrEqualTo(q.value().ask());
    assertThat(q.value().bidSize()).isPositive();
    Result<Quote> fx = await(broker.fxQuote(fxPair()));
    assertThat(fx.isOk()).as("fx quote: %s", fx).isTrue();
    assertThat(fx.value().bid()).isPositive().isLessThanOrEqualTo(fx.value().ask());
  }

  @Test
  void dailyHistoryIsInIncreasingTimeAndBecomesContractPrices() {
    HistoryRequest r = HistoryRequest.of(tradedContract(), BarSize.ONE_DAY, Duration.ofDays(30), historyEnd());
    Result<PriceBars> bars = await(broker.history(r));
    assertThat(bars.isOk()).as("history: %s", bars).isTrue();
    assertThat(bars.value().bars()).isNotEmpty();
    assertThat(bars.value().bars()).allSatisfy(b -> assertThat(b.start()).isBetween(r.start(), r.end()));
    assertThat(await(broker.contractPrices(r)).value().size()).isEqualTo(bars.value().bars().size());
  }

  @Test
  void aMarketOrderFillsAndMovesThePosition() {
    double before = position(tradedContract());
    ClientOrderRef ref = newRef();
    Result<OrderState> ack = await(broker.place(OrderRequest.market(ref, tradedContract(), Quantity.of(2))));
    assertThat(ack.isOk()).as("place: %s", ack).isTrue();
    assertThat(ack.value().status()).isNotEqualTo(OrderStatus.PENDING_SUBMIT);
    marketMoves(broker);
    OrderState filled = recorder.awaitState(ref, s -> s.status() == OrderStatus.FILLED, WAIT);
    assertThat(filled.filled()).isEqualTo(Quantity.of(2));
    assertThat(filled.averageFillPrice()).isFinite();
    awaitFills(ref, 2);
    List<Fill> fills = recorder.fills(ref);
    assertThat(fills.stream().mapToDouble(f -> f.quantity().value()).sum()).isEqualTo(2.0);
    assertThat(fills).allSatisfy(f -> assertThat(f.commission().amount()).isNotNegative());
    assertThat(fills.stream().map(Fill::executionId).distinct().count()).isEqualTo(fills.size());
    assertThat(position(tradedContract())).isEqualTo(before + 2);
    Result<List<Fill>> all = await(broker.fills());
    assertThat(all.value().stream().filter(f -> f.ref().equals(ref)).mapToDouble(f -> f.quantity().value()).sum())
        .isEqualTo(2.0);
  }

  private void awaitFills(ClientOrderRef ref, double total) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (recorder.fills(ref).stream().mapToDouble(f -> f.quantity().value()).sum() != total) {
      assertThat(System.nanoTime()).as("fills of %s summing to %s; events %s", ref, total, recorder.events())
          .isLessThan(deadline);
      Thread.onSpinWait();
      try {
        Thread.sleep(2);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void placingAgainUnderTheSameReferenceSendsNothing() {
    ClientOrderRef ref = newRef();
    OrderRequest r = OrderRequest.market(ref, tradedContract(), Quantity.of(-1));
    Result<OrderState> first = await(broker.place(r));
    assertThat(first.isOk()).as("place: %s", first).isTrue();
    marketMoves(broker);
    recorder.awaitState(ref, s -> s.status() == OrderStatus.FILLED, WAIT);
    Result<OrderState> again = await(broker.place(r));
    assertThat(again.isOk()).isTrue();
    assertThat(again.value().orderId()).isEqualTo(first.value().orderId());
    assertThat(again.value().status()).isEqualTo(OrderStatus.FILLED);
    marketMoves(broker);
    awaitFills(ref, -1);
    assertThat(await(broker.fills()).value().stream().filter(f -> f.ref().equals(ref)).count()).isEqualTo(1);
    assertThat(broker.order(ref)).map(OrderState::orderId).contains(first.value().orderId());
  }

  @Test
  void aRejectReachesTheCallerAsAValue() {
    ClientOrderRef ref = newRef();
    Result<OrderState> r = await(broker.place(OrderRequest.market(ref, tradedContract(), rejectedQuantity())));
    assertThat(r.isOk()).isFalse();
    Failure f = r.failure();
    assertThat(f.code()).isEqualTo(ReasonCode.BROKER_REJECTED);
    assertThat(BrokerErrors.brokerCode(f)).isPresent();
    OrderState s = recorder.awaitState(ref, x -> x.status() == OrderStatus.REJECTED, WAIT);
    assertThat(s.rejection()).isPresent();
  }

  @Test
  void aLimitOrderAwayFromTheMarketCanBeModifiedAndCancelled() {
    Quote q = await(broker.quote(tradedContract())).value();
    double limit = Math.floor(q.bid() * 0.5);
    ClientOrderRef ref = newRef();
    Result<OrderState> ack = await(broker.place(OrderRequest.limit(ref, tradedContract(), Quantity.of(3), limit)));
    assertThat(ack.isOk()).as("place: %s", ack).isTrue();
    assertThat(ack.value().status()).isEqualTo(OrderStatus.SUBMITTED);
    marketMoves(broker);
    assertThat(await(broker.openOrders()).value()).extracting(OrderState::ref).contains(ref);
    Result<OrderState> modified = await(broker.modify(ref, Quantity.of(4), limit - 1));
    assertThat(modified.isOk()).as("modify: %s", modified).isTrue();
    assertThat(modified.value().request().quantity()).isEqualTo(Quantity.of(4));
    assertThat(modified.value().request().limitPrice()).isEqualTo(limit - 1);
    Result<OrderState> cancelled = await(broker.cancel(ref));
    assertThat(cancelled.isOk()).as("cancel: %s", cancelled).isTrue();
    assertThat(cancelled.value().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(await(broker.openOrders()).value()).extracting(OrderState::ref).doesNotContain(ref);
    Result<OrderState> again = await(broker.cancel(ref));
    assertThat(again.isOk()).isFalse();
    assertThat(again.failure().code()).isEqualTo(ReasonCode.BROKER_REJECTED);
  }

  @Test
  void anFxTradeFills() {
    ClientOrderRef ref = newRef();
    Result<OrderState> ack = await(broker.place(OrderRequest.fx(ref, fxPair(), Quantity.of(10_000))));
    assertThat(ack.isOk()).as("place fx: %s", ack).isTrue();
    marketMoves(broker);
    OrderState s = recorder.awaitState(ref, x -> x.status() == OrderStatus.FILLED, WAIT);
    assertThat(s.averageFillPrice()).isPositive();
    assertThat(recorder.events()).anySatisfy(e -> assertThat(e).isInstanceOf(OrderEvent.Filled.class));
  }

  @Test
  void callsAfterDisconnectFailAsDisconnected() {
    broker.disconnect();
    Result<OrderState> r = await(broker.place(OrderRequest.market(newRef(), tradedContract(), Quantity.of(1))));
    assertThat(r.isOk()).isFalse();
    assertThat(r.failure().code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
    assertThat(broker.health().isReady()).isFalse();
  }
}
