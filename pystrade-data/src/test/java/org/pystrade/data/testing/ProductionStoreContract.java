package org.pystrade.data.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;
import org.pystrade.core.domain.trading.CapitalEntry;
import org.pystrade.core.domain.trading.ExecutionReport;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.InstrumentLock;
import org.pystrade.core.domain.trading.OptimalPositionEntry;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderRefusal;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.PositionLimit;
import org.pystrade.core.domain.trading.ProcessState;
import org.pystrade.core.domain.trading.ProcessStatus;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradeLimit;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.domain.trading.TradingOverride;
import org.pystrade.data.production.LateFillBooking;
import org.pystrade.data.production.OrderAmendment;
import org.pystrade.data.production.ProcessControl;
import org.pystrade.data.production.ProcessRun;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;

/**
 * The contract of a {@link ProductionStore}: extend it with {@link #open(Path, WriteListener)} returning the store
 * of a folder (empty the first time, holding what was written when opened again) and run it with JUnit 5. It
 * checks the round trip of every kind of state (across a reopen), the links between orders of the three stacks,
 * that {@link ProductionStore#bookFill} keeps every position equal to the sum of its fills, that
 * {@link ProductionStore#bookLateFill} books a late fill on its ended order and that order's ancestors (once, and
 * only within what the order has left), that a failure part-way through a transaction (injected by the write
 * listener, or thrown by the work) leaves the store as it was, and readers on several threads while fills are
 * booked.
 */
public abstract class ProductionStoreContract {

  /** A folder for each test's store. */
  @TempDir
  protected Path folder;

  private final List<ProductionStore> opened = new ArrayList<>();

  private static final StrategyName TREND = StrategyName.of("trend");
  private static final StrategyName CARRY = StrategyName.of("carry");
  private static final InstrumentCode SOFR = InstrumentCode.of("SOFR");
  private static final InstrumentCode GOLD = InstrumentCode.of("GOLD");
  private static final FuturesContract SOFR_Z = FuturesContract.of(SOFR, ContractDate.of("20261200"));
  private static final FuturesContract SOFR_H = FuturesContract.of(SOFR, ContractDate.of("20270300"));
  private static final Instant T0 = Instant.parse("2026-12-04T21:00:00Z");

  /**
   * Opens the store of a folder.
   *
   * @param dir the folder (a store not kept in files uses it as a name)
   * @param listener to pass to the store
   * @return the store
   */
  protected abstract ProductionStore open(Path dir, WriteListener listener);

  private ProductionStore store(WriteListener listener) {
    ProductionStore s = open(folder, listener);
    opened.add(s);
    return s;
  }

  private ProductionStore store() {
    return store(WriteListener.NONE);
  }

  /** Closes the stores opened. */
  @AfterEach
  void closeStores() {
    opened.forEach(ProductionStore::close);
  }

  /**
   * A process's run lock: one owner at a time, renewed by its heartbeat, lapsing when not renewed; the end releases
   * it and records the day; the control and the record survive a reopen.
   */
  @Test
  void processControlLockAndRecord() {
    ProductionStore s = store();
    s.processControls().register("daily", T0);
    s.processControls().register("daily", T0.plusSeconds(1));
    assertThat(s.processControls().get("daily").orElseThrow().control()).isEqualTo(ProcessControl.GO);
    assertThat(s.processControls().tryStart("daily", "a", T0, T0.plusSeconds(60))).isTrue();
    assertThat(s.processControls().tryStart("daily", "b", T0.plusSeconds(30), T0.plusSeconds(90))).isFalse();
    assertThat(s.processControls().heartbeat("daily", "a", T0.plusSeconds(120))).isTrue();
    assertThat(s.processControls().tryStart("daily", "b", T0.plusSeconds(90), T0.plusSeconds(150))).isFalse();
    ProcessRun running = s.processControls().get("daily").orElseThrow();
    assertThat(running.runningAt(T0.plusSeconds(100))).isTrue();
    assertThat(running.crashedAt(T0.plusSeconds(121))).isTrue();
    // a crashed owner: its lock lapses and another takes it; the old owner can neither renew nor end
    assertThat(s.processControls().tryStart("daily", "b", T0.plusSeconds(121), T0.plusSeconds(181))).isTrue();
    assertThat(s.processControls().heartbeat("daily", "a", T0.plusSeconds(200))).isFalse();
    assertThat(s.processControls().end("daily", "a", T0.plusSeconds(130), Optional.empty(), "late")).isFalse();
    assertThat(s.processControls().end("daily", "b", T0.plusSeconds(140), Optional.of(LocalDate.of(2026, 12, 4)),
        "done")).isTrue();
    assertThat(s.processControls().tryStart("daily", "c", T0.plusSeconds(141), T0.plusSeconds(200))).isTrue();
    assertThat(s.processControls().release("daily", "b")).isFalse();
    assertThat(s.processControls().release("daily", "c")).isTrue();
    assertThat(s.processControls().get("daily").orElseThrow().crashedAt(T0.plusSeconds(142))).isTrue();
    assertThat(s.processControls().end("daily", "c", T0.plusSeconds(143), Optional.of(LocalDate.of(2026, 12, 4)),
        "done")).isFalse();
    s.processControls().setControl("daily", ProcessControl.PAUSE, T0.plusSeconds(150));
    ProductionStore again = store();
    ProcessRun done = again.processControls().get("daily").orElseThrow();
    assertThat(done.control()).isEqualTo(ProcessControl.PAUSE);
    assertThat(done.lockOwner()).isEmpty();
    assertThat(done.lastDay()).contains(LocalDate.of(2026, 12, 4));
    assertThat(done.lastStart()).contains(T0.plusSeconds(141));
    assertThat(done.lastEnd()).contains(T0.plusSeconds(140));
    assertThat(done.lastOutcome()).isEqualTo("done");
    assertThat(done.runningAt(T0.plusSeconds(144))).isFalse();
    assertThat(again.processControls().all()).extracting(ProcessRun::process).containsExactly("daily");
  }

