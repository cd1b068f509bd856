package org.pystrade.core.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import org.pystrade.core.util.ArgChecker;

/**
 * A real moment, together with the exchange whose clock it is meant on: a bar's close, a fill, a settlement. The
 * moment is the {@link Instant}; the exchange gives its local date and time.
 *
 * <p>Instants order by moment; two at the same moment on different exchanges order by exchange code, then zone, so
 * that the order agrees with {@link #equals}.
 *
 * @param instant the moment
 * @param exchange the exchange it is meant at
 */
public record ExchangeInstant(Instant instant, Exchange exchange) implements Comparable<ExchangeInstant> {

  private static final Comparator<ExchangeInstant> ORDER = Comparator.comparing(ExchangeInstant::instant)
      .thenComparing(e -> e.exchange.code()).thenComparing(e -> e.exchange.zone().getId());

  /**
   * Checks that both parts are given.
   *
   * @param instant the moment
   * @param exchange the exchange it is meant at
   */
  public ExchangeInstant {
    ArgChecker.notNull(instant, "instant");
    ArgChecker.notNull(exchange, "exchange");
  }

  /**
   * Obtains the instant of a moment at an exchange.
   *
   * @param instant the moment
   * @param exchange the exchange
   * @return the exchange instant
   */
  public static ExchangeInstant of(Instant instant, Exchange exchange) {
    return new ExchangeInstant(instant, exchange);
  }

  /**
   * Obtains the instant of a local date and time on an exchange's clock. Where the clocks change, a local time that
   * does not exist (in the spring gap) is moved later by the length of the gap, and a local time that happens twice
   * (in the autumn overlap) is taken at its first occurrence, as {@link ZonedDateTime#of} does.
   *
   * @param local the date and time on the exchange's clock
   * @param exchange the exchange
   * @return the exchange instant
   */
  public static ExchangeInstant of(LocalDateTime local, Exchange exchange) {
    ArgChecker.notNull(local, "local");
    ArgChecker.notNull(exchange, "exchange");
    return new ExchangeInstant(ZonedDateTime.of(local, exchange.zone()).toInstant(), exchange);
  }

  /**
   * The moment on the exchange's clock, with its offset and zone.
   *
   * @return the zoned date and time at the exchange
   */
  public ZonedDateTime zonedDateTime() {
    return instant.atZone(exchange.zone());
  }

  /**
   * The date and time on the exchange's clock.
   *
   * @return the local date and time at the exchange
   */
  public LocalDateTime localDateTime() {
    return zonedDateTime().toLocalDateTime();
  }

  /**
   * The calendar date on the exchange's clock. It is the plain local date: no session rule (such as an evening
   * session counting for the next trading day) is applied.
   *
   * @return the local date at the exchange
   */
  public LocalDate tradingDate() {
    return zonedDateTime().toLocalDate();
  }

  @Override
  public int compareTo(ExchangeInstant o) {
    return ORDER.compare(this, o);
  }

  /**
   * The moment in ISO-8601 form on the exchange's clock, with offset and zone, then the exchange code.
   *
   * @return for example {@code "2024-03-15T09:30:00-05:00[America/Chicago] CME"}
   */
  @Override
  public String toString() {
    return DateTimeFormatter.ISO_ZONED_DATE_TIME.format(zonedDateTime()) + " " + exchange.code();
  }
}
