package org.pystrade.broker.sim;

import java.time.Duration;
import java.time.Instant;
import org.pystrade.broker.api.Broker;
import org.pystrade.broker.testkit.BrokerConformance;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.Quantity;

/** The broker contract, met by the simulated broker. */
class SimulatedBrokerConformanceTest extends BrokerConformance {

  private final ManualClock clock = ManualClock.at(SimFixtures.day(40).plusSeconds(3600));

  @Override
  protected Broker newBroker() {
    return SimFixtures.broker(SimSettings.builder().maxOrderSize(100).build(), clock);
  }

  @Override
  protected FuturesContract tradedContract() {
    return SimFixtures.SOFR;
  }

  @Override
  protected Instant historyEnd() {
    return clock.instant();
  }

  @Override
  protected Quantity rejectedQuantity() {
    return Quantity.of(101);
  }

  @Override
  protected void marketMoves(Broker b) {
    clock.advance(Duration.ofDays(1));
    ((SimulatedBroker) b).step();
  }
}