  /** An alert is new once until resolved; open alerts survive a reopen. */
  @Test
  void alertsOnceUntilResolved() {
    ProductionStore s = store();
    assertThat(s.alerts().raise("stale:SOFR", "SOFR's prices are 5 days old", T0)).isTrue();
    assertThat(s.alerts().raise("stale:SOFR", "SOFR's prices are 6 days old", T0.plusSeconds(86_400))).isFalse();
    assertThat(store().alerts().open()).singleElement().satisfies(a -> {
      assertThat(a.key()).isEqualTo("stale:SOFR");
      assertThat(a.message()).isEqualTo("SOFR's prices are 5 days old");
      assertThat(a.raised()).isEqualTo(T0);
    });
    assertThat(s.alerts().resolve("stale:SOFR")).isTrue();
    assertThat(s.alerts().resolve("stale:SOFR")).isFalse();
    assertThat(s.alerts().raise("stale:SOFR", "again", T0.plusSeconds(172_800))).isTrue();
  }

  private static TradingOrder instrumentOrder(StrategyName s, InstrumentCode i, long qty) {
    return TradingOrder.builder(OrderLevel.INSTRUMENT, s, i, Quantity.ofWhole(qty)).created(T0)
        .comment("to buffer edge").build();
  }

  private static TradingOrder childOrder(OrderLevel level, TradingOrder parent, FuturesContract k, long qty,
      String ref) {
    return TradingOrder.builder(level, parent.strategy(), parent.instrument(), Quantity.ofWhole(qty))
        .parent(parent.id()).contract(k).clientRef(ref).created(T0.plusSeconds(1)).build();
  }

  /** An instrument order with a contract order and a broker order, stored. */
  private static TradingOrder[] stack(ProductionStore s, StrategyName strategy, FuturesContract k, long qty,
      String ref) {
    TradingOrder i = s.orders().insert(instrumentOrder(strategy, k.instrument(), qty));
    TradingOrder c = s.orders().insert(childOrder(OrderLevel.CONTRACT, i, k, qty, ""));
    TradingOrder b = s.orders().insert(childOrder(OrderLevel.BROKER, c, k, qty, ref));
    return new TradingOrder[] {i, c, b};
  }

  private static FillRecord fill(TradingOrder broker, String exec, long qty, double price) {
    return FillRecord.of(broker.id(), exec, Quantity.ofWhole(qty), price, T0.plusSeconds(5),
        Money.of(-2.5, Currency.USD));
  }

  private static long sumOfFills(ProductionStore s, StrategyName strategy, InstrumentCode instrument) {
    return s.fills().all().stream().filter(f -> {
      TradingOrder o = s.orders().get(f.brokerOrderId()).orElseThrow();
      return o.strategy().equals(strategy) && o.instrument().equals(instrument);
    }).mapToLong(f -> f.quantity().longValueExact()).sum();
  }

