package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import org.junit.jupiter.api.Test;

/** A contract position is a quantity held in one futures contract. */
class ContractPositionTest {

  private static final FuturesContract SOFR_DEC23 = FuturesContract.of("SOFR", "20231200");

  @Test
  void holdsContractQuantityAndItsInstrument() {
    ContractPosition p = ContractPosition.of(SOFR_DEC23, Quantity.of(-2));
    assertThat(p.contract()).isEqualTo(SOFR_DEC23);
    assertThat(p.quantity()).isEqualTo(Quantity.of(-2));
    assertThat(p.instrument()).isEqualTo(InstrumentCode.of("SOFR"));
  }

  @Test
  void rejectsMissingParts() {
    assertRejects(() -> ContractPosition.of(null, Quantity.ZERO), "contract must not be null");
    assertRejects(() -> ContractPosition.of(SOFR_DEC23, null), "quantity must not be null");
  }
}
