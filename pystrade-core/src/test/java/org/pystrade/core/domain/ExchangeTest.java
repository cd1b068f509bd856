package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** An exchange is a code and the time zone of its clock. */
class ExchangeTest {

  @Test
  void constantsHaveTheirZones() {
    assertThat(Exchange.CME.zone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(Exchange.CBOT.zone()).isEqualTo(ZoneId.of("America/Chicago"));
    assertThat(Exchange.NYMEX.zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(Exchange.EUREX.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(Exchange.ICE_EU.zone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(Exchange.ICE_EU.code()).isEqualTo("ICE_EU");
    assertThat(Exchange.CME).hasToString("CME");
  }

  @Test
  void equalityNeedsCodeAndZone() {
    Exchange cme = Exchange.of("CME", ZoneId.of("America/Chicago"));
    assertThat(cme).isEqualTo(Exchange.CME).hasSameHashCodeAs(Exchange.CME);
    assertThat(Exchange.of("CME", ZoneId.of("America/New_York"))).isNotEqualTo(Exchange.CME);
    assertThat(Exchange.CBOT).isNotEqualTo(Exchange.CME).isNotEqualTo("CBOT");
  }

  @Test
  void rejectsBadCodesAndMissingZone() {
    ZoneId chicago = ZoneId.of("America/Chicago");
    assertRejects(() -> Exchange.of(null, chicago), "exchange code must not be null");
    assertRejects(() -> Exchange.of(" ", chicago), "exchange code must not be blank");
    assertRejects(() -> Exchange.of(" CME", chicago), "exchange code must not have surrounding spaces but was ' CME'");
    assertRejects(() -> Exchange.of("CME", null), "zone of exchange CME must not be null");
  }
}
