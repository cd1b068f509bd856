package org.pystrade.broker.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.pystrade.broker.api.BarSize;
import org.pystrade.broker.api.BrokerErrors;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.ConnectionInfo;
import org.pystrade.broker.api.ConnectionState;
import org.pystrade.broker.api.Fill;
import org.pystrade.broker.api.HistoryRequest;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.OrderState;
import org.pystrade.broker.api.OrderStatus;
import org.pystrade.broker.api.PriceBars;
import org.pystrade.broker.api.Quote;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.broker.testkit.EventRecorder;
import org.pystrade.broker.testkit.FakeContract;
import org.pystrade.broker.testkit.FakeTwsServer;
import org.pystrade.broker.testkit.Scenario;
import org.pystrade.core.domain.ContractPosition;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;

/** The IB client against the fake server's faults, over a real loopback socket. */
class IbBrokerFaultTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final Instant END = Instant.parse("2025-02-28T00:00:00Z");

  private static <T> Result<T> await(CompletableFuture<Result<T>> f) throws Exception {
    return f.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static <T> T ok(CompletableFuture<Result<T>> f) throws Exception {
    Result<T> r = await(f);
    assertThat(r.isOk()).as("%s", r).isTrue();
    return r.value();
  }

  private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
    eventually(condition, what, WAIT);
  }

  private static void eventually(BooleanSupplier condition, String what, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for %s", what).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static long fillsOf(List<Fill> fills, ClientOrderRef ref) {
    return fills.stream().filter(f -> f.ref().equals(ref)).count();
  }

  @Test
  void anOrderWhoseAcknowledgementIsLostIsRecoveredFilledAndNotSentTwice() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().disconnectOn(3, 1, true).build());
        IbBroker broker = IbFixtures.broker(server)) {
      EventRecorder rec = new EventRecorder();
      broker.subscribe(rec);
      ok(broker.connect());
      ClientOrderRef ref = ClientOrderRef.of("lost-ack");
      OrderRequest order = OrderRequest.market(ref, IbFixtures.SOFR, Quantity.of(2));
      Result<OrderState> first = await(broker.place(order));
      assertThat(first.isOk()).isFalse();
      assertThat(first.failure().code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
      eventually(() -> broker.health().isReady() && broker.health().reconnections() == 1, "the reconnection");
      OrderState recovered = broker.order(ref).orElseThrow();
      assertThat(recovered.status()).isEqualTo(OrderStatus.FILLED);
      assertThat(recovered.filled()).isEqualTo(Quantity.of(2));
      OrderState retried = ok(broker.place(order));
      assertThat(retried.orderId()).isEqualTo(recovered.orderId());
      assertThat(retried.status()).isEqualTo(OrderStatus.FILLED);
      assertThat(server.placeOrderMessages("lost-ack")).isEqualTo(1);
      assertThat(server.ordersWithRef("lost-ack")).isEqualTo(1);
      assertThat(rec.fills(ref)).hasSize(1);
      assertThat(fillsOf(ok(broker.fills()), ref)).isEqualTo(1);
      assertThat(ok(broker.positions())).singleElement()
          .satisfies(p -> assertThat(p.quantity()).isEqualTo(Quantity.of(2)));
    }
  }

  @Test
  void aRestartedClientKnowsTheCompletedOrdersOfTheSessionBeforeAndDoesNotSendThemAgain() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().build())) {
      ClientOrderRef ref = ClientOrderRef.of("before-the-crash");
      OrderRequest order = OrderRequest.market(ref, IbFixtures.SOFR, Quantity.of(3));
      try (IbBroker first = IbFixtures.broker(server)) {
        ok(first.connect());
        assertThat(ok(first.place(order)).status()).isIn(OrderStatus.SUBMITTED, OrderStatus.FILLED);
        eventually(() -> first.order(ref).map(o -> o.status() == OrderStatus.FILLED).orElse(false), "the fill");
      }
      try (IbBroker restarted = IbFixtures.broker(server)) {
        ok(restarted.connect());
        OrderState known = restarted.order(ref).orElseThrow();
        assertThat(known.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(known.filled()).isEqualTo(Quantity.of(3));
        assertThat(ok(restarted.place(order)).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(server.placeOrderMessages(ref.value())).isEqualTo(1);
        assertThat(fillsOf(ok(restarted.fills()), ref)).isEqualTo(1);
        assertThat(ok(restarted.openOrders())).isEmpty();
      }
    }
  }

  @Test
  void aRetryWhileTheFateOfTheOrderIsUnknownIsRefusedAsDisconnected() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().disconnectOn(3, 1, true)
        .refuseReconnections(2).build());
        IbBroker broker = new IbBroker(IbFixtures.settings(server).reconnect(true, Duration.ofMillis(150),
            Duration.ofSeconds(1)).build(), BrokerConfigTable.bundled())) {
      ok(broker.connect());
      OrderRequest order = OrderRequest.market(ClientOrderRef.of("unknown-fate"), IbFixtures.SOFR, Quantity.of(1));
      assertThat(await(broker.place(order)).failure().code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
      Result<OrderState> early = await(broker.place(order));
      assertThat(early.failure().code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
      assertThat(early.failure().message()).contains("not known until the client has reconnected");
      eventually(() -> broker.health().isReady(), "the reconnection");
      assertThat(ok(broker.place(order)).status()).isEqualTo(OrderStatus.FILLED);
      assertThat(server.placeOrderMessages("unknown-fate")).isEqualTo(1);
    }
  }

  @Test
  void aRejectWhoseAnswerIsLostIsRecoveredFromCompletedOrdersAndNotSentAgain() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().disconnectOn(3, 1, true).build());
        IbBroker broker = IbFixtures.broker(server)) {
      ok(broker.connect());
      ClientOrderRef ref = ClientOrderRef.of("lost-reject");
      OrderRequest order = OrderRequest.market(ref, IbFixtures.SOFR, Quantity.of(500));
      assertThat(await(broker.place(order)).failure().code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
      eventually(() -> broker.health().isReady(), "the reconnection");
      assertThat(broker.order(ref).orElseThrow().status()).isEqualTo(OrderStatus.REJECTED);
      Result<OrderState> retried = await(broker.place(order));
      assertThat(retried.failure().code()).isEqualTo(ReasonCode.BROKER_REJECTED);
      assertThat(server.placeOrderMessages(ref.value())).isEqualTo(1);
    }
  }

  @Test
  void aCancellationWhoseAnswerIsLostIsRecoveredFromCompletedOrders() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().fills(Scenario.Fills.NONE, 1)
        .disconnectOn(4, 1, true).build()); IbBroker broker = IbFixtures.broker(server)) {
      ok(broker.connect());
      ClientOrderRef ref = ClientOrderRef.of("lost-cancel");
      ok(broker.place(OrderRequest.limit(ref, IbFixtures.SOFR, Quantity.of(1), 90)));
      assertThat(await(broker.cancel(ref)).failure().code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
      eventually(() -> broker.health().isReady(), "the reconnection");
      assertThat(broker.order(ref).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(ok(broker.openOrders())).isEmpty();
    }
  }

  @Test
  void aWorkingOrderWhoseAcknowledgementIsLostIsRecoveredFromOpenOrders() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().fills(Scenario.Fills.NONE, 1)
        .disconnectOn(3, 1, true).build()); IbBroker broker = IbFixtures.broker(server)) {
      ok(broker.connect());
      ClientOrderRef ref = ClientOrderRef.of("lost-ack-working");
      OrderRequest order = OrderRequest.limit(ref, IbFixtures.SOFR, Quantity.of(-3), 96.5);
      assertThat(await(broker.place(order)).failure().code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
      eventually(() -> broker.health().isReady(), "the reconnection");
      OrderState retried = ok(broker.place(order));
      assertThat(retried.status()).isEqualTo(OrderStatus.SUBMITTED);
      assertThat(retried.request().limitPrice()).isEqualTo(96.5);
      assertThat(ok(broker.openOrders())).extracting(OrderState::ref).containsExactly(ref);
      assertThat(ok(broker.cancel(ref)).status()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(server.placeOrderMessages(ref.value())).isEqualTo(1);
    }
  }

  @Test
  void anOrderTheClientTookForRejectedThatTheServerFillsIsWorkingAgainAndCanBeCancelled() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().fills(Scenario.Fills.NONE, 1).build());
        IbBroker broker = IbFixtures.broker(server)) {
      ok(broker.connect());
      ClientOrderRef ref = ClientOrderRef.of("rejected-but-working");
      long id = ok(broker.place(OrderRequest.limit(ref, IbFixtures.SOFR, Quantity.of(3), 90))).orderId();
      // an error the client takes for a rejection, while the server keeps the order working
      server.sendToClients(4, 2, id, 201, "Order rejected - reason: simulated", "");
      eventually(() -> broker.order(ref).orElseThrow().status() == OrderStatus.REJECTED, "the rejection");

      server.fillNow(ref.value(), 1);

      eventually(() -> broker.order(ref).orElseThrow().status() == OrderStatus.PARTIALLY_FILLED,
          "the order working again");
      assertThat(broker.order(ref).orElseThrow().filled()).isEqualTo(Quantity.of(1));
      assertThat(fillsOf(ok(broker.fills()), ref)).isEqualTo(1);
      assertThat(ok(broker.openOrders())).extracting(OrderState::ref).containsExactly(ref);
      assertThat(ok(broker.cancel(ref)).status()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(ok(broker.openOrders())).isEmpty();
    }
  }

  @Test
  void anOrderLostBeforeTheServerSawItIsSentAgainOnRetryAndOnlyOnce() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().disconnectOn(3, 1, false).build());
        IbBroker broker = IbFixtures.broker(server)) {
      EventRecorder rec = new EventRecorder();
      broker.subscribe(rec);
      ok(broker.connect());
      ClientOrderRef ref = ClientOrderRef.of("never-arrived");
      OrderRequest order = OrderRequest.market(ref, IbFixtures.SOFR, Quantity.of(1));
      assertThat(await(broker.place(order)).failure().code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
      eventually(() -> broker.health().isReady(), "the reconnection");
      assertThat(broker.order(ref)).isEmpty();
      OrderState placed = ok(broker.place(order));
      assertThat(placed.status()).isIn(OrderStatus.SUBMITTED, OrderStatus.FILLED);
      rec.awaitState(ref, s -> s.status() == OrderStatus.FILLED, WAIT);
      assertThat(server.ordersWithRef(ref.value())).isEqualTo(1);
      assertThat(fillsOf(ok(broker.fills()), ref)).isEqualTo(1);
    }
  }

  @Test
  void duplicateExecutionReportsAreCountedOnce() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().fills(Scenario.Fills.PARTIAL, 3)
        .duplicateExecutions().build()); IbBroker broker = IbFixtures.broker(server)) {
      EventRecorder rec = new EventRecorder();
      broker.subscribe(rec);
      ok(broker.connect());
      ClientOrderRef ref = ClientOrderRef.of("dup");
      ok(broker.place(OrderRequest.market(ref, IbFixtures.SOFR, Quantity.of(6))));
      OrderState filled = rec.awaitState(ref, s -> s.status() == OrderStatus.FILLED, WAIT);
      assertThat(filled.filled()).isEqualTo(Quantity.of(6));
      List<Fill> all = ok(broker.fills());
      assertThat(fillsOf(all, ref)).isEqualTo(3);
      assertThat(all.stream().mapToDouble(f -> f.quantity().value()).sum()).isEqualTo(6);
      assertThat(rec.fills(ref)).hasSize(3);
      assertThat(rec.fills(ref)).allSatisfy(f -> {
        assertThat(f.commission().amount()).isEqualTo(4.0);
        assertThat(f.price()).isEqualTo(95.75);
      });
      assertThat(rec.events().stream().filter(e -> e instanceof org.pystrade.broker.api.OrderEvent.StatusChanged s
          && s.state().ref().equals(ref) && s.state().status() == OrderStatus.PARTIALLY_FILLED)).isNotEmpty();
      assertThat(ok(broker.positions())).singleElement()
          .satisfies(p -> assertThat(p.quantity()).isEqualTo(Quantity.of(6)));
    }
  }

  @Test
  void listenersAndFuturesRunOnTheCallbackThreadNotTheReader() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().build());
        IbBroker broker = IbFixtures.broker(server)) {
      java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
      broker.subscribe(e -> threads.add(Thread.currentThread().getName()));
      ok(broker.connect());
      ok(broker.resolve(IbFixtures.SOFR));
      String completedOn = broker.place(OrderRequest.market(ClientOrderRef.of("threads"), IbFixtures.SOFR,
          Quantity.of(1))).thenApply(r -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);
      eventually(() -> !threads.isEmpty(), "an event");
      assertThat(threads).containsOnly("pystrade-ib-callbacks");
      assertThat(completedOn).isIn("pystrade-ib-callbacks", Thread.currentThread().getName());
    }
  }

  @Test
  void executionsWithoutCommissionReportsNeitherStallTheReconnectionNorFills() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().withholdCommissions().build());
        IbBroker broker = IbFixtures.broker(server)) {
      EventRecorder rec = new EventRecorder();
      broker.subscribe(rec);
      ok(broker.connect());
      ClientOrderRef ref = ClientOrderRef.of("no-commission");
      ok(broker.place(OrderRequest.market(ref, IbFixtures.SOFR, Quantity.of(1))));
      rec.awaitState(ref, s -> s.status() == OrderStatus.FILLED, WAIT);
      server.dropConnections();
      eventually(() -> broker.health().isReady() && broker.health().reconnections() == 1, "the reconnection");
      assertThat(ok(broker.fills())).isEmpty();
      assertThat(rec.fills(ref)).isEmpty();
    }
  }

  @Test
  void aServerBelowTheMinimumVersionIsRefusedWithAClearMessage() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().serverVersion(151).build());
        IbBroker broker = IbFixtures.broker(server)) {
      Result<ConnectionInfo> r = await(broker.connect());
      assertThat(r.isOk()).isFalse();
      assertThat(r.failure().code()).isEqualTo(ReasonCode.CONFIG_ERROR);
      assertThat(r.failure().message()).contains("version 151").contains("166").contains("upgrade");
      assertThat(broker.health().state()).isEqualTo(ConnectionState.DISCONNECTED);
    }
  }

  @Test
  void aClientIdInUseIsRefusedWithIbsCode() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().clientIdInUse().build());
        IbBroker broker = IbFixtures.broker(server)) {
      Result<ConnectionInfo> r = await(broker.connect());
      assertThat(r.isOk()).isFalse();
      assertThat(r.failure().code()).isEqualTo(ReasonCode.BROKER_REJECTED);
      assertThat(BrokerErrors.brokerCode(r.failure())).hasValue(326);
      assertThat(r.failure().message()).contains("client id 7");
    }
  }

  @Test
  void nothingListeningIsADisconnectedFailure() throws Exception {
    FakeTwsServer server = IbFixtures.server(IbFixtures.market().build());
    server.close();
    try (IbBroker broker = IbFixtures.broker(server)) {
      Result<ConnectionInfo> r = await(broker.connect());
      assertThat(r.failure().code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
      assertThat(r.failure().message()).contains("cannot connect");
    }
  }

  @Test
  void aPacingViolationIsAPacingFailureWithIbsCodeAndTheNextRequestSucceeds() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().pacingViolations(1).build());
        IbBroker broker = IbFixtures.broker(server)) {
      ok(broker.connect());
      HistoryRequest r = HistoryRequest.of(IbFixtures.SOFR, BarSize.ONE_DAY, Duration.ofDays(10), END);
      Result<PriceBars> first = await(broker.history(r));
      assertThat(first.failure().code()).isEqualTo(ReasonCode.PACING);
      assertThat(BrokerErrors.brokerCode(first.failure())).hasValue(162);
      assertThat(ok(broker.history(r)).bars()).hasSize(8);
    }
  }

  @Test
  void historicalDataPacingIsEnforcedOnTheClientToo() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().build());
        IbBroker broker = new IbBroker(IbFixtures.settings(server).historyPacing(2, Duration.ofHours(1)).build(),
            BrokerConfigTable.bundled())) {
      ok(broker.connect());
      HistoryRequest r = HistoryRequest.of(IbFixtures.SOFR, BarSize.ONE_HOUR, Duration.ofDays(1), END);
      assertThat(ok(broker.history(r)).bars()).hasSize(24);
      ok(broker.history(r));
      Result<PriceBars> third = await(broker.history(r));
      assertThat(third.failure().code()).isEqualTo(ReasonCode.PACING);
      assertThat(BrokerErrors.brokerCode(third.failure())).isEmpty();
      assertThat(server.received(20)).isEqualTo(2);
    }
  }

  @Test
  void aSlowAnswerTimesOutAsAValue() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().slow(9, Duration.ofMillis(600)).build());
        IbBroker broker = new IbBroker(IbFixtures.settings(server).requestTimeout(Duration.ofMillis(200)).build(),
            BrokerConfigTable.bundled())) {
      ok(broker.connect());
      Result<?> r = await(broker.resolve(IbFixtures.SOFR));
      assertThat(r.failure().code()).isEqualTo(ReasonCode.TIMEOUT);
      assertThat(r.failure().message()).contains("contract details of SOFR/20250300");
    }
  }

  @Test
  void requestsUnderWayFailWhenTheConnectionDropsAndTheClientReconnectsWithBackOff() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().slow(62, Duration.ofMillis(300))
        .refuseReconnections(2).build()); IbBroker broker = IbFixtures.broker(server)) {
      ok(broker.connect());
      CompletableFuture<?> summary = broker.account();
      Thread.sleep(50);
      server.dropConnections();
      Result<?> r = (Result<?>) summary.get(5, TimeUnit.SECONDS);
      assertThat(r.failure().code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
      eventually(() -> broker.health().isReady(), "the reconnection");
      assertThat(broker.health().reconnections()).isEqualTo(1);
      assertThat(server.connectionCount()).isEqualTo(4);
      assertThat(ok(broker.quote(IbFixtures.SOFR)).bid()).isEqualTo(95.745);
    }
  }

  @Test
  void connectivityNoticesMoveTheHealth() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().build());
        IbBroker broker = IbFixtures.broker(server)) {
      ok(broker.connect());
      server.notice(1100, "Connectivity between IB and Trader Workstation has been lost.");
      eventually(() -> broker.health().state() == ConnectionState.BROKER_UNREACHABLE, "1100");
      assertThat(broker.health().lastNotice()).startsWith("1100");
      server.notice(1102, "Connectivity between IB and Trader Workstation has been restored - data maintained.");
      eventually(() -> broker.health().isReady(), "1102");
    }
  }

  @Test
  void pricesAreInPystradesUnitsThroughThePriceMagnifier() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().position(1002, 3).build());
        IbBroker broker = IbFixtures.broker(server)) {
      ok(broker.connect());
      List<ContractPosition> positions = ok(broker.positions());
      assertThat(positions).singleElement().satisfies(p -> {
        assertThat(p.contract()).isEqualTo(IbFixtures.CORN);
        assertThat(p.quantity()).isEqualTo(Quantity.of(3));
      });
      Quote q = ok(broker.quote(IbFixtures.CORN));
      assertThat(q.bid()).isCloseTo(450.0, within(1e-9));
      assertThat(q.ask()).isCloseTo(450.25, within(1e-9));
      assertThat(ok(broker.resolve(IbFixtures.CORN)).brokerId()).isEqualTo(1002);
      EventRecorder rec = new EventRecorder();
      broker.subscribe(rec);
      ClientOrderRef ref = ClientOrderRef.of("corn-limit");
      ok(broker.place(OrderRequest.limit(ref, IbFixtures.CORN, Quantity.of(1), 451)));
      OrderState s = rec.awaitState(ref, x -> x.status() == OrderStatus.FILLED, WAIT);
      assertThat(s.averageFillPrice()).isCloseTo(450.25, within(1e-9));
    }
  }

  @Test
  void messagesBeyondTheRateLimitWaitTheirTurnInOrder() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().fills(Scenario.Fills.NONE, 1).build());
        IbBroker broker = new IbBroker(IbFixtures.settings(server).maxMessagesPerSecond(20).build(),
            BrokerConfigTable.bundled())) {
      ok(broker.connect());
      ok(broker.resolve(IbFixtures.SOFR));
      Thread.sleep(1000);
      long start = System.nanoTime();
      List<CompletableFuture<Result<OrderState>>> acks = new java.util.ArrayList<>();
      for (int i = 0; i < 30; i++) {
        acks.add(broker.place(OrderRequest.limit(ClientOrderRef.of("paced-" + i), IbFixtures.SOFR, Quantity.of(1),
            90)));
      }
      long previous = 0;
      for (CompletableFuture<Result<OrderState>> a : acks) {
        OrderState s = ok(a);
        assertThat(s.orderId()).isGreaterThan(previous);
        previous = s.orderId();
      }
      // 30 messages at 20 a second: the last 10 wait for the first second's window to pass
      assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(450));
      assertThat(server.received(3)).isEqualTo(30);
    }
  }

  @Test
  void ordersFromSeveralThreadsAtFullSpeedAllFill() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().fills(Scenario.Fills.PARTIAL, 2).build());
        IbBroker broker = new IbBroker(IbFixtures.settings(server).maxMessagesPerSecond(1_000_000).build(),
            BrokerConfigTable.bundled())) {
      EventRecorder rec = new EventRecorder();
      broker.subscribe(rec);
      ok(broker.connect());
      ok(broker.resolve(IbFixtures.SOFR));
      int perThread = 300;
      Thread[] threads = new Thread[3];
      for (int t = 0; t < threads.length; t++) {
        int k = t;
        threads[t] = new Thread(() -> {
          for (int i = 0; i < perThread; i++) {
            broker.place(OrderRequest.market(ClientOrderRef.of("load-" + k + "-" + i), IbFixtures.SOFR,
                Quantity.of(2)));
          }
        });
        threads[t].start();
      }
      for (Thread t : threads) {
        t.join(30_000);
      }
      eventually(() -> rec.events().stream().filter(e -> e instanceof org.pystrade.broker.api.OrderEvent.Filled)
          .count() == 2L * perThread * threads.length, "every fill", Duration.ofSeconds(30));
      assertThat(ok(broker.positions())).singleElement()
          .satisfies(p -> assertThat(p.quantity().value()).isEqualTo(2.0 * perThread * threads.length));
    }
  }

  @Test
  void positionsNameTheContractMonthOfTheLocalSymbolNotOfTheLastTradeDate() throws Exception {
    org.pystrade.broker.testkit.FakeContract crude = new org.pystrade.broker.testkit.FakeContract(1003, "CL",
        "NYMEX", "USD", "1000", "202312", "20231120", "CLZ3", 1, 75.1, 75.11, 10);
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().contract(crude).position(1003, -2)
        .position(1001, 5).build()); IbBroker broker = IbFixtures.broker(server)) {
      ok(broker.connect());
      assertThat(ok(broker.positions())).extracting(p -> p.contract().id() + " " + p.quantity())
          .containsExactly("CRUDE_W/20231200 -2.0", "SOFR/20250300 5.0");
    }
  }

  @Test
  void fieldsAddedByANewerServerAreIgnored() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().extraFields(4).build());
        IbBroker broker = IbFixtures.broker(server)) {
      ConnectionInfo info = ok(broker.connect());
      assertThat(info.accounts()).containsExactly("DU123456");
      assertThat(info.serverVersion()).isEqualTo(176);
      assertThat(ok(broker.resolve(IbFixtures.SOFR)).lastTradeDate()).hasToString("2025-06-17");
      EventRecorder rec = new EventRecorder();
      broker.subscribe(rec);
      ClientOrderRef ref = ClientOrderRef.of("newer");
      ok(broker.place(OrderRequest.market(ref, IbFixtures.SOFR, Quantity.of(1))));
      rec.awaitState(ref, s -> s.status() == OrderStatus.FILLED, WAIT);
      assertThat(ok(broker.account()).netLiquidation().amount()).isEqualTo(1_000_000.0);
      assertThat(ok(broker.history(HistoryRequest.of(IbFixtures.SOFR, BarSize.ONE_DAY, Duration.ofDays(7), END)))
          .bars()).hasSize(5);
    }
  }

  @Test
  void anUnknownContractAtIbIsNoSuchContract() throws Exception {
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().build());
        IbBroker broker = IbFixtures.broker(server)) {
      ok(broker.connect());
      Result<?> r = await(broker.resolve(org.pystrade.core.domain.FuturesContract.of("SOFR", "20300300")));
      assertThat(r.failure().code()).isEqualTo(ReasonCode.NO_SUCH_CONTRACT);
      assertThat(BrokerErrors.brokerCode(r.failure())).hasValue(200);
    }
  }

  @Test
  void aMessageWhoseHandlingFailsEndsTheConnectionReleasesTheWaitersAndTheClientReconnects() throws Exception {
    // the server answers cancellations late, so that one is waiting when the failure comes
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().fills(Scenario.Fills.NONE, 1)
        .slow(4, Duration.ofSeconds(60)).build());
        IbBroker broker = new IbBroker(IbFixtures.settings(server).requestTimeout(Duration.ofSeconds(60)).build(),
            BrokerConfigTable.bundled())) {
      ok(broker.connect());
      ClientOrderRef ref = ClientOrderRef.of("working");
      OrderState placed = ok(broker.place(OrderRequest.limit(ref, IbFixtures.SOFR, Quantity.of(1), 95.0)));
      CompletableFuture<Result<OrderState>> cancel = broker.cancel(ref);

      // an execution of the order for half a contract, with its commission: the client cannot make a fill of it
      FakeContract c = IbFixtures.SOFR_IB;
      server.sendToClients(11, -1, placed.orderId(), c.conId(), c.symbol(), "FUT", c.lastTradeDate(), 0.0, "",
          c.multiplier(), c.exchange(), c.currency(), c.localSymbol(), c.symbol(), "half-1", "20250301-12:00:00",
          "DU123456", c.exchange(), "BOT", 0.5, 95.0, 1_000_000 + placed.orderId(), 7, 0, 0.5, 95.0, ref.value(), "",
          "", "", 1);
      server.sendToClients(59, 1, "half-1", 1.0, "USD", "", "", "");

      Result<OrderState> released = await(cancel);
      assertThat(released.isOk()).as("%s", released).isFalse();
      assertThat(released.failure().code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
      eventually(() -> broker.health().isReady() && broker.health().reconnections() == 1, "the reconnection");
      assertThat(server.connectionCount()).isEqualTo(2);
      assertThat(broker.order(ref)).hasValueSatisfying(s -> assertThat(s.status()).as("re-synchronised")
          .isEqualTo(OrderStatus.SUBMITTED));
      assertThat(ok(broker.fills())).isEmpty();
    }
  }
}
