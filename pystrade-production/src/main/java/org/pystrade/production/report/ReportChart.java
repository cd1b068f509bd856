package org.pystrade.production.report;

import org.pystrade.core.util.ArgChecker;

/**
 * A bar chart of one column of a report's table, drawn in the HTML rendering (one bar per row, labelled by another
 * column).
 *
 * @param title the chart's title
 * @param table the title of the table it draws
 * @param labelColumn the column whose text labels each bar
 * @param valueColumn the column whose numbers are the bars
 */
public record ReportChart(String title, String table, String labelColumn, String valueColumn) {

  /**
   * Checks the arguments.
   *
   * @param title the chart's title
   * @param table the title of the table it draws
   * @param labelColumn the column whose text labels each bar
   * @param valueColumn the column whose numbers are the bars
   */
  public ReportChart {
    ArgChecker.notBlank(title, "title");
    ArgChecker.notBlank(table, "table");
    ArgChecker.notBlank(labelColumn, "labelColumn");
    ArgChecker.notBlank(valueColumn, "valueColumn");
  }
}
