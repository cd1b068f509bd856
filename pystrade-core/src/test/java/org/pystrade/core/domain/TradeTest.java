package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import org.junit.jupiter.api.Test;

/** A trade is a signed quantity in one instrument: target minus held. */
class TradeTest {

  private static final InstrumentCode SOFR = InstrumentCode.of("SOFR");

  @Test
  void betweenIsTargetMinusHeld() {
    assertThat(Trade.between(SOFR, Quantity.of(3), Quantity.of(5))).isEqualTo(Trade.of(SOFR, Quantity.of(2)));
    assertThat(Trade.between(SOFR, Quantity.of(3), Quantity.of(-2))).isEqualTo(Trade.of(SOFR, Quantity.of(-5)));
  }

  @Test
  void aTradeToTheHeldPositionIsZero() {
    Trade none = Trade.between(SOFR, Quantity.of(4), Quantity.of(4));
    assertThat(none.isZero()).isTrue();
    assertThat(none.quantity()).isEqualTo(Quantity.ZERO);
    assertThat(Trade.of(SOFR, Quantity.of(-1)).isZero()).isFalse();
  }

  @Test
  void rejectsMissingParts() {
    assertRejects(() -> Trade.of(null, Quantity.ZERO), "instrument must not be null");
    assertRejects(() -> Trade.of(SOFR, null), "quantity must not be null");
    assertRejects(() -> Trade.between(SOFR, null, Quantity.ZERO), "held must not be null");
    assertRejects(() -> Trade.between(SOFR, Quantity.ZERO, null), "target must not be null");
  }
}
