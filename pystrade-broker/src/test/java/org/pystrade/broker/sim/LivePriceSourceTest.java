package org.pystrade.broker.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.OrderStatus;
import org.pystrade.broker.api.Tradable;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.core.domain.Quantity;

class LivePriceSourceTest {

  @Test
  void paperTradingFillsAtTheNextLivePriceAfterTheOrder() throws Exception {
    LivePriceSource live = new LivePriceSource();
    Tradable sofr = Tradable.future(SimFixtures.SOFR);
    Instant t0 = Instant.parse("2025-03-03T14:00:00Z");
    ManualClock clock = ManualClock.at(t0);
    live.record(sofr, t0.minusSeconds(5), 95.70);
    try (SimulatedBroker b = new SimulatedBroker(SimSettings.builder().slippageFactor(0).build(),
        BrokerConfigTable.bundled(), SimFixtures.costs(), live, clock)) {
      b.connect().get(5, TimeUnit.SECONDS);
      ClientOrderRef ref = ClientOrderRef.of("paper");
      b.place(OrderRequest.market(ref, SimFixtures.SOFR, Quantity.of(1))).get(5, TimeUnit.SECONDS);
      assertThat(b.order(ref).orElseThrow().status()).isEqualTo(OrderStatus.SUBMITTED);
      clock.advance(Duration.ofSeconds(2));
      live.record(sofr, clock.instant(), 95.705);
      assertThat(b.order(ref).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
      assertThat(b.order(ref).orElseThrow().averageFillPrice()).isEqualTo(95.705);
      assertThat(b.quote(SimFixtures.SOFR).get(5, TimeUnit.SECONDS).value().last()).isEqualTo(95.705);
    }
    assertThatThrownBy(() -> live.record(sofr, t0, 95.0)).hasMessageContaining("before the last one");
  }
}
