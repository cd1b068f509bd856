package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The reason codes, and which of them a retry may cure. */
class ReasonCodeTest {

  @Test
  void theCodesAreTheAgreedOnes() {
    assertThat(Arrays.stream(ReasonCode.values()).map(Enum::name)).containsExactly("MISSING_DATA", "MALFORMED_DATA",
        "BAD_VALUE", "NO_FX_RATE", "NO_CONFIGURATION", "CONFIG_ERROR", "RULE_ERROR", "DEFECTIVE_RESULT",
        "INSUFFICIENT_DATA", "BROKER_REJECTED", "BROKER_DISCONNECTED", "TIMEOUT", "PACING", "NO_SUCH_CONTRACT",
        "RECONCILIATION_BREAK", "UNKNOWN");
  }

  @Test
  void onlyConnectionTimeoutAndPacingFailuresAreTransient() {
    EnumSet<ReasonCode> transientCodes = EnumSet.noneOf(ReasonCode.class);
    for (ReasonCode code : ReasonCode.values()) {
      if (code.isTransient()) {
        transientCodes.add(code);
      }
    }
    assertThat(transientCodes).containsExactly(ReasonCode.BROKER_DISCONNECTED, ReasonCode.TIMEOUT, ReasonCode.PACING);
  }
}
