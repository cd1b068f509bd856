package org.pystrade.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.trading.InstrumentLock;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.system.OptimalPosition;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.production.ProductionCapital;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;
import org.pystrade.production.replay.SimulatedMarket;

/**
 * Reconciliation through the daily cycle against the real simulated broker: a position changed at the broker behind
 * our back, and an order open there that we do not know, lock the instrument and are reported every day until the
 * broker agrees again; a lock set by hand is left alone; when the broker cannot answer nothing changes.
 */
class BrokerReconciliationTest {

  private static final InstrumentCode US10 = InstrumentCode.of("US10");
  private static final InstrumentCode CORN = InstrumentCode.of("CORN");
  private static final StrategyName STRATEGY = StrategyName.of("reconciled");
  private static final LocalDate MONDAY = LocalDate.of(2021, 3, 1);

  @TempDir
  Path dir;

  private CsvFuturesSimData data;
  private SimulatedMarket market;
  private ProductionStore store;
  private DailyCycle cycle;
  private double wanted = 3;

  @BeforeEach
  void setUp() {
    data = SampleData.open();
    Money cash = Money.of(1_000_000, Currency.of("USD"));
    market = SimulatedMarket.of(data, List.of(US10, CORN), cash, MONDAY.atStartOfDay().toInstant(ZoneOffset.UTC),
        MONDAY.plusDays(30));
    store = ProductionStore.openIn(dir, WriteListener.NONE);
    store.strategies().put(new Strategy(STRATEGY, 1.0, "test"));
    new ProductionCapital(store).setByHand(market.clock().instant(), cash, null, null, null);
    cycle = new DailyCycle(CycleInputs.builder(store, market.broker(), market.executionClock(),
        ContractSource.of(data)).strategy(STRATEGY, day -> Map.of(US10, new OptimalPosition(US10,
            day.atTime(23, 0), wanted, wanted - 0.1, wanted + 0.1, Quantity.ofWhole(Math.round(wanted)), true)))
        .reconciliation(new BrokerReconciliation(Duration.ofSeconds(5), market.clock())).build());
  }

  @org.junit.jupiter.api.AfterEach
  void tearDown() {
    store.close();
    market.broker().close();
  }

  private FuturesContract held() {
    return store.positions().contractPositions(US10).keySet().iterator().next();
  }

  private void behindOurBack(String ref, long quantity) {
    assertThat(market.broker().place(OrderRequest.market(ClientOrderRef.of(ref), held(),
        Quantity.ofWhole(quantity))).join().isOk()).isTrue();
  }

  @Test
  void aPositionChangedAtTheBrokerLocksTheInstrumentUntilItAgreesAgain() {
    CycleReport first = cycle.run(TradingDay.simulated(MONDAY));
    assertThat(first.breaks()).isEmpty();
    assertThat(store.positions().instrumentPosition(STRATEGY, US10)).isEqualTo(Quantity.ofWhole(3));
    assertThat(store.locks().all()).isEmpty();

    behindOurBack("someone-else-1", 2);
    CycleReport second = cycle.run(TradingDay.simulated(MONDAY.plusDays(1)));
    assertThat(second.breaks()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(ReasonCode.RECONCILIATION_BREAK);
      assertThat(f.message()).contains("US10 locked for trading", "ours 3, the broker's 5");
    });
    assertThat(store.locks().lockOn(US10)).hasValueSatisfying(l -> assertThat(l.reason())
        .startsWith(BrokerReconciliation.LOCK_REASON_PREFIX));
    assertThat(second.complete()).isFalse();

    wanted = 6;
    CycleReport third = cycle.run(TradingDay.simulated(MONDAY.plusDays(2)));
    assertThat(third.decisions()).singleElement().satisfies(d -> {
      assertThat(d.refused()).isTrue();
      assertThat(d.order()).isEmpty();
    });
    assertThat(store.positions().instrumentPosition(STRATEGY, US10)).as("locked: no trade")
        .isEqualTo(Quantity.ofWhole(3));
    assertThat(third.breaks()).as("reported until resolved").hasSize(1);

    behindOurBack("someone-else-2", -2);
    wanted = 3;
    CycleReport fourth = cycle.run(TradingDay.simulated(MONDAY.plusDays(3)));
    assertThat(fourth.breaks()).isEmpty();
    assertThat(store.locks().all()).as("unlocked when it agrees").isEmpty();
    assertThat(fourth.complete()).isTrue();
  }

  @Test
  void anOrderOpenAtTheBrokerThatWeDoNotKnowIsABreak() {
    cycle.run(TradingDay.simulated(MONDAY));
    FuturesContract contract = held();
    assertThat(market.broker().place(OrderRequest.limit(ClientOrderRef.of("not-ours"), contract,
        Quantity.ofWhole(1), 1.0)).join().isOk()).isTrue();
    List<Failure> breaks = new BrokerReconciliation(Duration.ofSeconds(5), market.clock()).reconcile(store,
        market.broker(), MONDAY);
    assertThat(breaks).singleElement().satisfies(f -> assertThat(f.message())
        .contains("order not-ours", "open at the broker, not here"));
    assertThat(store.locks().lockOn(US10)).isPresent();

    assertThat(market.broker().cancel(ClientOrderRef.of("not-ours")).join().isOk()).isTrue();
    assertThat(new BrokerReconciliation(Duration.ofSeconds(5), market.clock()).reconcile(store, market.broker(),
        MONDAY)).isEmpty();
    assertThat(store.locks().all()).isEmpty();
  }

  @Test
  void aLockByHandIsLeftAloneAndNothingChangesWhenTheBrokerCannotAnswer() {
    cycle.run(TradingDay.simulated(MONDAY));
    store.locks().lock(new InstrumentLock(CORN, "by hand: checking the data", market.clock().instant()));
    behindOurBack("someone-else", 1);
    market.clock().advance(Duration.ofHours(12));
    market.broker().step();
    BrokerReconciliation reconciliation = new BrokerReconciliation(Duration.ofSeconds(5), market.clock());
    assertThat(reconciliation.reconcile(store, market.broker(), MONDAY.plusDays(1))).hasSize(1);
    assertThat(store.locks().all()).hasSize(2);

    market.broker().disconnect();
    List<Failure> notDone = reconciliation.reconcile(store, market.broker(), MONDAY.plusDays(1));
    assertThat(notDone).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(ReasonCode.BROKER_DISCONNECTED);
      assertThat(f.message()).startsWith("reconciliation not done");
    });
    assertThat(store.locks().all()).hasSize(2);

    market.broker().connect().join();
    behindOurBack("someone-else-back", -1);
    market.clock().advance(Duration.ofHours(24));
    market.broker().step();
    assertThat(reconciliation.reconcile(store, market.broker(), MONDAY.plusDays(2))).isEmpty();
    assertThat(store.locks().all()).singleElement().satisfies(l -> assertThat(l.instrument()).isEqualTo(CORN));
  }
}
