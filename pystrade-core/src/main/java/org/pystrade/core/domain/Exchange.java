package org.pystrade.core.domain;

import java.time.ZoneId;
import org.pystrade.core.util.ArgChecker;

/**
 * A futures exchange, named by its usual short code, with the time zone its trading hours, settlement times and
 * trading dates are stated in.
 *
 * @param code the exchange's short code ({@code "CME"}), non-blank, no surrounding white space
 * @param zone the exchange's time zone
 */
public record Exchange(String code, ZoneId zone) {

  /** The Chicago Mercantile Exchange, on Chicago time. */
  public static final Exchange CME = new Exchange("CME", ZoneId.of("America/Chicago"));
  /** The Chicago Board of Trade, on Chicago time. */
  public static final Exchange CBOT = new Exchange("CBOT", ZoneId.of("America/Chicago"));
  /** The New York Mercantile Exchange, on New York time. */
  public static final Exchange NYMEX = new Exchange("NYMEX", ZoneId.of("America/New_York"));
  /** The Commodity Exchange (metals) of New York, on New York time. */
  public static final Exchange COMEX = new Exchange("COMEX", ZoneId.of("America/New_York"));
  /** Eurex, in Frankfurt, on Central European time. */
  public static final Exchange EUREX = new Exchange("EUREX", ZoneId.of("Europe/Berlin"));
  /** ICE Futures Europe, in London, on London time. */
  public static final Exchange ICE_EU = new Exchange("ICE_EU", ZoneId.of("Europe/London"));
  /** ICE Futures U.S., on New York time. */
  public static final Exchange ICE_US = new Exchange("ICE_US", ZoneId.of("America/New_York"));

  /**
   * Checks the code and the zone.
   *
   * @param code the exchange's short code ({@code "CME"}), non-blank, no surrounding white space
   * @param zone the exchange's time zone
   */
  public Exchange {
    ArgChecker.notBlank(code, "exchange code");
    ArgChecker.isTrue(code.equals(code.strip()), "exchange code must not have surrounding spaces but was '{}'", code);
    ArgChecker.notNull(zone, "zone of exchange " + code);
  }

  /**
   * Obtains an exchange.
   *
   * @param code the short code
   * @param zone the time zone of its trading hours
   * @return the exchange
   */
  public static Exchange of(String code, ZoneId zone) {
    return new Exchange(code, zone);
  }

  /**
   * The code.
   *
   * @return the same as {@link #code()}
   */
  @Override
  public String toString() {
    return code;
  }

  // equals and hashCode written out: the generated ones bootstrap method handles on first use (start-up time)

  @Override
  public boolean equals(Object obj) {
    return this == obj
        || (obj instanceof Exchange && code.equals(((Exchange) obj).code) && zone.equals(((Exchange) obj).zone));
  }

  @Override
  public int hashCode() {
    return 31 * code.hashCode() + zone.hashCode();
  }
}
