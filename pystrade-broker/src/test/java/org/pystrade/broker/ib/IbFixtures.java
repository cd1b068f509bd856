package org.pystrade.broker.ib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.broker.testkit.FakeContract;
import org.pystrade.broker.testkit.FakeTwsServer;
import org.pystrade.broker.testkit.Scenario;
import org.pystrade.core.domain.FuturesContract;

/** The fake server's market for the IB client's tests, and short timeouts. */
final class IbFixtures {

  static final FuturesContract SOFR = FuturesContract.of("SOFR", "20250300");
  static final FuturesContract CORN = FuturesContract.of("CORN", "20250300");
  static final FakeContract SOFR_IB = new FakeContract(1001, "SOFR3", "CME", "USD", "2500", "202503", "20250617",
      "SR3H5", 1, 95.745, 95.75, 100);
  static final FakeContract CORN_IB = new FakeContract(1002, "ZC", "CBOT", "USD", "5000", "202503", "20250314",
      "ZCH5", 100, 4.5, 4.5025, 40);

  private IbFixtures() {
  }

  static Scenario.Builder market() {
    return Scenario.builder().contract(SOFR_IB).contract(CORN_IB).fx("EURUSD", 1.0848, 1.085).cash("EUR", 5000)
        .rejectAbove(100);
  }

  static FakeTwsServer server(Scenario s) {
    try {
      return FakeTwsServer.start(s);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static IbSettings.Builder settings(FakeTwsServer server) {
    return IbSettings.builder("127.0.0.1", server.port(), 7).connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(Duration.ofSeconds(2)).reconnect(true, Duration.ofMillis(20), Duration.ofMillis(200))
        .maxMessagesPerSecond(10_000);
  }

  static IbBroker broker(FakeTwsServer server) {
    return new IbBroker(settings(server).build(), BrokerConfigTable.bundled());
  }
}
