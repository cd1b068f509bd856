package org.pystrade.production.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.broker.api.Broker;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.OrderType;
import org.pystrade.broker.orders.BrokerOrders;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;
import org.pystrade.core.domain.trading.ExecutionReport;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.data.SampleData;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;
import org.pystrade.production.TradingDay;
import org.pystrade.production.replay.SimulatedMarket;

/**
 * Execution against the real simulated broker over the sample data's prices: the original-best algorithm's limit
 * at the touch is cancelled at its timeout and the rest goes at market as the next attempt; broker orders left open
 * by a run that stopped are taken up by the next one, sent again only when the broker does not know them; a broker
 * order whose fate is unknown for a while (the connection being re-established) is neither ended nor doubled.
 */
class ExecutionTest {

  private static final InstrumentCode US10 = InstrumentCode.of("US10");
  private static final StrategyName STRATEGY = StrategyName.of("s");
  private static final LocalDate DAY = LocalDate.of(2021, 3, 1);
  private static final FuturesContract CONTRACT = FuturesContract.of("US10", "20210600");

  @TempDir
  Path dir;

  private SimulatedMarket market;
  private ProductionStore store;

  @BeforeEach
  void setUp() {
    market = SimulatedMarket.of(SampleData.open(), List.of(US10), Money.of(1_000_000, Currency.of("USD")),
        DAY.atStartOfDay().toInstant(ZoneOffset.UTC), DAY);
    store = ProductionStore.openIn(dir, WriteListener.NONE);
  }

  @AfterEach
  void tearDown() {
    store.close();
    market.broker().close();
  }

  private TradingOrder contractOrder(long quantity, Instant now) {
    TradingOrder parent = store.orders().insert(TradingOrder.builder(OrderLevel.INSTRUMENT, STRATEGY, US10,
        Quantity.ofWhole(quantity)).created(now).build());
    return store.orders().insert(TradingOrder.builder(OrderLevel.CONTRACT, STRATEGY, US10,
        Quantity.ofWhole(quantity)).parent(parent.id()).contract(CONTRACT).created(now).build());
  }

  /** A broker order of a contract order that a run before stored and sent (the simulated broker fills it). */
  private TradingOrder sentByTheRunBefore(TradingOrder contractOrder, Instant now) {
    TradingOrder brokerOrder = store.orders().insert(BrokerOrders.child(contractOrder, contractOrder.quantity(), 1,
        now));
    assertThat(market.broker().place(BrokerOrders.marketRequest(brokerOrder)).join().isOk()).isTrue();
    return brokerOrder;
  }

  private Execution execution(ExecutionAlgorithm algorithm) {
    return execution(market.broker(), algorithm);
  }

  private Execution execution(Broker broker, ExecutionAlgorithm algorithm) {
    return new Execution(store, broker, market.executionClock(), algorithm, Duration.ofSeconds(5));
  }

  /**
   * The simulated broker, but its first {@code times} calls of a method answer {@code BROKER_DISCONNECTED}, as IB's
   * client does while it reconnects.
   */
  private Broker disconnectedFirst(String method, int times) {
    Broker real = market.broker();
    AtomicInteger left = new AtomicInteger(times);
    return (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(), new Class<?>[] {Broker.class},
        (proxy, m, args) -> {
          if (m.getName().equals(method) && left.getAndDecrement() > 0) {
            return CompletableFuture.completedFuture(Result.err(ReasonCode.BROKER_DISCONNECTED,
                "not connected (reconnecting)"));
          }
          try {
            return m.invoke(real, args);
          } catch (InvocationTargetException ex) {
            throw ex.getCause();
          }
        });
  }

  private long brokerPosition() {
    return market.broker().positions().join().value().stream().filter(p -> p.contract().equals(CONTRACT))
        .mapToLong(p -> p.quantity().longValueExact()).sum();
  }

