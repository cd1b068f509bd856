package org.pystrade.broker.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;

/** pysystemtrade's contract orders by roll state, with its doctest values for the passive split. */
class ContractOrdersTest {

  private static final InstrumentCode GOLD = InstrumentCode.of("GOLD");
  private static final FuturesContract A = FuturesContract.of("GOLD", "20261200");
  private static final FuturesContract B = FuturesContract.of("GOLD", "20270200");

  private static TradingOrder parent(long qty) {
    return TradingOrder.builder(OrderLevel.INSTRUMENT, StrategyName.of("trend"), GOLD, Quantity.ofWhole(qty))
        .created(Instant.parse("2026-12-04T21:30:00Z")).build().withId(11);
  }

  /** The children as (contract date, trade) pairs. */
  private static List<String> split(long trade, RollState state, long pricedPosition) {
    return ContractOrders.children(parent(trade), state, A, B, Quantity.ofWhole(pricedPosition)).stream()
        .map(o -> o.contract().date().asId() + ":" + o.quantity().longValueExact()).toList();
  }

  @Test
  void noRollAndCloseTradeThePricedContract() {
    assertThat(split(5, RollState.NO_ROLL, 3)).containsExactly("20261200:5");
    assertThat(split(-2, RollState.CLOSE, 3)).containsExactly("20261200:-2");
    TradingOrder child = ContractOrders.children(parent(5), RollState.NO_ROLL, A, B, Quantity.ZERO).get(0);
    assertThat(child.level()).isEqualTo(OrderLevel.CONTRACT);
    assertThat(child.parentId()).isEqualTo(11);
    assertThat(child.strategy()).isEqualTo(StrategyName.of("trend"));
  }

  @Test
  void aPassiveRollMovesIntoTheForwardContract() {
    assertThat(split(5, RollState.PASSIVE, 0)).containsExactly("20270200:5");
    assertThat(split(5, RollState.PASSIVE, 1)).containsExactly("20270200:5");
    assertThat(split(-2, RollState.PASSIVE, 3)).containsExactly("20261200:-2");
    assertThat(split(-3, RollState.PASSIVE, 3)).containsExactly("20261200:-3");
    // passive_trade_split_over_two_contracts(5, -2) and (-5, 2)
    assertThat(split(5, RollState.PASSIVE, -2)).containsExactly("20261200:2", "20270200:3");
    assertThat(split(-5, RollState.PASSIVE, 2)).containsExactly("20261200:-2", "20270200:-3");
  }

  @Test
  void anActiveRollTradesNoInstrumentOrder() {
    for (RollState s : new RollState[] {RollState.FORCE, RollState.FORCE_OUTRIGHT, RollState.ROLL_ADJUSTED}) {
      assertThat(split(5, s, 2)).isEmpty();
    }
  }

  @Test
  void onlyAStoredInstrumentOrderHasChildren() {
    TradingOrder unstored = TradingOrder.builder(OrderLevel.INSTRUMENT, StrategyName.of("trend"), GOLD,
        Quantity.ofWhole(1)).build();
    assertThatThrownBy(() -> ContractOrders.children(unstored, RollState.NO_ROLL, A, B, Quantity.ZERO))
        .hasMessageContaining("stored instrument order");
    assertThatThrownBy(() -> ContractOrders.children(parent(1), RollState.NO_ROLL, FuturesContract.of("SOFR",
        "20261200"), B, Quantity.ZERO)).hasMessageContaining("must be of GOLD");
  }
}
