package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** An exchange instant is a moment read on an exchange's clock. */
class ExchangeInstantTest {

  @Test
  void localTimeOnTheExchangeClockGivesTheMoment() {
    ExchangeInstant open = ExchangeInstant.of(LocalDateTime.of(2024, 3, 15, 9, 30), Exchange.CME);
    assertThat(open.instant()).isEqualTo(Instant.parse("2024-03-15T14:30:00Z"));
    assertThat(open.localDateTime()).isEqualTo(LocalDateTime.of(2024, 3, 15, 9, 30));
    assertThat(open.exchange()).isEqualTo(Exchange.CME);
    assertThat(open).hasToString("2024-03-15T09:30:00-05:00[America/Chicago] CME");
  }

  @Test
  void tradingDateIsTheDateOnTheExchangeClock() {
    Instant moment = Instant.parse("2024-03-15T23:30:00Z");
    assertThat(ExchangeInstant.of(moment, Exchange.CME).tradingDate()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(ExchangeInstant.of(moment, Exchange.EUREX).tradingDate()).isEqualTo(LocalDate.of(2024, 3, 16));
    assertThat(ExchangeInstant.of(moment, Exchange.EUREX).zonedDateTime().getHour()).isZero();
  }

  @Test
  void clockChangesFollowZonedDateTime() {
    // 02:30 on 10 March 2024 does not exist in Chicago: it becomes 03:30 CDT
    assertThat(ExchangeInstant.of(LocalDateTime.of(2024, 3, 10, 2, 30), Exchange.CME).instant())
        .isEqualTo(Instant.parse("2024-03-10T08:30:00Z"));
    // 01:30 on 3 November 2024 happens twice in Chicago: the first, CDT, is taken
    assertThat(ExchangeInstant.of(LocalDateTime.of(2024, 11, 3, 1, 30), Exchange.CME).instant())
        .isEqualTo(Instant.parse("2024-11-03T06:30:00Z"));
  }

  @Test
  void ordersByMomentThenExchange() {
    Instant early = Instant.parse("2024-03-15T14:00:00Z");
    Instant late = Instant.parse("2024-03-15T15:00:00Z");
    List<ExchangeInstant> sorted = List.copyOf(new TreeSet<>(List.of(ExchangeInstant.of(late, Exchange.CBOT),
        ExchangeInstant.of(early, Exchange.EUREX), ExchangeInstant.of(early, Exchange.CME))));
    assertThat(sorted).containsExactly(ExchangeInstant.of(early, Exchange.CME),
        ExchangeInstant.of(early, Exchange.EUREX), ExchangeInstant.of(late, Exchange.CBOT));
    assertThat(ExchangeInstant.of(early, Exchange.CME)).isNotEqualTo(ExchangeInstant.of(early, Exchange.CBOT));
  }

  @Test
  void rejectsMissingParts() {
    assertRejects(() -> ExchangeInstant.of((Instant) null, Exchange.CME), "instant must not be null");
    assertRejects(() -> ExchangeInstant.of(Instant.EPOCH, null), "exchange must not be null");
    assertRejects(() -> ExchangeInstant.of((LocalDateTime) null, Exchange.CME), "local must not be null");
    assertRejects(() -> ExchangeInstant.of(LocalDateTime.of(2024, 1, 2, 8, 0), null), "exchange must not be null");
  }
}