  @Test
  void everyKindOfStateRoundTripsAndOutlivesTheStore() {
    ProductionStore s = store();
    s.strategies().put(new Strategy(TREND, 2.0, "trend.yaml"));
    s.strategies().put(new Strategy(CARRY, 1.0, ""));
    s.strategies().put(new Strategy(CARRY, 1.5, "carry.yaml"));
    CapitalEntry c1 = new CapitalEntry(T0, Money.of(1e6, Currency.USD), Money.of(1.1e6, Currency.USD),
        Money.of(1.05e6, Currency.USD), Money.of(-12_345.675, Currency.USD));
    CapitalEntry c2 = new CapitalEntry(T0.plusSeconds(86_400), Money.of(0.1 + 0.2, Currency.USD),
        Money.of(1.1e6, Currency.USD), Money.of(1.06e6, Currency.USD), Money.of(1e-9, Currency.USD));
    s.capital().addTotal(c2);
    s.capital().addTotal(c1);
    s.capital().addStrategyCapital(TREND, T0, Money.of(600_000, Currency.USD));
    s.capital().addStrategyCapital(TREND, T0.plusSeconds(60), Money.of(650_000.25, Currency.USD));
    s.rollStates().set(SOFR, RollState.PASSIVE);
    s.rollStates().set(GOLD, RollState.FORCE);
    s.rollStates().set(GOLD, RollState.FORCE_OUTRIGHT);
    s.overrides().set(TREND, null, TradingOverride.REDUCE_ONLY);
    s.overrides().set(null, GOLD, TradingOverride.CLOSE);
    s.overrides().set(CARRY, SOFR, TradingOverride.NO_TRADING);
    s.limits().putPositionLimit(new PositionLimit(null, SOFR, 40));
    s.limits().putPositionLimit(new PositionLimit(TREND, SOFR, 25));
    s.limits().putTradeLimit(new TradeLimit(TREND, SOFR, 1, 10));
    s.limits().putTradeLimit(new TradeLimit(null, SOFR, 7, 30));
    s.locks().lock(new InstrumentLock(GOLD, "position break: 3 ours, 2 broker's", T0));
    assertThat(s.locks().lock(new InstrumentLock(GOLD, "again", T0.plusSeconds(9)))).isFalse();
    s.processes().put(new ProcessStatus("run_daily", ProcessState.RUNNING, 4242, T0, ""));
    s.processes().put(new ProcessStatus("run_daily", ProcessState.FAILED, 4242, T0.plusSeconds(3), "no prices"));
    OptimalPositionEntry o1 = new OptimalPositionEntry(TREND, SOFR, T0, 3.4172, 2.9, 3.9344);
    OptimalPositionEntry o2 = new OptimalPositionEntry(TREND, SOFR, T0.plusSeconds(86_400), -1.25, -1.5, -1.0);
    s.optimalPositions().add(o2);
    s.optimalPositions().add(o1);
    OrderRefusal r1 = new OrderRefusal(TREND, GOLD, T0, Quantity.ofWhole(3), Quantity.ZERO, "LOCK: 3 -> 0 (locked)");
    OrderRefusal r2 = new OrderRefusal(CARRY, SOFR, T0.plusSeconds(1), Quantity.ofWhole(-4), Quantity.ofWhole(-1),
        "TRADE_LIMIT: -4 -> -1");
    s.refusals().add(r1);
    s.refusals().add(r2);
    s.close();

    ProductionStore again = store();
    assertThat(again.strategies().all()).containsExactly(new Strategy(CARRY, 1.5, "carry.yaml"),
        new Strategy(TREND, 2.0, "trend.yaml"));
    assertThat(again.strategies().get(StrategyName.of("none"))).isEmpty();
    assertThat(again.capital().totalHistory()).containsExactly(c1, c2);
    assertThat(again.capital().latestTotal()).contains(c2);
    assertThat(again.capital().latestStrategyCapital(TREND)).contains(Money.of(650_000.25, Currency.USD));
    assertThat(again.capital().strategyCapitalEntries(TREND)).isEqualTo(2);
    assertThat(again.capital().latestStrategyCapital(CARRY)).isEmpty();
    assertThat(again.rollStates().get(GOLD)).isEqualTo(RollState.FORCE_OUTRIGHT);
    assertThat(again.rollStates().get(InstrumentCode.of("V2X"))).isEqualTo(RollState.NO_ROLL);
    assertThat(again.rollStates().all()).containsOnly(Map.entry(SOFR, RollState.PASSIVE),
        Map.entry(GOLD, RollState.FORCE_OUTRIGHT));
    assertThat(again.overrides().inForce(TREND, SOFR)).isEqualTo(TradingOverride.REDUCE_ONLY);
    assertThat(again.overrides().inForce(TREND, GOLD)).isEqualTo(TradingOverride.CLOSE);
    assertThat(again.overrides().inForce(CARRY, SOFR)).isEqualTo(TradingOverride.NO_TRADING);
    assertThat(again.overrides().inForce(CARRY, InstrumentCode.of("V2X"))).isEqualTo(TradingOverride.NONE);
    again.overrides().set(CARRY, SOFR, TradingOverride.NONE);
    assertThat(again.overrides().inForce(CARRY, SOFR)).isEqualTo(TradingOverride.NONE);
    assertThat(again.limits().positionLimits(SOFR)).containsExactly(new PositionLimit(null, SOFR, 40),
        new PositionLimit(TREND, SOFR, 25));
    assertThat(again.limits().tradeLimits(SOFR)).containsExactly(new TradeLimit(null, SOFR, 7, 30),
        new TradeLimit(TREND, SOFR, 1, 10));
    assertThat(again.locks().lockOn(GOLD)).contains(new InstrumentLock(GOLD, "position break: 3 ours, 2 broker's",
        T0));
    assertThat(again.locks().unlock(GOLD)).isTrue();
    assertThat(again.locks().all()).isEmpty();
    assertThat(again.processes().get("run_daily")).contains(new ProcessStatus("run_daily", ProcessState.FAILED,
        4242, T0.plusSeconds(3), "no prices"));
    assertThat(again.optimalPositions().history(TREND, SOFR)).containsExactly(o1, o2);
    assertThat(again.optimalPositions().latest(TREND, SOFR)).contains(o2);
    assertThat(again.optimalPositions().latest(CARRY, SOFR)).isEmpty();
    assertThat(again.refusals().since(T0)).containsExactly(r1, r2);
    assertThat(again.refusals().since(T0.plusSeconds(1))).containsExactly(r2);
  }

