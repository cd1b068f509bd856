package org.pystrade.production.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pystrade.core.util.ArgChecker;

/** The kinds of production report, pysystemtrade's {@code sysproduction/reporting} reports. */
public enum ReportType {
  /** P&amp;L by strategy, instrument and period. */
  PNL("pnl", "P&L report"),
  /** Processes, locks, overrides and the age of data. */
  STATUS("status", "Status report"),
  /** Roll states, expiries and volumes. */
  ROLLS("rolls", "Roll report"),
  /** Fills with their slippage. */
  TRADES("trades", "Trade report"),
  /** Our positions against the broker's. */
  RECONCILE("reconcile", "Reconcile report"),
  /** Measured slippage and commission against the configured costs. */
  COSTS("costs", "Costs report"),
  /** Portfolio risk at the current positions. */
  RISK("risk", "Risk report"),
  /** Positions against average volume. */
  LIQUIDITY("liquidity", "Liquidity report"),
  /** Minimum capital per instrument. */
  MIN_CAPITAL("min-capital", "Minimum capital report"),
  /** Optimal against held positions. */
  STRATEGY("strategy", "Strategy report");

  private final String id;
  private final String title;

  ReportType(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /**
   * The identifier used on the command line and in file names.
   *
   * @return for example {@code min-capital}
   */
  public String id() {
    return id;
  }

  /**
   * The report's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The type of an identifier.
   *
   * @param id an identifier such as {@code pnl} (case ignored)
   * @return the type
   * @throws IllegalArgumentException if no type has that identifier
   */
  public static ReportType of(String id) {
    ArgChecker.notBlank(id, "id");
    String key = id.trim().toLowerCase(Locale.ROOT);
    for (ReportType t : values()) {
      if (t.id.equals(key)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown report type '" + id + "'; known: "
        + Arrays.stream(values()).map(ReportType::id).collect(Collectors.joining(", ")));
  }
}
