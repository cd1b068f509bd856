package org.pystrade.broker.ib;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The date and time forms of the TWS API. */
final class IbTime {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");
  private static final DateTimeFormatter UTC_FORM = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss");

  private IbTime() {
  }

  /** An end time as historical data requests take it: {@code yyyyMMdd-HH:mm:ss}, meaning UTC. */
  static String utc(Instant t) {
    return UTC_FORM.format(t.atOffset(ZoneOffset.UTC));
  }

  /** A duration as historical data requests take it: seconds below a day, days below a year, else years. */
  static String duration(Duration d) {
    long s = d.getSeconds();
    if (s < 86_400) {
      return Math.max(s, 30) + " S";
    }
    long days = (s + 86_399) / 86_400;
    return days <= 365 ? days + " D" : (days + 364) / 365 + " Y";
  }

  /**
   * A bar's time: {@code yyyyMMdd} (a daily bar, at midnight UTC of that date), epoch seconds (intraday bars asked
   * with format 2), or {@code yyyyMMdd HH:mm:ss} with an optional zone name (UTC when none).
   */
  static Optional<Instant> barTime(String text) {
    String t = text.strip();
    try {
      if (t.length() == 8 && t.chars().allMatch(Character::isDigit)) {
        return Optional.of(LocalDate.parse(t, DATE).atStartOfDay().toInstant(ZoneOffset.UTC));
      }
      if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(t)));
      }
      return executionTime(t);
    } catch (DateTimeException | NumberFormatException ex) {
      return Optional.empty();
    }
  }

  /**
   * An execution's time: {@code yyyyMMdd-HH:mm:ss} (UTC), or {@code yyyyMMdd  HH:mm:ss} optionally followed by the
   * zone name TWS is set to (UTC when none is given).
   */
  static Optional<Instant> executionTime(String text) {
    String t = text.strip();
    try {
      if (t.length() == 17 && t.charAt(8) == '-') {
        return Optional.of(LocalDateTime.parse(t, UTC_FORM).toInstant(ZoneOffset.UTC));
      }
      String[] parts = t.split("\\s+");
      if (parts.length < 2) {
        return Optional.empty();
      }
      LocalDateTime local = LocalDateTime.parse(parts[0] + " " + parts[1], DATE_TIME);
      ZoneId zone = parts.length > 2 ? ZoneId.of(parts[2]) : ZoneOffset.UTC;
      return Optional.of(local.atZone(zone).toInstant());
    } catch (DateTimeException ex) {
      return Optional.empty();
    }
  }
}
