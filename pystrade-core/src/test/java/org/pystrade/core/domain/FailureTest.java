package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import org.junit.jupiter.api.Test;

/** A failure is a reason code and a non-blank message, printed {@code CODE: message}. */
class FailureTest {

  @Test
  void holdsCodeAndMessage() {
    Failure f = Failure.of(ReasonCode.MISSING_DATA, "no prices for SOFR");
    assertThat(f.code()).isEqualTo(ReasonCode.MISSING_DATA);
    assertThat(f.message()).isEqualTo("no prices for SOFR");
    assertThat(f).hasToString("MISSING_DATA: no prices for SOFR")
        .isEqualTo(Failure.of(ReasonCode.MISSING_DATA, "no prices for SOFR"))
        .isNotEqualTo(Failure.of(ReasonCode.BAD_VALUE, "no prices for SOFR"));
  }

  @Test
  void rejectsMissingCodeAndBlankMessage() {
    assertRejects(() -> Failure.of(null, "x"), "code must not be null");
    assertRejects(() -> Failure.of(ReasonCode.TIMEOUT, null), "message must not be null");
    assertRejects(() -> Failure.of(ReasonCode.TIMEOUT, " \t"), "message must not be blank");
  }
}
