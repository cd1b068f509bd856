package org.pystrade.core.domain.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;

/** The links and fills an order allows. */
class TradingOrderTest {

  private static final StrategyName S = StrategyName.of("trend");
  private static final InstrumentCode GOLD = InstrumentCode.of("GOLD");
  private static final FuturesContract GOLD_Z = FuturesContract.of("GOLD", "20261200");

  @Test
  void eachLevelHasItsLinks() {
    assertThatThrownBy(() -> TradingOrder.builder(OrderLevel.INSTRUMENT, S, GOLD, Quantity.ofWhole(1)).parent(3)
        .build()).hasMessageContaining("must not have a parent");
    assertThatThrownBy(() -> TradingOrder.builder(OrderLevel.CONTRACT, S, GOLD, Quantity.ofWhole(1))
        .contract(GOLD_Z).build()).hasMessageContaining("must have a parent");
    assertThatThrownBy(() -> TradingOrder.builder(OrderLevel.CONTRACT, S, GOLD, Quantity.ofWhole(1)).parent(1)
        .build()).hasMessageContaining("must have a contract");
    assertThatThrownBy(() -> TradingOrder.builder(OrderLevel.CONTRACT, S, InstrumentCode.of("SOFR"),
        Quantity.ofWhole(1)).parent(1).contract(GOLD_Z).build()).hasMessageContaining("is not of instrument");
    assertThatThrownBy(() -> TradingOrder.builder(OrderLevel.BROKER, S, GOLD, Quantity.ofWhole(1)).parent(2)
        .contract(GOLD_Z).build()).hasMessageContaining("client order reference");
    assertThatThrownBy(() -> TradingOrder.builder(OrderLevel.CONTRACT, S, GOLD, Quantity.ofWhole(1)).parent(1)
        .contract(GOLD_Z).clientRef("r1").build()).hasMessageContaining("client order reference");
    assertThatThrownBy(() -> TradingOrder.builder(OrderLevel.INSTRUMENT, S, GOLD, Quantity.of(1.5)).build())
        .hasMessageContaining("whole");
    assertThat(OrderLevel.BROKER.parentLevel()).isEqualTo(OrderLevel.CONTRACT);
    assertThat(OrderLevel.INSTRUMENT.parentLevel()).isNull();
  }

  @Test
  void fillsCompleteAnOrderAndNeverGoBeyondIt() {
    TradingOrder sell = TradingOrder.builder(OrderLevel.INSTRUMENT, S, GOLD, Quantity.ofWhole(-3)).build()
        .withId(7);
    TradingOrder part = sell.afterFill(Quantity.ofWhole(-2));
    assertThat(part.status()).isEqualTo(OrderStatus.OPEN);
    assertThat(part.remaining()).isEqualTo(Quantity.ofWhole(-1));
    TradingOrder done = part.afterFill(Quantity.ofWhole(-1));
    assertThat(done.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThatThrownBy(() -> done.afterFill(Quantity.ofWhole(-1))).hasMessageContaining("COMPLETED");
    assertThatThrownBy(() -> part.afterFill(Quantity.ofWhole(-2))).hasMessageContaining("not beyond");
    assertThatThrownBy(() -> part.afterFill(Quantity.ofWhole(1))).hasMessageContaining("cannot fill order 7");
    assertThatThrownBy(() -> part.withStatus(OrderStatus.CANCELLED).afterFill(Quantity.ofWhole(-1)))
        .hasMessageContaining("CANCELLED");
  }

  @Test
  void overridesCombineToTheMostRestrictive() {
    assertThat(TradingOverride.NONE.combinedWith(TradingOverride.REDUCE_ONLY)).isEqualTo(TradingOverride.REDUCE_ONLY);
    assertThat(TradingOverride.CLOSE.combinedWith(TradingOverride.REDUCE_ONLY)).isEqualTo(TradingOverride.CLOSE);
    assertThat(TradingOverride.CLOSE.combinedWith(TradingOverride.NO_TRADING)).isEqualTo(TradingOverride.NO_TRADING);
  }
}
