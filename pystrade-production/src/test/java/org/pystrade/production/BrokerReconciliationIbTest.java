package org.pystrade.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.broker.ib.IbBroker;
import org.pystrade.broker.ib.IbSettings;
import org.pystrade.broker.testkit.FakeContract;
import org.pystrade.broker.testkit.FakeTwsServer;
import org.pystrade.broker.testkit.Scenario;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;
import org.pystrade.production.execution.BrokerCalls;

/**
 * Reconciliation with the IB client against the fake TWS server: a position at the broker that the store does not
 * have is a break that locks the instrument, lifted once the broker's position is closed.
 */
class BrokerReconciliationIbTest {

  private static final FakeContract SOFR_IB = new FakeContract(1001, "SOFR3", "CME", "USD", "2500", "202503",
      "20250617", "SR3H5", 1, 95.745, 95.75, 100);
  private static final FuturesContract SOFR = FuturesContract.of("SOFR", "20250300");

  @TempDir
  Path dir;

  @Test
  void aPositionAtTheBrokerThatWeDoNotHaveLocksTheInstrumentUntilItIsClosed() throws Exception {
    try (FakeTwsServer server = FakeTwsServer.start(Scenario.builder().contract(SOFR_IB).position(1001, 2).build());
        IbBroker ib = new IbBroker(IbSettings.builder("127.0.0.1", server.port(), 9)
            .requestTimeout(Duration.ofSeconds(2)).build(), BrokerConfigTable.bundled());
        ProductionStore store = ProductionStore.openIn(dir, WriteListener.NONE)) {
      assertThat(BrokerCalls.await(ib.connect(), Duration.ofSeconds(10)).isOk()).isTrue();
      assertThat(BrokerCalls.await(ib.resolve(SOFR), Duration.ofSeconds(5)).isOk()).isTrue();
      BrokerReconciliation reconciliation = new BrokerReconciliation(Duration.ofSeconds(2), Clock.systemUTC());
      LocalDate day = LocalDate.of(2025, 1, 6);

      List<Failure> breaks = reconciliation.reconcile(store, ib, day);
      assertThat(breaks).singleElement().satisfies(f -> {
        assertThat(f.code()).isEqualTo(ReasonCode.RECONCILIATION_BREAK);
        assertThat(f.message()).contains("position in " + SOFR, "ours 0, the broker's 2");
      });
      assertThat(store.locks().lockOn(InstrumentCode.of("SOFR"))).isPresent();

      assertThat(BrokerCalls.await(ib.place(OrderRequest.market(ClientOrderRef.of("close-by-hand"), SOFR,
          Quantity.of(-2))), Duration.ofSeconds(5)).isOk()).isTrue();
      long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!reconciliation.reconcile(store, ib, day).isEmpty() && System.nanoTime() < end) {
        Thread.sleep(50);
      }
      assertThat(reconciliation.reconcile(store, ib, day)).isEmpty();
      assertThat(store.locks().all()).isEmpty();
    }
  }
}
