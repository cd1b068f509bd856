package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** An instrument code is a non-blank, trimmed name, ordered alphabetically. */
class InstrumentCodeTest {

  @Test
  void holdsTheCode() {
    assertThat(InstrumentCode.of("SOFR").value()).isEqualTo("SOFR");
    assertThat(InstrumentCode.of("GAS_US")).hasToString("GAS_US");
  }

  @Test
  void equalsAndHashCodeFollowTheCode() {
    assertThat(InstrumentCode.of("US10")).isEqualTo(InstrumentCode.of("US10"))
        .hasSameHashCodeAs(InstrumentCode.of("US10"));
    assertThat(InstrumentCode.of("US10")).isNotEqualTo(InstrumentCode.of("US5")).isNotEqualTo("US10");
  }

  @Test
  void ordersAlphabetically() {
    assertThat(new TreeSet<>(List.of(InstrumentCode.of("SOFR"), InstrumentCode.of("CORN"), InstrumentCode.of("US10"))))
        .extracting(InstrumentCode::value).containsExactly("CORN", "SOFR", "US10");
  }

  @Test
  void rejectsNullBlankAndPaddedCodes() {
    assertRejects(() -> InstrumentCode.of(null), "instrument code must not be null");
    assertRejects(() -> InstrumentCode.of(" "), "instrument code must not be blank");
    assertRejects(() -> InstrumentCode.of("SOFR "), "instrument code must not have surrounding spaces but was 'SOFR '");
  }
}
