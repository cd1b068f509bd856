package org.pystrade.broker.api;

import java.time.Duration;
import java.util.Locale;
import org.pystrade.core.util.ArgChecker;

/** The length of a price bar. */
public enum BarSize {
  /** One minute. */
  ONE_MINUTE("1m", "1 min", Duration.ofMinutes(1)),
  /** Five minutes. */
  FIVE_MINUTES("5m", "5 mins", Duration.ofMinutes(5)),
  /** Fifteen minutes. */
  FIFTEEN_MINUTES("15m", "15 mins", Duration.ofMinutes(15)),
  /** One hour. */
  ONE_HOUR("1h", "1 hour", Duration.ofHours(1)),
  /** One day: a daily bar, stamped with its trading date. */
  ONE_DAY("1d", "1 day", Duration.ofDays(1));

  private final String code;
  private final String ibName;
  private final Duration length;

  BarSize(String code, String ibName, Duration length) {
    this.code = code;
    this.ibName = ibName;
    this.length = length;
  }

  /**
   * Parses the short code a command line takes.
   *
   * @param code {@code 1m}, {@code 5m}, {@code 15m}, {@code 1h} or {@code 1d}
   * @return the bar size
   */
  public static BarSize parse(String code) {
    ArgChecker.notNull(code, "bar size");
    for (BarSize b : values()) {
      if (b.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
        return b;
      }
    }
    throw new IllegalArgumentException("bar size must be 1m, 5m, 15m, 1h or 1d but was '" + code + "'");
  }

  /**
   * The short code.
   *
   * @return {@code "1d"} and so on
   */
  public String code() {
    return code;
  }

  /**
   * The name IB's historical data request takes.
   *
   * @return {@code "1 day"} and so on
   */
  public String ibName() {
    return ibName;
  }

  /**
   * The length of a bar.
   *
   * @return the length
   */
  public Duration length() {
    return length;
  }

  /**
   * Whether bars are daily.
   *
   * @return true for {@link #ONE_DAY}
   */
  public boolean isDaily() {
    return this == ONE_DAY;
  }
}
