package org.pystrade.broker.ib;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.pystrade.broker.api.Broker;
import org.pystrade.broker.testkit.BrokerConformance;
import org.pystrade.broker.testkit.FakeTwsServer;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.Quantity;

/** The broker contract, met by the IB client talking to the fake TWS server over loopback. */
class IbBrokerConformanceTest extends BrokerConformance {

  private FakeTwsServer server;

  @Override
  protected Broker newBroker() {
    server = IbFixtures.server(IbFixtures.market().build());
    return IbFixtures.broker(server);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Override
  protected FuturesContract tradedContract() {
    return IbFixtures.SOFR;
  }

  @Override
  protected Instant historyEnd() {
    return Instant.parse("2025-02-28T00:00:00Z");
  }

  @Override
  protected Quantity rejectedQuantity() {
    return Quantity.of(101);
  }
}