  @Test
  void originalBestCancelsItsLimitAtTheTimeoutAndSendsTheRestAtMarket() {
    TradingDay day = TradingDay.simulated(DAY);
    market.executionClock().waitUntil(day.submit());
    TradingOrder order = contractOrder(2, market.clock().instant());
    ExecutionOutcome outcome = execution(ExecutionAlgorithm.originalBest(Duration.ofMinutes(5)))
        .executeDay(day.close(), day.endOfDay());

    assertThat(outcome.brokerOrdersSent()).isEqualTo(2);
    List<TradingOrder> attempts = store.orders().children(order.id());
    assertThat(attempts).extracting(TradingOrder::clientRef).containsExactly(
        BrokerOrders.clientRef(order, 1).value(), BrokerOrders.clientRef(order, 2).value());
    assertThat(attempts.get(0).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(attempts.get(0).filled()).isEqualTo(Quantity.ZERO);
    assertThat(attempts.get(1).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(market.broker().order(BrokerOrders.clientRef(order, 1))).hasValueSatisfying(s -> {
      assertThat(s.request().type()).isEqualTo(OrderType.LIMIT);
      assertThat(s.request().limitPrice()).as("a buy at the bid").isLessThan(market.prices().price(CONTRACT, DAY)
          .orElseThrow());
    });
    assertThat(market.broker().order(BrokerOrders.clientRef(order, 2))).hasValueSatisfying(s ->
        assertThat(s.request().type()).isEqualTo(OrderType.MARKET));
    assertThat(outcome.reports()).extracting(ExecutionReport::algorithm).contains("original-best");
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(2));
    assertThat(store.orders().get(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  void aRestartTakesUpTheBrokerOrdersOfTheRunBeforeAndSendsOnlyThoseTheBrokerDoesNotKnow() {
    TradingDay day = TradingDay.simulated(DAY);
    market.executionClock().waitUntil(day.submit());
    Instant now = market.clock().instant();
    // the run before stored two broker orders, sent the first and stopped
    TradingOrder sent = contractOrder(3, now);
    TradingOrder brokerSent = sentByTheRunBefore(sent, now);
    TradingOrder notSent = contractOrder(-1, now);
    TradingOrder brokerNotSent = store.orders().insert(BrokerOrders.child(notSent, notSent.quantity(), 1, now));
    assertThat(market.broker().order(ClientOrderRef.of(brokerNotSent.clientRef()))).isEmpty();

    ExecutionOutcome outcome = execution(ExecutionAlgorithm.market()).executeDay(day.close(), day.endOfDay());

    assertThat(outcome.brokerOrdersSent()).as("only the order the broker did not know").isEqualTo(1);
    assertThat(store.orders().children(sent.id())).singleElement().satisfies(o -> {
      assertThat(o.clientRef()).isEqualTo(brokerSent.clientRef());
      assertThat(o.status()).isEqualTo(OrderStatus.COMPLETED);
    });
    assertThat(store.orders().children(notSent.id())).singleElement().satisfies(o -> {
      assertThat(o.clientRef()).isEqualTo(brokerNotSent.clientRef());
      assertThat(o.status()).isEqualTo(OrderStatus.COMPLETED);
    });
    assertThat(store.fills().ofOrder(brokerSent.id())).hasSize(1);
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(2));
    assertThat(store.positions().instrumentPosition(STRATEGY, US10)).isEqualTo(Quantity.ofWhole(2));

    // a third run finds nothing open and sends nothing
    ExecutionOutcome again = execution(ExecutionAlgorithm.market()).executeDay(day.endOfDay(), day.endOfDay());
    assertThat(again.brokerOrdersSent()).isZero();
    assertThat(again.fillsBooked()).isZero();
  }

  @Test
  void aBrokerOrderLeftOpenThatCannotBeTakenUpYetIsKeptNotEndedNorSentAgainAndItsFillIsBooked() {
    TradingDay day = TradingDay.simulated(DAY);
    market.executionClock().waitUntil(day.submit());
    // the run before sent a broker order (the broker filled it) and stopped before it heard back
    TradingOrder order = contractOrder(3, market.clock().instant());
    TradingOrder brokerOrder = sentByTheRunBefore(order, market.clock().instant());

    // the first quote, to take it up, fails: the client is still reconnecting
    ExecutionOutcome outcome = execution(disconnectedFirst("quote", 1), ExecutionAlgorithm.market())
        .executeDay(day.close(), day.endOfDay());

    assertThat(outcome.brokerOrdersSent()).as("no second order for the same contract order").isZero();
    assertThat(store.orders().children(order.id())).singleElement().satisfies(o -> {
      assertThat(o.clientRef()).isEqualTo(brokerOrder.clientRef());
      assertThat(o.status()).as("taken up once the broker answered, not ended").isEqualTo(OrderStatus.COMPLETED);
    });
    assertThat(store.fills().ofOrder(brokerOrder.id())).hasSize(1);
    assertThat(brokerPosition()).isEqualTo(3);
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(3));
    assertThat(outcome.failures()).anySatisfy(f -> {
      assertThat(f.code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
      assertThat(f.message()).contains(brokerOrder.clientRef(), "kept open to be taken up");
    });
  }

  @Test
  void aLimitWhoseCancellationGotNoAnswerIsNotFollowedByAMarketOrderForTheSameQuantity() {
    TradingDay day = TradingDay.simulated(DAY);
    market.executionClock().waitUntil(day.submit());
    TradingOrder order = contractOrder(2, market.clock().instant());

    // the limit's cancellation at the timeout gets no answer: the limit may still be working at the broker
    ExecutionOutcome outcome = execution(disconnectedFirst("cancel", 1),
        ExecutionAlgorithm.originalBest(Duration.ofMinutes(5))).executeDay(day.close(), day.endOfDay());

    assertThat(outcome.brokerOrdersSent()).as("only the limit").isEqualTo(1);
    assertThat(store.orders().children(order.id())).singleElement().satisfies(o ->
        assertThat(o.status()).as("cancelled at the end of the day, once the broker answered")
            .isEqualTo(OrderStatus.CANCELLED));
    assertThat(market.broker().order(BrokerOrders.clientRef(order, 1))).hasValueSatisfying(s ->
        assertThat(s.status().isDone()).isTrue());
    assertThat(market.broker().order(BrokerOrders.clientRef(order, 2))).isEmpty();
    assertThat(brokerPosition()).isZero();
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ZERO);
  }

  @Test
  void anOrderWhoseFillsCannotBeReadWhenItIsCancelledIsKeptOpenUntilTheyAreBooked() {
    TradingDay day = TradingDay.simulated(DAY);
    market.executionClock().waitUntil(day.submit());
    TradingOrder order = contractOrder(3, market.clock().instant());

    // the market order fills at once, but the fills cannot be read at the close, at the end of the day, nor after
    // the (refused: filled) cancellation
    ExecutionOutcome outcome = execution(disconnectedFirst("fills", 3), ExecutionAlgorithm.market())
        .executeDay(day.close(), day.endOfDay());

    assertThat(outcome.brokerOrdersSent()).isEqualTo(1);
    assertThat(store.orders().children(order.id())).singleElement().satisfies(o ->
        assertThat(o.status()).as("taken up again and its fill booked, not ended").isEqualTo(OrderStatus.COMPLETED));
    assertThat(outcome.fillsBooked()).isEqualTo(1);
    assertThat(brokerPosition()).isEqualTo(3);
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(3));
  }
}
