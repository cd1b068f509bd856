package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import org.junit.jupiter.api.Test;

/** An instrument position trades to a target and moves by trades in its own instrument only. */
class InstrumentPositionTest {

  private static final InstrumentCode US10 = InstrumentCode.of("US10");
  private static final InstrumentPosition LONG_THREE = InstrumentPosition.of(US10, Quantity.of(3));

  @Test
  void holdsInstrumentAndQuantity() {
    assertThat(LONG_THREE.instrument()).isEqualTo(US10);
    assertThat(LONG_THREE.quantity()).isEqualTo(Quantity.of(3));
  }

  @Test
  void tradeToIsTargetMinusHeld() {
    assertThat(LONG_THREE.tradeTo(Quantity.of(-1))).isEqualTo(Trade.of(US10, Quantity.of(-4)));
  }

  @Test
  void afterATradeReachesItsTarget() {
    Trade trade = LONG_THREE.tradeTo(Quantity.of(7));
    assertThat(LONG_THREE.after(trade)).isEqualTo(InstrumentPosition.of(US10, Quantity.of(7)));
  }

  @Test
  void refusesATradeInAnotherInstrument() {
    assertRejects(() -> LONG_THREE.after(Trade.of(InstrumentCode.of("SOFR"), Quantity.of(1))),
        "a trade in SOFR cannot change the position in US10");
    assertRejects(() -> LONG_THREE.after(null), "trade must not be null");
  }

  @Test
  void rejectsMissingParts() {
    assertRejects(() -> InstrumentPosition.of(null, Quantity.ZERO), "instrument must not be null");
    assertRejects(() -> InstrumentPosition.of(US10, null), "quantity must not be null");
  }
}
