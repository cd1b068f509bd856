package org.pystrade.production.roll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.SampleData;
import org.pystrade.data.pipeline.PanamaStitch;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.store.StoreUpdate;
import org.pystrade.data.stores.DataStores;

/** Roll states changed only as pysystemtrade allows, and a completed roll rolling the stored prices once. */
class RollStatesTest {

  private static final InstrumentCode CORN = InstrumentCode.of("CORN");
  private static final StrategyName TREND = StrategyName.of("trend");
  private static final Instant T0 = Instant.parse("2023-09-01T10:00:00Z");

  /** A SQLite price store holding the sample data's CORN and its configuration. */
  private static DataStore prices(Path dir) {
    DataStore data = DataStores.open("jdbc:sqlite:" + dir.resolve("prices.db"));
    try (DataStore sample = DataStores.open(SampleData.directory().toString())) {
      data.apply(StoreUpdate.builder().instrumentConfig(sample.instrumentConfig()).rollConfig(sample.rollConfig())
          .spreadCosts(sample.spreadCosts()).multiplePrices(CORN, sample.multiplePrices(CORN))
          .adjustedPrices(CORN, sample.adjustedPrices(CORN)).build());
    }
    return data;
  }

  /** Books a bought or sold position in a contract through the three order levels and a fill. */
  private static void hold(ProductionStore store, FuturesContract contract, long qty, String ref) {
    TradingOrder i = store.orders().insert(TradingOrder.builder(OrderLevel.INSTRUMENT, TREND, CORN,
        Quantity.ofWhole(qty)).created(T0).build());
    TradingOrder c = store.orders().insert(TradingOrder.builder(OrderLevel.CONTRACT, TREND, CORN,
        Quantity.ofWhole(qty)).parent(i.id()).contract(contract).created(T0).build());
    TradingOrder b = store.orders().insert(TradingOrder.builder(OrderLevel.BROKER, TREND, CORN,
        Quantity.ofWhole(qty)).parent(c.id()).contract(contract).clientRef(ref).created(T0).build());
    store.bookFill(FillRecord.of(b.id(), "E-" + ref, Quantity.ofWhole(qty), 500.0, T0, Money.of(0, Currency.USD)));
  }

  @Test
  void aStateChangesOnlyAsTheTransitionTableAllowsForThePositionHeld(@TempDir Path dir) {
    try (ProductionStore store = ProductionStore.openIn(dir, WriteListener.NONE); DataStore data = prices(dir)) {
      store.strategies().put(new Strategy(TREND, 1, "trend.yaml"));
      RollStates rolls = new RollStates(store, data);
      RollStateChange now = rolls.current(CORN);
      MultiplePrices m = data.multiplePrices(CORN);
      assertThat(now.priced()).isEqualTo(FuturesContract.of(CORN, m.priceContractAt(m.size() - 1)));
      assertThat(now.from()).isEqualTo(RollState.NO_ROLL);

      hold(store, now.priced(), 3, "R1");
      RollStateChange close = rolls.request(CORN, RollState.CLOSE);
      assertThat(close.applied()).isTrue();
      assertThat(store.rollStates().get(CORN)).isEqualTo(RollState.CLOSE);
      // with 3 held in the priced contract the adjusted prices cannot be rolled
      RollStateChange early = rolls.request(CORN, RollState.ROLL_ADJUSTED);
      assertThat(early.applied()).isFalse();
      assertThat(early.now()).isEqualTo(RollState.CLOSE);
      assertThat(early.message()).contains("CLOSE cannot become ROLL_ADJUSTED").contains("3");
      assertThat(store.rollStates().get(CORN)).isEqualTo(RollState.CLOSE);
      assertThat(data.multiplePrices(CORN)).isEqualTo(m);

      // nothing held: FORCE may not follow NO_ROLL
      hold(store, now.priced(), -3, "R2");
      assertThat(rolls.request(CORN, RollState.PASSIVE).applied()).isTrue();
      assertThat(rolls.request(CORN, RollState.NO_ROLL).applied()).isTrue();
      RollStateChange force = rolls.request(CORN, RollState.FORCE);
      assertThat(force.applied()).isFalse();
      assertThat(force.allowed()).containsExactly(RollState.ROLL_ADJUSTED, RollState.PASSIVE, RollState.NO_ROLL);
    }
  }

  @Test
  void rollAdjustedRollsTheStoredPricesToTheForwardContractOnceAndReturnsToNoRoll(@TempDir Path dir) {
    try (ProductionStore store = ProductionStore.openIn(dir, WriteListener.NONE); DataStore data = prices(dir)) {
      MultiplePrices before = data.multiplePrices(CORN);
      int last = before.size() - 1;
      RollStateChange done = new RollStates(store, data).request(CORN, RollState.ROLL_ADJUSTED);
      assertThat(done.message()).contains("prices rolled");
      assertThat(done.now()).isEqualTo(RollState.NO_ROLL);
      assertThat(done.applied()).isTrue();
      assertThat(store.rollStates().get(CORN)).isEqualTo(RollState.NO_ROLL);
      MultiplePrices after = data.multiplePrices(CORN);
      assertThat(after.priceContractAt(after.size() - 1)).isEqualTo(before.forwardContractAt(last).orElseThrow());
      // the adjusted history is shifted by one roll gap, the same on every day, and ends at the new priced price
      TimeSeries adjustedBefore = PanamaStitch.stitch("CORN", before).get();
      TimeSeries adjusted = data.adjustedPrices(CORN);
      assertThat(adjusted.value(adjusted.size() - 1)).isEqualTo(after.price().value(after.size() - 1));
      double gap = adjusted.valueAt(adjustedBefore.time(0)) - adjustedBefore.value(0);
      assertThat(gap).isNotZero();
      int checked = 0;
      for (int i = 0; i < adjustedBefore.size(); i += 97) {
        if (Double.isNaN(adjustedBefore.value(i))) {
          continue;
        }
        checked++;
        assertThat(adjusted.valueAt(adjustedBefore.time(i)) - adjustedBefore.value(i))
            .isCloseTo(gap, org.assertj.core.data.Offset.offset(1e-9 * Math.abs(adjustedBefore.value(i)) + 1e-9));
      }
      assertThat(checked).isGreaterThan(10);
      assertThat(new RollStates(store, data).current(CORN).priced().date())
          .isEqualTo(before.forwardContractAt(last).orElseThrow());
    }
  }
}
