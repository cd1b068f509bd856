package org.pystrade.broker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.Timestamps;

class ValuesTest {

  private static final FuturesContract SOFR = FuturesContract.of("SOFR", "20250300");

  @Test
  void barsBecomeContractPricesOnNaiveUtcTimestamps() {
    PriceBars bars = new PriceBars(SOFR, BarSize.ONE_HOUR, List.of(
        new Bar(Instant.parse("2025-02-27T14:00:00Z"), 95.70, 95.75, 95.69, 95.74, 120),
        new Bar(Instant.parse("2025-02-27T15:00:00Z"), 95.74, 95.76, 95.73, 95.75, Double.NaN)));
    ContractPrices p = bars.toContractPrices();
    assertThat(p.contract()).isEqualTo(SOFR);
    assertThat(p.size()).isEqualTo(2);
    assertThat(Timestamps.format(p.fin().time(1))).startsWith("2025-02-27 15:00:00");
    assertThat(p.open().value(0)).isEqualTo(95.70);
    assertThat(p.high().value(0)).isEqualTo(95.75);
    assertThat(p.low().value(0)).isEqualTo(95.69);
    assertThat(p.fin().value(0)).isEqualTo(95.74);
    assertThat(p.volume().value(0)).isEqualTo(120);
    assertThat(p.volume().value(1)).isNaN();
    PriceBars daily = new PriceBars(SOFR, BarSize.ONE_DAY, List.of(
        new Bar(Instant.parse("2025-02-27T00:00:00Z"), 95.70, 95.75, 95.69, 95.74, 120)));
    assertThat(Timestamps.format(daily.toContractPrices().fin().time(0))).startsWith("2025-02-27 23:00:00");
    assertThatThrownBy(() -> new PriceBars(SOFR, BarSize.ONE_DAY, List.of(bars.bars().get(1), bars.bars().get(0))))
        .hasMessageContaining("increasing time");
  }

  @Test
  void ordersAreCheckedOnce() {
    ClientOrderRef ref = ClientOrderRef.of("r1");
    assertThatThrownBy(() -> OrderRequest.market(ref, SOFR, Quantity.of(1.5))).hasMessageContaining("whole");
    assertThatThrownBy(() -> OrderRequest.market(ref, SOFR, Quantity.ZERO)).hasMessageContaining("non-zero");
    assertThatThrownBy(() -> OrderRequest.limit(ref, SOFR, Quantity.of(1), Double.NaN))
        .hasMessageContaining("finite limit");
    assertThatThrownBy(() -> ClientOrderRef.of("has space")).hasMessageContaining("without spaces");
    assertThatThrownBy(() -> ClientOrderRef.of("x".repeat(65))).hasMessageContaining("1 to 64");
    OrderState s = OrderState.pending(5, OrderRequest.market(ref, SOFR, Quantity.of(-3)));
    assertThat(s.remaining()).isEqualTo(Quantity.of(-3));
    OrderState part = s.withStatus(OrderStatus.SUBMITTED).withFills(Quantity.of(-1), 95.7);
    assertThat(part.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
    assertThat(part.remaining()).isEqualTo(Quantity.of(-2));
    assertThat(part.withFills(Quantity.of(-3), 95.7).status()).isEqualTo(OrderStatus.FILLED);
    assertThatThrownBy(() -> s.withFills(Quantity.of(1), 95.7)).hasMessageContaining("wrong sign");
  }

  @Test
  void brokerCodesTravelInTheFailureMessage() {
    Failure f = BrokerErrors.of(ReasonCode.BROKER_REJECTED, 201, "Order rejected - reason: margin");
    assertThat(f.message()).isEqualTo("broker code 201: Order rejected - reason: margin");
    assertThat(BrokerErrors.brokerCode(f)).hasValue(201);
    assertThat(BrokerErrors.brokerCode(Failure.of(ReasonCode.TIMEOUT, "no answer"))).isEmpty();
    assertThat(BarSize.parse("15m")).isEqualTo(BarSize.FIFTEEN_MINUTES);
    assertThat(BarSize.ONE_DAY.ibName()).isEqualTo("1 day");
  }
}