  @Test
  void ordersKeepTheirParentChildLinks() {
    ProductionStore s = store();
    TradingOrder[] st = stack(s, TREND, SOFR_Z, 3, "trend-SOFR-1");
    TradingOrder second = s.orders().insert(childOrder(OrderLevel.BROKER, st[1], SOFR_Z, 1, "trend-SOFR-2"));
    assertThat(st[0].id()).isPositive();
    assertThat(s.orders().get(st[0].id())).contains(st[0]);
    assertThat(s.orders().children(st[0].id())).containsExactly(st[1]);
    assertThat(s.orders().children(st[1].id())).containsExactly(st[2], second);
    assertThat(s.orders().byClientRef("trend-SOFR-2")).contains(second);
    assertThat(s.orders().withStatus(OrderLevel.BROKER, OrderStatus.OPEN)).containsExactly(st[2], second);

    assertThatThrownBy(() -> s.orders().insert(childOrder(OrderLevel.BROKER, st[1], SOFR_Z, 1, "trend-SOFR-2")))
        .isInstanceOf(DataException.class).hasMessageContaining("trend-SOFR-2 is already used");
    assertThatThrownBy(() -> s.orders().insert(childOrder(OrderLevel.BROKER, st[0], SOFR_Z, 1, "x1")))
        .isInstanceOf(DataException.class).hasMessageContaining("cannot be the parent");
    TradingOrder orphan = TradingOrder.builder(OrderLevel.CONTRACT, TREND, SOFR, Quantity.ofWhole(1)).parent(999)
        .contract(SOFR_Z).build();
    assertThatThrownBy(() -> s.orders().insert(orphan)).isInstanceOf(DataException.class)
        .satisfies(e -> assertThat(((DataException) e).code()).isEqualTo(ReasonCode.BAD_VALUE))
        .hasMessageContaining("parent order 999 does not exist");
    TradingOrder otherStrategy = TradingOrder.builder(OrderLevel.CONTRACT, CARRY, SOFR, Quantity.ofWhole(1))
        .parent(st[0].id()).contract(SOFR_Z).build();
    assertThatThrownBy(() -> s.orders().insert(otherStrategy)).isInstanceOf(DataException.class);

    s.orders().end(second.id(), OrderStatus.CANCELLED);
    assertThat(s.orders().get(second.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThatThrownBy(() -> s.orders().end(second.id(), OrderStatus.CANCELLED))
        .isInstanceOf(DataException.class).hasMessageContaining("no open order");
    assertThat(s.orders().children(st[1].id())).hasSize(2);
  }

  @Test
  void bookFillKeepsEveryPositionTheSumOfItsFills() {
    ProductionStore s = store();
    TradingOrder[] buy = stack(s, TREND, SOFR_Z, 5, "b1");
    TradingOrder[] sell = stack(s, CARRY, SOFR_Z, -2, "s1");
    TradingOrder[] next = stack(s, TREND, SOFR_H, 1, "b2");

    FillRecord f1 = s.bookFill(fill(buy[2], "E1", 2, 96.125));
    s.bookFill(fill(sell[2], "E2", -2, 96.13));
    s.bookFill(fill(buy[2], "E3", 3, 96.12));
    s.bookFill(fill(next[2], "E4", 1, 96.3));

    assertThat(f1.id()).isPositive();
    assertThat(s.fills().byExecutionId("E1")).contains(f1);
    assertThat(s.fills().ofOrder(buy[2].id())).extracting(FillRecord::executionId).containsExactly("E1", "E3");
    for (TradingOrder o : buy) {
      TradingOrder now = s.orders().get(o.id()).orElseThrow();
      assertThat(now.filled()).isEqualTo(Quantity.ofWhole(5));
      assertThat(now.status()).isEqualTo(OrderStatus.COMPLETED);
    }
    assertThat(s.positions().instrumentPosition(TREND, SOFR)).isEqualTo(Quantity.ofWhole(6));
    assertThat(s.positions().instrumentPosition(CARRY, SOFR)).isEqualTo(Quantity.ofWhole(-2));
    assertThat(s.positions().instrumentPosition(TREND, GOLD)).isEqualTo(Quantity.ZERO);
    assertThat(s.positions().instrumentPositions(TREND)).containsOnly(Map.entry(SOFR, Quantity.ofWhole(6)));
    assertThat(s.positions().contractPositions(SOFR)).containsOnly(Map.entry(SOFR_Z, Quantity.ofWhole(3)),
        Map.entry(SOFR_H, Quantity.ofWhole(1)));
    for (StrategyName st : List.of(TREND, CARRY)) {
      assertThat(s.positions().instrumentPosition(st, SOFR).longValueExact()).isEqualTo(sumOfFills(s, st, SOFR));
    }
    // fills at T0 + 5 s: |2| + |-2| + |3| + |1|
    assertThat(s.fills().contractsTraded(null, SOFR, T0)).isEqualTo(8);
    assertThat(s.fills().contractsTraded(TREND, SOFR, T0)).isEqualTo(6);
    assertThat(s.fills().contractsTraded(CARRY, SOFR, T0)).isEqualTo(2);
    assertThat(s.fills().contractsTraded(null, SOFR, T0.plusSeconds(6))).isZero();
    assertThat(s.fills().contractsTraded(null, GOLD, T0)).isZero();
    assertThat(s.positions().contractPosition(SOFR_Z).longValueExact() + s.positions().contractPosition(SOFR_H)
        .longValueExact()).isEqualTo(sumOfFills(s, TREND, SOFR) + sumOfFills(s, CARRY, SOFR));
  }

  @Test
  void aRefusedFillChangesNothing() {
    ProductionStore s = store();
    TradingOrder[] buy = stack(s, TREND, SOFR_Z, 2, "b1");
    s.bookFill(fill(buy[2], "E1", 1, 96.0));

    assertThatThrownBy(() -> s.bookFill(fill(buy[2], "E1", 1, 96.0))).isInstanceOf(DataException.class)
        .hasMessageContaining("E1 was booked before");
    assertThatThrownBy(() -> s.bookFill(fill(buy[2], "E2", 2, 96.0))).isInstanceOf(DataException.class)
        .satisfies(e -> assertThat(((DataException) e).code()).isEqualTo(ReasonCode.BAD_VALUE))
        .hasMessageContaining("does not fit");
    assertThatThrownBy(() -> s.bookFill(fill(buy[2], "E3", -1, 96.0))).isInstanceOf(DataException.class);
    assertThatThrownBy(() -> s.bookFill(FillRecord.of(buy[1].id(), "E4", Quantity.ofWhole(1), 96.0, T0,
        Money.of(0, Currency.USD)))).isInstanceOf(DataException.class).hasMessageContaining("fills are of broker");

    assertThat(s.fills().all()).extracting(FillRecord::executionId).containsExactly("E1");
    assertThat(s.orders().get(buy[0].id()).orElseThrow().filled()).isEqualTo(Quantity.ofWhole(1));
    assertThat(s.positions().instrumentPosition(TREND, SOFR)).isEqualTo(Quantity.ofWhole(1));
    assertThat(s.positions().contractPosition(SOFR_Z)).isEqualTo(Quantity.ofWhole(1));
  }

  /**
   * A store whose writes are listed in {@code written}; while {@code failNow} is set, writing a part whose name
   * starts with {@code failing} fails.
   */
  private ProductionStore failingStore(List<String> written, AtomicBoolean failNow, String failing) {
    return store(part -> {
      written.add(part);
      if (failNow.get() && part.startsWith(failing)) {
        throw new IllegalStateException("disk gone (injected)");
      }
    });
  }

  @Test
  void aFailurePartWayThroughBookingAFillLeavesTheStoreAsItWas() {
    AtomicBoolean failNow = new AtomicBoolean();
    List<String> written = new ArrayList<>();
    ProductionStore s = failingStore(written, failNow, "contract position");
    TradingOrder[] buy = stack(s, TREND, SOFR_Z, 4, "b1");
    s.bookFill(fill(buy[2], "E1", 1, 96.0));
    failNow.set(true);
    written.clear();

    assertThatThrownBy(() -> s.bookFill(fill(buy[2], "E2", 3, 96.5))).hasMessageContaining("injected");
    assertThat(written).containsExactly("fill E2", "order " + buy[2].id(), "order " + buy[1].id(),
        "order " + buy[0].id(), "contract position");

    assertThat(s.fills().all()).extracting(FillRecord::executionId).containsExactly("E1");
    for (TradingOrder o : buy) {
      TradingOrder now = s.orders().get(o.id()).orElseThrow();
      assertThat(now.filled()).isEqualTo(Quantity.ofWhole(1));
      assertThat(now.status()).isEqualTo(OrderStatus.OPEN);
    }
    assertThat(s.positions().contractPosition(SOFR_Z)).isEqualTo(Quantity.ofWhole(1));
    assertThat(s.positions().instrumentPosition(TREND, SOFR)).isEqualTo(Quantity.ofWhole(1));

    failNow.set(false);
    s.bookFill(fill(buy[2], "E2", 3, 96.5));
    assertThat(s.positions().instrumentPosition(TREND, SOFR)).isEqualTo(Quantity.ofWhole(4));
    assertThat(s.orders().get(buy[0].id()).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  void aTransactionThatFailsWritesNothing() {
    ProductionStore s = store();
    TradingOrder[] buy = stack(s, TREND, SOFR_Z, 2, "b1");
    assertThatThrownBy(() -> s.inTransaction("order, fill and lock", () -> {
      TradingOrder more = s.orders().insert(instrumentOrder(TREND, GOLD, 1));
      assertThat(s.orders().get(more.id())).contains(more);
      s.bookFill(fill(buy[2], "E1", 2, 96.0));
      assertThat(s.positions().instrumentPosition(TREND, SOFR)).isEqualTo(Quantity.ofWhole(2));
      s.locks().lock(new InstrumentLock(GOLD, "test", T0));
      throw new IllegalStateException("crash (injected)");
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("injected");

    assertThat(s.orders().withStatus(OrderLevel.INSTRUMENT, OrderStatus.OPEN)).containsExactly(buy[0]);
    assertThat(s.fills().all()).isEmpty();
    assertThat(s.positions().instrumentPosition(TREND, SOFR)).isEqualTo(Quantity.ZERO);
    assertThat(s.locks().all()).isEmpty();

    s.inTransaction("order and fill", () -> s.bookFill(fill(buy[2], "E1", 2, 96.0)));
    assertThat(s.positions().instrumentPosition(TREND, SOFR)).isEqualTo(Quantity.ofWhole(2));
  }

  @Test
  void readersOnSeveralThreadsSeeWholeFills() throws Exception {
    ProductionStore s = store();
    int n = 60;
    TradingOrder[] buy = stack(s, TREND, SOFR_Z, n, "b1");
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger reads = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(pool.submit(() -> {
          while (!done.get()) {
            long before = s.positions().instrumentPosition(TREND, SOFR).longValueExact();
            long fills = s.fills().ofOrder(buy[2].id()).size();
            long filled = s.orders().get(buy[2].id()).orElseThrow().filled().longValueExact();
            long after = s.positions().contractPosition(SOFR_Z).longValueExact();
            assertThat(before).isLessThanOrEqualTo(fills);
            assertThat(fills).isLessThanOrEqualTo(filled);
            assertThat(filled).isLessThanOrEqualTo(after);
            reads.incrementAndGet();
          }
          return null;
        }));
      }
      for (int i = 0; i < n; i++) {
        s.bookFill(fill(buy[2], "E" + i, 1, 96.0 + i / 1000.0));
      }
      done.set(true);
      for (Future<?> f : readers) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
    assertThat(reads.get()).isPositive();
    assertThat(s.positions().instrumentPosition(TREND, SOFR)).isEqualTo(Quantity.ofWhole(n));
    assertThat(s.orders().get(buy[0].id()).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
  }

  /** The orders of a stack, as the store has them now. */
  private static List<TradingOrder> now(ProductionStore s, TradingOrder[] stack) {
    return Arrays.stream(stack).map(o -> s.orders().get(o.id()).orElseThrow()).toList();
  }

  /** Ends a stack as the end of a day does: the broker order, then its contract and instrument orders. */
  private static void endStack(ProductionStore s, TradingOrder[] stack, OrderStatus brokerEnd) {
    s.orders().end(stack[2].id(), brokerEnd);
    s.orders().end(stack[1].id(), OrderStatus.CANCELLED);
    s.orders().end(stack[0].id(), OrderStatus.CANCELLED);
  }

  /**
   * A late fill of all a cancelled broker order's quantity is booked on it: it, its contract and instrument orders
   * are completed and filled, its archive says what filled at what price, the positions move, each order's
   * amendment says what it was; booking the same execution again books nothing and says so.
   */
  @Test
  void aLateFillOfAllOfACancelledOrderCompletesItAndItsAncestors() {
    ProductionStore s = store();
    TradingOrder[] buy = stack(s, TREND, SOFR_Z, 2, "b1");
    endStack(s, buy, OrderStatus.CANCELLED);
    s.executions().archive(ExecutionReport.of(buy[2].id(), "market", 96.0, Quantity.ZERO, Double.NaN,
        OrderStatus.CANCELLED, T0.plusSeconds(2)));

    Result<LateFillBooking> booked = s.bookLateFill(fill(buy[2], "E1", 2, 96.125));

    assertThat(booked.isOk()).as("%s", booked).isTrue();
    assertThat(booked.value().bookedBefore()).isFalse();
    FillRecord f = booked.value().fill();
    assertThat(f.id()).isPositive();
    assertThat(f.brokerOrderId()).isEqualTo(buy[2].id());
    assertThat(s.fills().ofOrder(buy[2].id())).containsExactly(f);
    for (TradingOrder o : now(s, buy)) {
      assertThat(o.status()).as("%s order", o.level()).isEqualTo(OrderStatus.COMPLETED);
      assertThat(o.filled()).as("%s order", o.level()).isEqualTo(Quantity.ofWhole(2));
    }
    assertThat(booked.value().amendments()).extracting(OrderAmendment::orderId)
        .containsExactly(buy[2].id(), buy[1].id(), buy[0].id());
    assertThat(booked.value().amendments()).allSatisfy(a -> {
      assertThat(a.fillId()).isEqualTo(f.id());
      assertThat(a.cause()).isEqualTo(OrderAmendment.Cause.LATE_FILL);
      assertThat(a.statusBefore()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(a.statusAfter()).isEqualTo(OrderStatus.COMPLETED);
      assertThat(a.filledBefore()).isEqualTo(Quantity.ZERO);
      assertThat(a.filledAfter()).isEqualTo(Quantity.ofWhole(2));
      assertThat(a.beyond()).isEqualTo(Quantity.ZERO);
    });
    assertThat(s.fills().amendments(f.id())).isEqualTo(booked.value().amendments());
    assertThat(s.orders().amendments(buy[2].id())).containsExactly(booked.value().amendments().get(0));
    assertThat(s.executions().of(buy[2].id())).hasValueSatisfying(r -> {
      assertThat(r.status()).isEqualTo(OrderStatus.COMPLETED);
      assertThat(r.filled()).isEqualTo(Quantity.ofWhole(2));
      assertThat(r.averagePrice()).isEqualTo(96.125);
      assertThat(r.slippage()).isEqualTo(0.125);
      assertThat(r.archived()).isEqualTo(T0.plusSeconds(2));
    });
    assertThat(s.positions().instrumentPosition(TREND, SOFR)).isEqualTo(Quantity.ofWhole(2));
    assertThat(s.positions().contractPosition(SOFR_Z)).isEqualTo(Quantity.ofWhole(2));
    assertThat(s.positions().instrumentPosition(TREND, SOFR).longValueExact()).isEqualTo(sumOfFills(s, TREND, SOFR));

    // the same execution again, on the order or any other: nothing booked, and it says so
    TradingOrder[] other = stack(s, TREND, SOFR_Z, 2, "b2");
    s.orders().end(other[2].id(), OrderStatus.CANCELLED);
    for (TradingOrder on : List.of(buy[2], other[2])) {
      Result<LateFillBooking> again = s.bookLateFill(fill(on, "E1", 2, 96.125));
      assertThat(again.isOk()).isTrue();
      assertThat(again.value().bookedBefore()).isTrue();
      assertThat(again.value().fill()).isEqualTo(f);
      assertThat(again.value().amendments()).isEqualTo(booked.value().amendments());
    }
    assertThat(s.fills().all()).containsExactly(f);
    assertThat(now(s, other)).extracting(TradingOrder::filled).containsOnly(Quantity.ZERO);
    assertThat(s.positions().contractPosition(SOFR_Z)).isEqualTo(Quantity.ofWhole(2));
    assertThat(store().orders().get(buy[2].id()).orElseThrow().status()).as("after a reopen")
        .isEqualTo(OrderStatus.COMPLETED);
  }

  /**
   * A late fill of part of what an ended broker order has left: the order stays ended (a rejected one, which has
   * now filled something, is cancelled) with its filled quantity right; its contract order, still open (another
   * attempt may fill the rest), stays open with the fill counted; the positions move.
   */
  @Test
  void aLatePartialFillLeavesTheOrderEndedWithItsFilledQuantityRight() {
    ProductionStore s = store();
    TradingOrder[] sell = stack(s, CARRY, SOFR_H, -5, "s1");
    s.bookFill(fill(sell[2], "E1", -1, 96.5));
    s.orders().end(sell[2].id(), OrderStatus.CANCELLED);
    TradingOrder[] rejected = stack(s, TREND, SOFR_H, 3, "r1");
    endStack(s, rejected, OrderStatus.REJECTED);

    Result<LateFillBooking> late = s.bookLateFill(fill(sell[2], "E2", -2, 96.25));
    Result<LateFillBooking> lateOfRejected = s.bookLateFill(fill(rejected[2], "E3", 1, 96.0));

    assertThat(late.isOk()).as("%s", late).isTrue();
    assertThat(lateOfRejected.isOk()).as("%s", lateOfRejected).isTrue();
    assertThat(now(s, sell)).extracting(TradingOrder::status).containsExactly(OrderStatus.OPEN, OrderStatus.OPEN,
        OrderStatus.CANCELLED);
    assertThat(now(s, sell)).extracting(TradingOrder::filled).containsOnly(Quantity.ofWhole(-3));
    assertThat(late.value().amendments()).extracting(OrderAmendment::statusBefore, OrderAmendment::statusAfter,
        OrderAmendment::filledBefore, OrderAmendment::filledAfter).containsExactly(
        tuple(OrderStatus.CANCELLED, OrderStatus.CANCELLED, Quantity.ofWhole(-1),
            Quantity.ofWhole(-3)),
        tuple(OrderStatus.OPEN, OrderStatus.OPEN, Quantity.ofWhole(-1),
            Quantity.ofWhole(-3)),
        tuple(OrderStatus.OPEN, OrderStatus.OPEN, Quantity.ofWhole(-1),
            Quantity.ofWhole(-3)));
    assertThat(now(s, rejected)).extracting(TradingOrder::status).containsOnly(OrderStatus.CANCELLED);
    assertThat(now(s, rejected)).extracting(TradingOrder::filled).containsOnly(Quantity.ofWhole(1));
    assertThat(lateOfRejected.value().amendments().get(0).statusBefore()).isEqualTo(OrderStatus.REJECTED);
    assertThat(s.positions().instrumentPosition(CARRY, SOFR)).isEqualTo(Quantity.ofWhole(-3));
    assertThat(s.positions().instrumentPosition(TREND, SOFR)).isEqualTo(Quantity.ofWhole(1));
    assertThat(s.positions().contractPosition(SOFR_H)).isEqualTo(Quantity.ofWhole(-2));
    assertThat(s.executions().of(sell[2].id())).as("not archived: no archive to amend").isEmpty();

    // what it has left still fills as a late fill; the open contract order then completes
    assertThat(s.bookLateFill(fill(sell[2], "E4", -2, 96.0)).isOk()).isTrue();
    assertThat(now(s, sell)).extracting(TradingOrder::status).containsOnly(OrderStatus.COMPLETED);
    assertThat(s.orders().amendments(sell[2].id())).hasSize(2);
  }

  /**
   * A late fill that does not fit what its ended broker order has left (beyond it, or of the other sign) is
   * refused as a reconciliation break, one of an order that is open, not a broker order or not in the store as a
   * bad value; nothing is written. A fill of an ended order is not booked by {@code bookFill}.
   */
  @Test
  void aLateFillThatDoesNotFitItsEndedOrderIsRefusedAndBooksNothing() {
    ProductionStore s = store();
    TradingOrder[] buy = stack(s, TREND, SOFR_Z, 2, "b1");
    s.bookFill(fill(buy[2], "E1", 1, 96.0));
    endStack(s, buy, OrderStatus.CANCELLED);
    TradingOrder[] open = stack(s, TREND, SOFR_Z, 2, "b2");

    assertThat(s.bookLateFill(fill(buy[2], "E2", 2, 96.0)).failure()).satisfies(f -> {
      assertThat(f.code()).isEqualTo(ReasonCode.RECONCILIATION_BREAK);
      assertThat(f.message()).contains("E2", "does not fit broker order " + buy[2].id(), "b1", "CANCELLED");
    });
    assertThat(s.bookLateFill(fill(buy[2], "E3", -1, 96.0)).failure().code())
        .isEqualTo(ReasonCode.RECONCILIATION_BREAK);
    assertThat(s.bookLateFill(fill(open[2], "E4", 1, 96.0)).failure()).satisfies(f -> {
      assertThat(f.code()).isEqualTo(ReasonCode.BAD_VALUE);
      assertThat(f.message()).contains("is open");
    });
    assertThat(s.bookLateFill(FillRecord.of(buy[1].id(), "E5", Quantity.ofWhole(1), 96.0, T0,
        Money.of(0, Currency.USD))).failure().message()).contains("fills are of broker orders");
    assertThat(s.bookLateFill(FillRecord.of(999, "E6", Quantity.ofWhole(1), 96.0, T0, Money.of(0, Currency.USD)))
        .failure().message()).contains("no order 999");
    assertThatThrownBy(() -> s.bookFill(fill(buy[2], "E7", 1, 96.0))).isInstanceOf(DataException.class)
        .hasMessageContaining("late fill");

    assertThat(s.fills().all()).extracting(FillRecord::executionId).containsExactly("E1");
    assertThat(now(s, buy)).extracting(TradingOrder::filled).containsOnly(Quantity.ofWhole(1));
    assertThat(now(s, buy)).extracting(TradingOrder::status).containsOnly(OrderStatus.CANCELLED);
    assertThat(s.orders().amendments(buy[2].id())).isEmpty();
    assertThat(s.positions().contractPosition(SOFR_Z)).isEqualTo(Quantity.ofWhole(1));
    assertThat(s.positions().instrumentPosition(TREND, SOFR)).isEqualTo(Quantity.ofWhole(1));
  }

  /**
   * Two broker orders of one contract order both fill (the first's cancellation was confirmed, the broker filled
   * it all the same, and the rest went in a second): every fill is booked and every position is the sum of its
   * fills; the contract and instrument orders are filled up to their quantity, what went beyond is kept as their
   * amendment, whichever fill came first.
   */
  @Test
  void aFillBeyondAContractOrderFilledByAnotherOfItsBrokerOrdersIsBookedAndWhatWentBeyondKept() {
    ProductionStore s = store();
    for (boolean lateFirst : List.of(true, false)) {
      StrategyName strategy = lateFirst ? TREND : CARRY;
      TradingOrder[] first = stack(s, strategy, SOFR_Z, 2, strategy.value() + "-1");
      s.orders().end(first[2].id(), OrderStatus.CANCELLED);
      TradingOrder second = s.orders().insert(childOrder(OrderLevel.BROKER, first[1], SOFR_Z, 2,
          strategy.value() + "-2"));
      FillRecord lastFill;
      if (lateFirst) {
        assertThat(s.bookLateFill(fill(first[2], strategy.value() + "E1", 2, 96.0)).isOk()).isTrue();
        lastFill = s.bookFill(fill(second, strategy.value() + "E2", 2, 96.5));
      } else {
        s.bookFill(fill(second, strategy.value() + "E2", 2, 96.5));
        lastFill = s.bookLateFill(fill(first[2], strategy.value() + "E1", 2, 96.0)).value().fill();
      }

      assertThat(s.orders().get(first[2].id()).orElseThrow().filled()).isEqualTo(Quantity.ofWhole(2));
      assertThat(s.orders().get(second.id()).orElseThrow().filled()).isEqualTo(Quantity.ofWhole(2));
      for (TradingOrder o : List.of(first[0], first[1])) {
        TradingOrder after = s.orders().get(o.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(after.filled()).isEqualTo(Quantity.ofWhole(2));
        assertThat(s.orders().amendments(o.id())).filteredOn(a -> a.fillId() == lastFill.id()).singleElement()
            .satisfies(a -> {
              assertThat(a.cause()).isEqualTo(lateFirst ? OrderAmendment.Cause.BEYOND_QUANTITY
                  : OrderAmendment.Cause.LATE_FILL);
              assertThat(a.filledBefore()).isEqualTo(Quantity.ofWhole(2));
              assertThat(a.filledAfter()).isEqualTo(Quantity.ofWhole(2));
              assertThat(a.beyond()).isEqualTo(Quantity.ofWhole(2));
            });
      }
      assertThat(s.positions().instrumentPosition(strategy, SOFR)).isEqualTo(Quantity.ofWhole(4));
      assertThat(s.positions().instrumentPosition(strategy, SOFR).longValueExact())
          .isEqualTo(sumOfFills(s, strategy, SOFR));
    }
    assertThat(s.positions().contractPosition(SOFR_Z)).isEqualTo(Quantity.ofWhole(8));
  }

  /** A failure part-way through booking a late fill leaves the store as it was: order, fill, archive, positions. */
  @Test
  void aFailurePartWayThroughBookingALateFillLeavesTheStoreAsItWas() {
    AtomicBoolean failNow = new AtomicBoolean();
    List<String> written = new ArrayList<>();
    ProductionStore s = failingStore(written, failNow, "execution report");
    TradingOrder[] buy = stack(s, TREND, SOFR_Z, 2, "b1");
    endStack(s, buy, OrderStatus.CANCELLED);
    ExecutionReport archived = ExecutionReport.of(buy[2].id(), "market", 96.0, Quantity.ZERO, Double.NaN,
        OrderStatus.CANCELLED, T0.plusSeconds(2));
    s.executions().archive(archived);
    failNow.set(true);
    written.clear();

    assertThatThrownBy(() -> s.bookLateFill(fill(buy[2], "E1", 2, 96.0))).hasMessageContaining("injected");
    assertThat(written).containsExactly("fill E1", "order " + buy[2].id(), "order " + buy[1].id(),
        "order " + buy[0].id(), "contract position", "instrument position", "execution report " + buy[2].id());

    assertThat(s.fills().all()).isEmpty();
    assertThat(now(s, buy)).extracting(TradingOrder::status).containsOnly(OrderStatus.CANCELLED);
    assertThat(now(s, buy)).extracting(TradingOrder::filled).containsOnly(Quantity.ZERO);
    assertThat(s.orders().amendments(buy[2].id())).isEmpty();
    assertThat(s.executions().of(buy[2].id())).contains(archived);
    assertThat(s.positions().contractPosition(SOFR_Z)).isEqualTo(Quantity.ZERO);

    failNow.set(false);
    assertThat(s.bookLateFill(fill(buy[2], "E1", 2, 96.0)).value().bookedBefore()).isFalse();
    assertThat(s.positions().contractPosition(SOFR_Z)).isEqualTo(Quantity.ofWhole(2));
  }
}
