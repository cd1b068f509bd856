package org.pystrade.broker.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.Fill;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.OrderType;
import org.pystrade.broker.api.Tradable;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;

/** Broker orders: references that survive a restart, requests and fills. */
class BrokerOrdersTest {

  private static final FuturesContract GOLD_Z = FuturesContract.of("GOLD", "20261200");
  private static final Instant NOW = Instant.parse("2026-12-04T21:30:00Z");

  private static TradingOrder contractOrder(long qty) {
    return TradingOrder.builder(OrderLevel.CONTRACT, StrategyName.of("trend"), InstrumentCode.of("GOLD"),
        Quantity.ofWhole(qty)).parent(4).contract(GOLD_Z).build().withId(9);
  }

  @Test
  void theReferenceDependsOnlyOnTheContractOrderAndTheAttempt() {
    assertThat(BrokerOrders.clientRef(contractOrder(3), 1)).isEqualTo(ClientOrderRef.of("pst-9-1"));
    assertThat(BrokerOrders.clientRef(contractOrder(3), 1)).isEqualTo(BrokerOrders.clientRef(contractOrder(3), 1));
    assertThat(BrokerOrders.clientRef(contractOrder(3), 2)).isEqualTo(ClientOrderRef.of("pst-9-2"));
    assertThatThrownBy(() -> BrokerOrders.clientRef(contractOrder(3), 0)).isInstanceOf(
        IllegalArgumentException.class);
  }

  @Test
  void aBrokerOrderIsAChildOfItsContractOrder() {
    TradingOrder b = BrokerOrders.child(contractOrder(-3), Quantity.ofWhole(-2), 1, NOW);
    assertThat(b.level()).isEqualTo(OrderLevel.BROKER);
    assertThat(b.parentId()).isEqualTo(9);
    assertThat(b.contract()).isEqualTo(GOLD_Z);
    assertThat(b.clientRef()).isEqualTo("pst-9-1");
    assertThatThrownBy(() -> BrokerOrders.child(contractOrder(-3), Quantity.ofWhole(2), 1, NOW))
        .hasMessageContaining("sign");
    assertThatThrownBy(() -> BrokerOrders.child(contractOrder(-3), Quantity.ofWhole(-4), 1, NOW))
        .hasMessageContaining("remaining");
  }

  @Test
  void requestsAndFillsMatchTheStoredOrder() {
    TradingOrder b = BrokerOrders.child(contractOrder(3), Quantity.ofWhole(3), 1, NOW).withId(12);
    OrderRequest market = BrokerOrders.marketRequest(b);
    assertThat(market.ref()).isEqualTo(ClientOrderRef.of("pst-9-1"));
    assertThat(market.tradable()).isEqualTo(Tradable.future(GOLD_Z));
    assertThat(market.quantity()).isEqualTo(Quantity.ofWhole(3));
    assertThat(market.type()).isEqualTo(OrderType.MARKET);
    assertThat(BrokerOrders.limitRequest(b.afterFill(Quantity.ofWhole(1)), 2050.5).quantity())
        .isEqualTo(Quantity.ofWhole(2));

    Fill fill = new Fill("0001f4e8.01", 77, ClientOrderRef.of("pst-9-1"), Tradable.future(GOLD_Z),
        Quantity.ofWhole(2), 2050.4, NOW.plusSeconds(2), Money.of(4.2, Currency.USD));
    assertThat(BrokerOrders.fillRecord(fill, b)).isEqualTo(FillRecord.of(12, "0001f4e8.01", Quantity.ofWhole(2),
        2050.4, NOW.plusSeconds(2), Money.of(4.2, Currency.USD)));
    Fill other = new Fill("x", 78, ClientOrderRef.of("pst-9-2"), Tradable.future(GOLD_Z), Quantity.ofWhole(1), 1,
        NOW, Money.of(0, Currency.USD));
    assertThatThrownBy(() -> BrokerOrders.fillRecord(other, b)).hasMessageContaining("is not of order pst-9-1");
    assertThatThrownBy(() -> BrokerOrders.marketRequest(contractOrder(1))).hasMessageContaining("stored broker");
  }
}
