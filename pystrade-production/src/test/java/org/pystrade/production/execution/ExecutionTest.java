package org.pystrade.production.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.broker.api.Broker;
import org.pystrade.broker.api.BrokerErrors;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.Fill;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.OrderState;
import org.pystrade.broker.api.OrderType;
import org.pystrade.broker.api.Tradable;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.broker.orders.BrokerOrders;
import org.pystrade.broker.sim.SimSettings;
import org.pystrade.broker.sim.SimulatedBroker;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;
import org.pystrade.core.domain.trading.ExecutionReport;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.data.SampleData;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;
import org.pystrade.production.BrokerReconciliation;
import org.pystrade.production.CycleReport;
import org.pystrade.production.TradingDay;
import org.pystrade.production.replay.SimulatedMarket;

/**
 * Execution against the real simulated broker over the sample data's prices: the original-best algorithm's limit
 * at the touch is cancelled at its timeout and the rest goes at market as the next attempt; broker orders left open
 * by a run that stopped are taken up by the next one, sent again only when the broker does not know them; a broker
 * order whose fate is unknown for a while (the connection being re-established) is neither ended nor doubled; a
 * fill that comes after its order was ended is booked once, on that order, and one of a reference the store does
 * not know is reported, not booked.
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

  /** What a proxy of the simulated broker answers to a call instead of it; null lets the simulated broker answer. */
  private interface Interceptor {
    Object answer(String method, Object[] args);
  }

  private Broker intercepted(Interceptor... interceptors) {
    return intercepted(market.broker(), interceptors);
  }

  /** A proxy of a broker: the first interceptor with an answer answers, else the broker. */
  private static Broker intercepted(Broker real, Interceptor... interceptors) {
    return (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(), new Class<?>[] {Broker.class},
        (proxy, m, args) -> {
          for (Interceptor interceptor : interceptors) {
            Object answer = interceptor.answer(m.getName(), args);
            if (answer != null) {
              return answer;
            }
          }
          try {
            return m.invoke(real, args);
          } catch (InvocationTargetException ex) {
            throw ex.getCause();
          }
        });
  }

  /**
   * The simulated broker, but its first {@code times} calls of a method answer {@code BROKER_DISCONNECTED}, as IB's
   * client does while it reconnects.
   */
  private Broker disconnectedFirst(String method, int times) {
    AtomicInteger left = new AtomicInteger(times);
    return intercepted((name, args) -> name.equals(method) && left.getAndDecrement() > 0
        ? CompletableFuture.completedFuture(Result.err(ReasonCode.BROKER_DISCONNECTED, "not connected (reconnecting)"))
        : null);
  }

  /**
   * The simulated broker, but the order of a reference is sent at market (a limit too) and its cancellation is
   * confirmed without reaching the broker, which goes on to fill it: a cancellation crossing a fill.
   */
  private Broker fillsAfterConfirmingTheCancellationOf(ClientOrderRef ref) {
    return intercepted(confirmsTheCancellationWhileFilling(ref));
  }

  private Interceptor confirmsTheCancellationWhileFilling(ClientOrderRef ref) {
    return (name, args) -> {
      if (name.equals("place") && ((OrderRequest) args[0]).ref().equals(ref)) {
        return market.broker().place(OrderRequest.market(ref, CONTRACT, ((OrderRequest) args[0]).quantity()));
      }
      if (name.equals("cancel") && args[0].equals(ref)) {
        return CompletableFuture.completedFuture(Result.ok(market.broker().order(ref).orElseThrow()
            .withStatus(org.pystrade.broker.api.OrderStatus.CANCELLED)));
      }
      return null;
    };
  }

  /**
   * The simulated broker, but while {@code late} is set the fills of a reference are not reported yet: the broker's
   * fills leave them out and its state of the order is still working, unfilled.
   */
  private Broker reportsTheFillsLate(ClientOrderRef ref, AtomicBoolean late) {
    return intercepted(hidesTheFills(ref, late));
  }

  private Interceptor hidesTheFills(ClientOrderRef ref, AtomicBoolean late) {
    return (name, args) -> {
      if (!late.get()) {
        return null;
      }
      if (name.equals("fills")) {
        return market.broker().fills().thenApply(r -> r.map(all -> all.stream().filter(f -> !f.ref().equals(ref))
            .toList()));
      }
      if (name.equals("order") && args[0].equals(ref)) {
        return market.broker().order(ref).map(s -> new OrderState(s.orderId(), s.request(),
            org.pystrade.broker.api.OrderStatus.SUBMITTED, Quantity.ZERO, Double.NaN, Optional.empty()));
      }
      return null;
    };
  }

  private List<Failure> reconcile() {
    return new BrokerReconciliation(Duration.ofSeconds(5), market.clock()).reconcile(store, market.broker(), DAY);
  }

  /** The day, its clock at the moment orders are submitted. */
  private TradingDay atSubmission() {
    TradingDay day = TradingDay.simulated(DAY);
    market.executionClock().waitUntil(day.submit());
    return day;
  }

  private long brokerPosition() {
    return brokerPosition(market.broker());
  }

  private static long brokerPosition(Broker broker) {
    return broker.positions().join().value().stream().filter(p -> p.contract().equals(CONTRACT))
        .mapToLong(p -> p.quantity().longValueExact()).sum();
  }

  @Test
  void originalBestCancelsItsLimitAtTheTimeoutAndSendsTheRestAtMarket() {
    TradingDay day = atSubmission();
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
    TradingDay day = atSubmission();
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
    TradingDay day = atSubmission();
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
    TradingDay day = atSubmission();
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
    TradingDay day = atSubmission();
    TradingOrder order = contractOrder(3, market.clock().instant());

    // the market order fills at once, but the fills cannot be read at the take-up of the day's start, at the close,
    // at the end of the day, nor after the (refused: filled) cancellation
    ExecutionOutcome outcome = execution(disconnectedFirst("fills", 4), ExecutionAlgorithm.market())
        .executeDay(day.close(), day.endOfDay());

    assertThat(outcome.brokerOrdersSent()).isEqualTo(1);
    assertThat(store.orders().children(order.id())).singleElement().satisfies(o ->
        assertThat(o.status()).as("taken up again and its fill booked, not ended").isEqualTo(OrderStatus.COMPLETED));
    assertThat(outcome.fillsBooked()).isEqualTo(1);
    assertThat(brokerPosition()).isEqualTo(3);
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(3));
  }

  @Test
  void aCancellationRefusedWhileTheBrokerStillShowsTheOrderWorkingKeepsItOpenAndItsFillIsBookedOnIt() {
    TradingDay day = atSubmission();
    TradingOrder order = contractOrder(3, market.clock().instant());
    ClientOrderRef ref = BrokerOrders.clientRef(order, 1);
    AtomicBoolean late = new AtomicBoolean(true);

    // the market order fills at the close, but the broker reports it late: at the end of the day its cancellation
    // is refused (the order is filled) while the broker's state of the order still shows it working
    ExecutionOutcome first = execution(reportsTheFillsLate(ref, late), ExecutionAlgorithm.market())
        .executeDay(day.close(), day.endOfDay());

    assertThat(store.orders().byClientRef(ref.value())).hasValueSatisfying(o -> {
      assertThat(o.status()).as("not ended: it may have filled").isEqualTo(OrderStatus.OPEN);
      assertThat(o.filled()).isEqualTo(Quantity.ZERO);
    });
    assertThat(first.failures()).anySatisfy(f -> assertThat(f.message()).contains("left open", ref.value()));
    assertThat(brokerPosition()).isEqualTo(3);

    // the fill is reported; the next run takes the order up and books the fill on it
    late.set(false);
    ExecutionOutcome second = execution(ExecutionAlgorithm.market()).executeDay(day.endOfDay(), day.endOfDay());

    assertThat(second.fillsBooked()).isEqualTo(1);
    assertThat(second.lateFills()).isEmpty();
    assertThat(store.orders().byClientRef(ref.value())).hasValueSatisfying(o -> {
      assertThat(o.status()).isEqualTo(OrderStatus.COMPLETED);
      assertThat(o.filled()).isEqualTo(Quantity.ofWhole(3));
    });
    assertThat(store.orders().get(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(3));
    assertThat(reconcile()).isEmpty();
  }

  @Test
  void aFillOfAnOrderEndedEarlierInTheRunIsBookedOnceAsALateFill() {
    TradingDay day = atSubmission();
    TradingOrder order = contractOrder(2, market.clock().instant());
    ClientOrderRef limit = BrokerOrders.clientRef(order, 1);
    Execution execution = execution(fillsAfterConfirmingTheCancellationOf(limit),
        ExecutionAlgorithm.originalBest(Duration.ofMinutes(5)));

    // the limit's cancellation at the timeout is confirmed, the rest goes at market, and the broker fills both
    ExecutionOutcome outcome = execution.executeDay(day.close(), day.endOfDay());

    // the limit's fill is booked on the limit, which the broker filled: completed, with all of it filled
    TradingOrder ended = store.orders().byClientRef(limit.value()).orElseThrow();
    assertThat(ended.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(ended.filled()).isEqualTo(Quantity.ofWhole(2));
    assertThat(outcome.fillsBooked()).isEqualTo(2);
    assertThat(outcome.lateFills()).singleElement().satisfies(late -> {
      assertThat(late.clientRef()).isEqualTo(limit.value());
      assertThat(late.bookedOn()).isEqualTo(ended.id());
      assertThat(late.endedAs()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(late.contract()).isEqualTo(CONTRACT);
      assertThat(late.quantity()).isEqualTo(Quantity.ofWhole(2));
      assertThat(store.fills().byExecutionId(late.executionId())).hasValueSatisfying(f ->
          assertThat(f.brokerOrderId()).isEqualTo(ended.id()));
    });
    assertThat(store.executions().of(ended.id())).hasValueSatisfying(r -> {
      assertThat(r.status()).isEqualTo(OrderStatus.COMPLETED);
      assertThat(r.filled()).isEqualTo(Quantity.ofWhole(2));
    });
    assertThat(outcome.reports()).filteredOn(r -> r.brokerOrderId() == ended.id()).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(OrderStatus.COMPLETED));
    // no chain of its own: the contract order's two attempts, both filled, under the one instrument order
    assertThat(store.orders().byClientRef(limit.value() + "-late-1")).isEmpty();
    assertThat(store.orders().children(order.id())).extracting(TradingOrder::clientRef, TradingOrder::status)
        .containsExactly(tuple(limit.value(), OrderStatus.COMPLETED),
            tuple(BrokerOrders.clientRef(order, 2).value(), OrderStatus.COMPLETED));
    assertThat(store.orders().withStatus(OrderLevel.INSTRUMENT, OrderStatus.COMPLETED)).singleElement()
        .satisfies(o -> assertThat(o.id()).isEqualTo(order.parentId()));
    assertThat(store.orders().get(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(brokerPosition()).isEqualTo(4);
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(4));
    assertThat(store.positions().instrumentPosition(STRATEGY, US10)).isEqualTo(Quantity.ofWhole(4));
    assertThat(reconcile()).isEmpty();

    // the same execution, another day: nothing booked twice
    ExecutionOutcome again = execution.executeDay(day.endOfDay(), day.endOfDay());
    assertThat(again.fillsBooked()).isZero();
    assertThat(again.lateFills()).isEmpty();
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(4));
  }

  @Test
  void aFillOfAnOrderEndedByARunBeforeIsBookedOnceByTheNextRunAndTheReconciliationAgreesAgain() {
    TradingDay day = atSubmission();
    TradingOrder order = contractOrder(2, market.clock().instant());
    ClientOrderRef limit = BrokerOrders.clientRef(order, 1);

    // a short run: the limit's cancellation is confirmed at the timeout, the market order of the rest is cancelled
    // at the run's end; everything is ended, nothing filled
    Instant end = day.submit().plus(Duration.ofMinutes(6));
    ExecutionOutcome first = execution(fillsAfterConfirmingTheCancellationOf(limit),
        ExecutionAlgorithm.originalBest(Duration.ofMinutes(5))).executeDay(end, end);
    assertThat(first.fillsBooked()).isZero();
    assertThat(store.orders().withStatus(OrderLevel.BROKER, OrderStatus.OPEN)).isEmpty();

    // then the broker fills the order whose cancellation it confirmed: the store and the broker differ
    market.executionClock().waitUntil(day.close());
    assertThat(brokerPosition()).isEqualTo(2);
    assertThat(reconcile()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(ReasonCode.RECONCILIATION_BREAK);
      assertThat(f.message()).contains("ours 0, the broker's 2");
    });

    // the next run, with nothing to do, finds the fill among the broker's and books it
    ExecutionOutcome second = execution(ExecutionAlgorithm.market()).executeDay(day.endOfDay(), day.endOfDay());
    assertThat(second.fillsBooked()).isEqualTo(1);
    assertThat(second.failures()).isEmpty();
    TradingOrder ended = store.orders().byClientRef(limit.value()).orElseThrow();
    assertThat(second.lateFills()).singleElement().satisfies(late -> {
      assertThat(late.clientRef()).isEqualTo(limit.value());
      assertThat(late.bookedOn()).isEqualTo(ended.id());
      assertThat(late.endedAs()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(late.quantity()).isEqualTo(Quantity.ofWhole(2));
    });
    // booked on the limit the broker filled, and up its contract and instrument orders the run before cancelled
    assertThat(ended.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(ended.filled()).isEqualTo(Quantity.ofWhole(2));
    assertThat(store.fills().ofOrder(ended.id())).hasSize(1);
    assertThat(store.orders().byClientRef(limit.value() + "-late-1")).isEmpty();
    assertThat(store.orders().byClientRef(BrokerOrders.clientRef(order, 2).value())).hasValueSatisfying(o ->
        assertThat(o.status()).as("the rest, not filled").isEqualTo(OrderStatus.CANCELLED));
    for (long id : List.of(order.id(), order.parentId())) {
      assertThat(store.orders().get(id)).hasValueSatisfying(o -> {
        assertThat(o.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(o.filled()).isEqualTo(Quantity.ofWhole(2));
      });
    }
    assertThat(second.reports()).singleElement().satisfies(r -> {
      assertThat(r.brokerOrderId()).isEqualTo(ended.id());
      assertThat(r.status()).isEqualTo(OrderStatus.COMPLETED);
      assertThat(r.filled()).isEqualTo(Quantity.ofWhole(2));
    });
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(2));
    assertThat(store.positions().instrumentPosition(STRATEGY, US10)).isEqualTo(Quantity.ofWhole(2));
    assertThat(reconcile()).as("agrees again").isEmpty();
    assertThat(store.locks().all()).as("the reconciliation's lock lifted").isEmpty();

    // a third run books nothing again
    ExecutionOutcome third = execution(ExecutionAlgorithm.market()).executeDay(day.endOfDay(), day.endOfDay());
    assertThat(third.fillsBooked()).isZero();
    assertThat(third.lateFills()).isEmpty();
    assertThat(store.fills().all()).hasSize(1);
  }

  @Test
  void aFillOfAReferenceTheStoreDoesNotKnowIsReportedAndNotBooked() {
    TradingDay day = atSubmission();
    contractOrder(2, market.clock().instant());
    ClientOrderRef byHand = ClientOrderRef.of("by-hand-1");
    assertThat(market.broker().place(OrderRequest.market(byHand, CONTRACT, Quantity.of(1))).join().isOk()).isTrue();

    Execution execution = execution(ExecutionAlgorithm.market());
    ExecutionOutcome outcome = execution.executeDay(day.close(), day.endOfDay());

    assertThat(outcome.fillsBooked()).isEqualTo(1);
    assertThat(outcome.unknownFills()).singleElement().satisfies(f -> {
      assertThat(f.ref()).isEqualTo(byHand);
      assertThat(f.quantity()).isEqualTo(Quantity.of(1));
    });
    assertThat(outcome.failures()).isEmpty();
    assertThat(store.orders().withStatus(OrderLevel.BROKER, OrderStatus.COMPLETED)).extracting(TradingOrder::clientRef)
        .doesNotContain(byHand.value());
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(2));
    assertThat(brokerPosition()).isEqualTo(3);
    assertThat(reconcile()).singleElement().satisfies(f -> assertThat(f.message()).contains("ours 2, the broker's 3"));
    // reported once by an execution
    assertThat(execution.executeDay(day.endOfDay(), day.endOfDay()).unknownFills()).isEmpty();
  }

  @Test
  void aLateFillBeyondItsEndedOrdersQuantityIsReportedAndNotBooked() {
    TradingDay day = atSubmission();
    TradingOrder order = contractOrder(2, market.clock().instant());
    ClientOrderRef limit = BrokerOrders.clientRef(order, 1);
    execution(ExecutionAlgorithm.originalBest(Duration.ofMinutes(5))).executeDay(day.close(), day.endOfDay());
    assertThat(store.orders().byClientRef(limit.value()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);

    // the broker reports a fill of 3 for the cancelled limit of 2
    Fill beyond = new Fill("beyond-1", 1, limit, Tradable.future(CONTRACT), Quantity.of(3), 130.0,
        day.endOfDay(), Money.of(0, Currency.of("USD")));
    Broker reporting = intercepted((name, args) -> name.equals("fills") ? market.broker().fills().thenApply(r ->
        r.map(all -> Stream.concat(all.stream(), Stream.of(beyond)).toList()))
        : null);
    ExecutionOutcome outcome = execution(reporting, ExecutionAlgorithm.market()).executeDay(day.endOfDay(),
        day.endOfDay());

    assertThat(outcome.lateFills()).isEmpty();
    assertThat(outcome.failures()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(ReasonCode.RECONCILIATION_BREAK);
      assertThat(f.message()).contains("beyond-1", "not booked", limit.value());
    });
    assertThat(store.fills().byExecutionId("beyond-1")).isEmpty();
    assertThat(store.orders().byClientRef(limit.value())).hasValueSatisfying(o -> {
      assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(o.filled()).isEqualTo(Quantity.ZERO);
    });
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(2));
  }

  /** A contract order of 2 made at the day's submission, and the references of its first two attempts. */
  private record TwoAttempts(TradingDay day, TradingOrder order, ClientOrderRef limit, ClientOrderRef next) {
  }

  private TwoAttempts twoAttempts() {
    TradingDay day = atSubmission();
    TradingOrder order = contractOrder(2, market.clock().instant());
    return new TwoAttempts(day, order, BrokerOrders.clientRef(order, 1), BrokerOrders.clientRef(order, 2));
  }

  /** The broker's position in the contract and the store's are both {@code quantity}. */
  private void assertTraded(Broker broker, long quantity) {
    assertThat(brokerPosition(broker)).as("traded at the broker").isEqualTo(quantity);
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(quantity));
  }

  /**
   * The broker fills the limit (attempt 1) whose cancellation it confirmed at the switch to market, and reports the
   * fill only once attempt 2, the rest at market, is sent: at 23:05, after the day's trade at 23:00, so that attempt
   * 2 would fill at the next price, the next day at 00:00.
   */
  private Broker reportsTheLimitsFillOnceTheNextAttemptIsSent(ClientOrderRef limit, ClientOrderRef next,
      Interceptor... more) {
    AtomicBoolean hidden = new AtomicBoolean(true);
    List<Interceptor> all = new ArrayList<>(List.of((name, args) -> {
      if (name.equals("place") && ((OrderRequest) args[0]).ref().equals(next)) {
        hidden.set(false);
      }
      return null;
    }, hidesTheFills(limit, hidden), confirmsTheCancellationWhileFilling(limit)));
    all.addAll(List.of(more));
    return intercepted(all.toArray(Interceptor[]::new));
  }

  /** Original-best whose limit is cancelled at 23:05, after the day's trade at 23:00. */
  private static ExecutionAlgorithm switchingAfterTheTrade(TradingDay day) {
    return ExecutionAlgorithm.originalBest(Duration.between(day.submit(), day.close().plus(Duration.ofMinutes(5))));
  }

  @Test
  void aLateFillThatCompletesTheContractOrderCancelsItsNextAttemptStillWorking() {
    TwoAttempts t = twoAttempts();
    Instant nextDay = t.day().endOfDay().plus(Duration.ofHours(1));

    // the limit's fill is read at 23:10, while attempt 2 works (it would fill the next day at 00:00)
    ExecutionOutcome outcome = execution(reportsTheLimitsFillOnceTheNextAttemptIsSent(t.limit(), t.next()),
        switchingAfterTheTrade(t.day())).executeDay(t.day().close().plus(Duration.ofMinutes(10)), nextDay);

    assertThat(outcome.lateFills()).singleElement().satisfies(late -> {
      assertThat(late.clientRef()).isEqualTo(t.limit().value());
      assertThat(late.status()).isEqualTo(OrderStatus.COMPLETED);
    });
    assertThat(store.orders().children(t.order().id())).extracting(TradingOrder::clientRef, TradingOrder::status,
        TradingOrder::filled).containsExactly(tuple(t.limit().value(), OrderStatus.COMPLETED, Quantity.ofWhole(2)),
        tuple(t.next().value(), OrderStatus.CANCELLED, Quantity.ZERO));
    assertThat(market.broker().order(t.next())).hasValueSatisfying(s -> {
      assertThat(s.status()).as("cancelled at the broker").isEqualTo(org.pystrade.broker.api.OrderStatus.CANCELLED);
      assertThat(s.filled()).isEqualTo(Quantity.ZERO);
    });
    assertThat(store.executions().of(store.orders().byClientRef(t.next().value()).orElseThrow().id()))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(OrderStatus.CANCELLED));
    assertThat(outcome.overFills()).isEmpty();
    assertThat(outcome.failures()).isEmpty();
    assertTraded(market.broker(), 2);
    assertThat(store.orders().amendments(t.order().id())).allSatisfy(a -> assertThat(a.beyond()).isEqualTo(
        Quantity.ZERO));
    assertThat(reconcile()).isEmpty();
  }

  @Test
  void aLateFillWhenTheNextAttemptHasFilledTooIsReportedAsAnOverFillFailure() {
    TwoAttempts t = twoAttempts();

    // the limit's cancellation at the timeout is confirmed, the rest goes at market, and the broker fills both
    ExecutionOutcome outcome = execution(fillsAfterConfirmingTheCancellationOf(t.limit()),
        ExecutionAlgorithm.originalBest(Duration.ofMinutes(5))).executeDay(t.day().close(), t.day().endOfDay());

    TradingOrder second = store.orders().byClientRef(t.next().value()).orElseThrow();
    String execution = store.fills().ofOrder(second.id()).get(0).executionId();
    assertThat(outcome.overFills()).extracting(OverFill::executionId, OverFill::clientRef, OverFill::orderId,
        OverFill::level, OverFill::instrument, OverFill::contract, OverFill::ordered, OverFill::filledBefore,
        OverFill::beyond).containsExactly(
            tuple(execution, t.next().value(), t.order().id(), OrderLevel.CONTRACT, US10, CONTRACT,
                Quantity.ofWhole(2), Quantity.ofWhole(2), Quantity.ofWhole(2)),
            tuple(execution, t.next().value(), t.order().parentId(), OrderLevel.INSTRUMENT, US10, CONTRACT,
                Quantity.ofWhole(2), Quantity.ofWhole(2), Quantity.ofWhole(2)));
    assertThat(outcome.failures()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(ReasonCode.RECONCILIATION_BREAK);
      assertThat(f.message()).contains(execution, t.next().value(), CONTRACT.toString(), "US10",
          "CONTRACT order " + t.order().id() + " of 2 (2 filled before) by 2",
          "INSTRUMENT order " + t.order().parentId() + " of 2 (2 filled before) by 2", "more was traded");
    });
    assertThat(new CycleReport(DAY, Optional.empty(), List.of(), List.of(), outcome, List.of(), List.of())
        .complete()).as("the cycle is not complete").isFalse();
    assertTraded(market.broker(), 4);
    assertThat(store.orders().withStatus(OrderLevel.BROKER, OrderStatus.OPEN)).isEmpty();
  }

  /**
   * A simulated broker over the same prices and clock that fills an order of two in two parts: one contract at the
   * first price, the other at the next.
   */
  private SimulatedBroker fillingInParts() {
    SimulatedBroker partial = new SimulatedBroker(SimSettings.builder().initialCash(Money.of(1_000_000, "USD"))
        .partialFillProbability(1).build(), BrokerConfigTable.bundled(), market.costs(),
        market.prices().priceSource(), market.clock());
    assertThat(partial.connect().join().isOk()).isTrue();
    return partial;
  }

  private Execution execution(SimulatedBroker partial, Broker broker) {
    return new Execution(store, broker, ExecutionClock.simulated(market.clock(), partial::step),
        ExecutionAlgorithm.market(), Duration.ofSeconds(5));
  }

  /** The broker takes the order of a reference but answers its placing as rejected. */
  private static Interceptor rejectsButKeeps(SimulatedBroker partial, ClientOrderRef ref) {
    return (name, args) -> name.equals("place") && ((OrderRequest) args[0]).ref().equals(ref)
        ? partial.place((OrderRequest) args[0]).thenApply(placed -> Result.<OrderState>err(BrokerErrors.of(
            ReasonCode.BROKER_REJECTED, 201, "order rejected - reason: simulated")))
        : null;
  }

  @Test
  void aRejectedOrderThatTheBrokerFillsInPartIsCancelledWhileItStillWorks() {
    TwoAttempts t = twoAttempts();
    try (SimulatedBroker partial = fillingInParts()) {
      ExecutionOutcome outcome = execution(partial, intercepted(partial, rejectsButKeeps(partial, t.limit())))
          .executeDay(t.day().close(), t.day().endOfDay());

      assertThat(outcome.lateFills()).singleElement().satisfies(late -> {
        assertThat(late.clientRef()).isEqualTo(t.limit().value());
        assertThat(late.endedAs()).isEqualTo(OrderStatus.REJECTED);
        assertThat(late.filled()).isEqualTo(Quantity.ofWhole(1));
      });
      assertThat(partial.order(t.limit())).hasValueSatisfying(s -> {
        assertThat(s.status()).as("cancelled at the broker").isEqualTo(org.pystrade.broker.api.OrderStatus.CANCELLED);
        assertThat(s.filled()).isEqualTo(Quantity.ofWhole(1));
      });
      // the next price would have filled the rest
      market.executionClock().waitUntil(t.day().endOfDay().plus(Duration.ofHours(2)));
      partial.step();
      assertTraded(partial, 1);
      assertThat(store.orders().byClientRef(t.limit().value())).hasValueSatisfying(o -> {
        assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(o.filled()).isEqualTo(Quantity.ofWhole(1));
      });
      assertThat(outcome.failures()).singleElement().satisfies(f ->
          assertThat(f.code()).isEqualTo(ReasonCode.BROKER_REJECTED));
    }
  }

  @Test
  void aRejectedOrderLeftWorkingByARunThatStoppedBeforeCancellingItIsCancelledByTheNextRun() {
    TwoAttempts t = twoAttempts();
    try (SimulatedBroker partial = fillingInParts()) {
      // the run stops (dies) as it cancels the order, once its late fill is booked
      Interceptor dies = (name, args) -> {
        if (name.equals("cancel")) {
          throw new IllegalStateException("the run stopped here");
        }
        return null;
      };
      assertThatThrownBy(() -> execution(partial, intercepted(partial, rejectsButKeeps(partial, t.limit()), dies))
          .executeDay(t.day().close(), t.day().endOfDay())).hasMessageContaining("stopped here");
      assertThat(store.orders().byClientRef(t.limit().value())).hasValueSatisfying(o ->
          assertThat(o.filled()).isEqualTo(Quantity.ofWhole(1)));
      assertThat(partial.order(t.limit())).hasValueSatisfying(s -> assertThat(s.status().isDone()).isFalse());

      // the next run cancels it before the next price, and sends the rest of the contract order, which fills then
      Instant nextDay = t.day().endOfDay().plus(Duration.ofHours(1));
      ExecutionOutcome outcome = execution(partial, partial).executeDay(nextDay, nextDay);

      assertThat(partial.order(t.limit())).hasValueSatisfying(s -> {
        assertThat(s.status()).isEqualTo(org.pystrade.broker.api.OrderStatus.CANCELLED);
        assertThat(s.filled()).isEqualTo(Quantity.ofWhole(1));
      });
      assertThat(outcome.brokerOrdersSent()).isEqualTo(1);
      assertThat(outcome.overFills()).isEmpty();
      assertThat(outcome.failures()).isEmpty();
      assertTraded(partial, 2);
      assertThat(store.orders().get(t.order().id()).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
    }
  }

  @Test
  void aNextAttemptLeftWorkingByARunThatStoppedBeforeCancellingItIsCancelledAtTheNextRunsTakeUp() {
    TwoAttempts t = twoAttempts();
    Instant nextDay = t.day().endOfDay().plus(Duration.ofHours(1));

    // the limit's late fill completes the contract order at 23:10; the run stops as it cancels attempt 2
    Interceptor dies = (name, args) -> {
      if (name.equals("cancel") && args[0].equals(t.next())) {
        throw new IllegalStateException("the run stopped here");
      }
      return null;
    };
    assertThatThrownBy(() -> execution(reportsTheLimitsFillOnceTheNextAttemptIsSent(t.limit(), t.next(), dies),
        switchingAfterTheTrade(t.day())).executeDay(t.day().close().plus(Duration.ofMinutes(10)), nextDay))
        .hasMessageContaining("stopped here");
    assertThat(store.orders().get(t.order().id()).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(store.orders().byClientRef(t.next().value()).orElseThrow().status()).isEqualTo(OrderStatus.OPEN);
    assertThat(market.broker().order(t.next())).hasValueSatisfying(s -> assertThat(s.status().isDone()).isFalse());

    // the next run takes attempt 2 up and cancels it before it fills at 00:00
    ExecutionOutcome outcome = execution(ExecutionAlgorithm.market()).executeDay(nextDay, nextDay);

    assertThat(outcome.brokerOrdersSent()).isZero();
    assertThat(outcome.failures()).isEmpty();
    assertThat(store.orders().byClientRef(t.next().value())).hasValueSatisfying(o -> {
      assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(o.filled()).isEqualTo(Quantity.ZERO);
    });
    assertThat(market.broker().order(t.next())).hasValueSatisfying(s ->
        assertThat(s.status()).isEqualTo(org.pystrade.broker.api.OrderStatus.CANCELLED));
    assertTraded(market.broker(), 2);
  }

  /** Books a fill of a stored broker order as the broker's fill of it, not made at the simulated broker. */
  private void booked(TradingOrder brokerOrder, String executionId, Instant now) {
    store.bookFill(FillRecord.of(brokerOrder.id(), executionId, brokerOrder.quantity(), 130.0, now,
        Money.of(0, "USD")));
  }

  @Test
  void anInstrumentOrderFilledByAnOverFillOfOneContractOrderHasItsOtherContractOrderStopped() {
    TradingDay day = atSubmission();
    Instant now = market.clock().instant();
    // an instrument order of 4 split into two contract orders (in one contract here, the one the sample data
    // prices); both attempts of the first filled (the first late), so the instrument order is filled; the second
    // contract order's broker order was sent by the run before
    TradingOrder instrument = store.orders().insert(TradingOrder.builder(OrderLevel.INSTRUMENT, STRATEGY, US10,
        Quantity.ofWhole(4)).created(now).build());
    TradingOrder first = store.orders().insert(TradingOrder.builder(OrderLevel.CONTRACT, STRATEGY, US10,
        Quantity.ofWhole(2)).parent(instrument.id()).contract(CONTRACT).created(now).build());
    TradingOrder second = store.orders().insert(TradingOrder.builder(OrderLevel.CONTRACT, STRATEGY, US10,
        Quantity.ofWhole(2)).parent(instrument.id()).contract(CONTRACT).created(now).build());
    TradingOrder working = store.orders().insert(BrokerOrders.child(second, second.quantity(), 1, now));
    assertThat(market.broker().place(BrokerOrders.marketRequest(working)).join().isOk()).isTrue();
    TradingOrder limit = store.orders().insert(BrokerOrders.child(first, first.quantity(), 1, now));
    TradingOrder rest = store.orders().insert(BrokerOrders.child(first, first.quantity(), 2, now));
    booked(limit, "X-1", now);
    booked(rest, "X-2", now);
    assertThat(store.orders().get(instrument.id()).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);

    ExecutionOutcome outcome = execution(ExecutionAlgorithm.market()).executeDay(day.close(), day.endOfDay());

    assertThat(store.orders().children(second.id())).singleElement().satisfies(o -> {
      assertThat(o.clientRef()).isEqualTo(working.clientRef());
      assertThat(o.status()).as("cancelled at its take-up, not filled at 23:00").isEqualTo(OrderStatus.CANCELLED);
      assertThat(o.filled()).isEqualTo(Quantity.ZERO);
    });
    assertThat(outcome.brokerOrdersSent()).as("no other attempt for the second contract order").isZero();
    assertThat(outcome.fillsBooked()).isZero();
    assertThat(market.broker().positions().join().value()).isEmpty();
    assertThat(store.positions().instrumentPosition(STRATEGY, US10)).isEqualTo(Quantity.ofWhole(4));
  }

  @Test
  void aNextAttemptStoredButNotSentWhenALateFillCompletedItsContractOrderIsEndedNotSent() {
    TradingDay day = atSubmission();
    Instant now = market.clock().instant();
    TradingOrder order = contractOrder(2, now);
    // the run before ended the limit, stored attempt 2 and stopped before sending it; the limit's fill came late
    TradingOrder limit = store.orders().insert(BrokerOrders.child(order, order.quantity(), 1, now));
    store.orders().end(limit.id(), OrderStatus.CANCELLED);
    TradingOrder next = store.orders().insert(BrokerOrders.child(order, order.quantity(), 2, now));
    assertThat(store.bookLateFill(FillRecord.of(limit.id(), "X-1", order.quantity(), 130.0, now,
        Money.of(0, "USD"))).isOk()).isTrue();

    ExecutionOutcome outcome = execution(ExecutionAlgorithm.market()).executeDay(day.close(), day.endOfDay());

    assertThat(outcome.brokerOrdersSent()).isZero();
    assertThat(market.broker().order(ClientOrderRef.of(next.clientRef()))).isEmpty();
    assertThat(store.orders().get(next.id())).hasValueSatisfying(o ->
        assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED));
    assertThat(store.positions().contractPosition(CONTRACT)).isEqualTo(Quantity.ofWhole(2));
    assertThat(market.broker().positions().join().value()).isEmpty();
  }
}
