package org.pystrade.report;

import org.pystrade.core.util.ArgChecker;

/**
 * What a {@link BacktestReport} holds beyond the portfolio's sections.
 *
 * @param title the report's title (its {@code h1} and the page title); empty for the default, "pystrade backtest:"
 *     and the config's file name
 * @param instrumentPages whether to add one page per instrument (price, combined forecast, position, cumulative
 *     P&amp;L)
 */
public record ReportOptions(String title, boolean instrumentPages) {

  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException if the title is null
   *
   * @param title the report's title (its {@code h1} and the page title); empty for the default, "pystrade backtest:"
   *         and the config's file name
   * @param instrumentPages whether to add one page per instrument (price, combined forecast, position, cumulative
   *         P&amp;L)
   */
  public ReportOptions {
    ArgChecker.notNull(title, "title");
  }

  /**
   * The defaults: the default title, a page per instrument.
   *
   * @return the options
   */
  public static ReportOptions defaults() {
    return new ReportOptions("", true);
  }

  /**
   * These options with another title.
   *
   * @param newTitle the title (empty for the default)
   * @return the options
   */
  public ReportOptions withTitle(String newTitle) {
    return new ReportOptions(newTitle, instrumentPages);
  }

  /**
   * These options with or without the instrument pages.
   *
   * @param pages whether to add a page per instrument
   * @return the options
   */
  public ReportOptions withInstrumentPages(boolean pages) {
    return new ReportOptions(title, pages);
  }
}
