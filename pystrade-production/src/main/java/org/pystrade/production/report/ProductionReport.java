package org.pystrade.production.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pystrade.core.util.ArgChecker;

/**
 * A production report: its tables, notes and charts, as of a day. {@link #toText()} and {@link #toHtml()} render it;
 * the HTML is one self-contained page (inline style and SVG, nothing fetched from a network).
 *
 * @param type what report it is
 * @param day the day it reports on
 * @param generated when it was made
 * @param tables its tables, in order
 * @param notes notes shown before the tables (for example what could not be reported and why)
 * @param charts bar charts of some tables' columns (HTML only)
 */
public record ProductionReport(ReportType type, LocalDate day, Instant generated, List<ReportTable> tables,
    List<String> notes, List<ReportChart> charts) {

  /**
   * Checks the arguments and that every chart names a table and its columns.
   *
   * @param type what report it is
   * @param day the day it reports on
   * @param generated when it was made
   * @param tables its tables, in order
   * @param notes notes shown before the tables (for example what could not be reported and why)
   * @param charts bar charts of some tables' columns (HTML only)
   */
  public ProductionReport {
    ArgChecker.notNull(type, "type");
    ArgChecker.notNull(day, "day");
    ArgChecker.notNull(generated, "generated");
    tables = List.copyOf(ArgChecker.notNull(tables, "tables"));
    notes = List.copyOf(ArgChecker.notNull(notes, "notes"));
    charts = List.copyOf(ArgChecker.notNull(charts, "charts"));
    for (ReportChart c : charts) {
      ReportTable t = tables.stream().filter(x -> x.title().equals(c.table())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("chart '" + c.title() + "' names no table of the report: "
              + c.table()));
      t.column(c.labelColumn());
      t.column(c.valueColumn());
    }
  }

  /**
   * The table with a title.
   *
   * @param title the title
   * @return the table
   * @throws IllegalArgumentException if the report has no such table
   */
  public ReportTable table(String title) {
    return tables.stream().filter(t -> t.title().equals(title)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type.id() + " report has no table '" + title + "': "
            + tables.stream().map(ReportTable::title).toList()));
  }

  /**
   * The report's title with its day.
   *
   * @return for example {@code P&L report 2021-12-31}
   */
  public String title() {
    return type.title() + " " + day;
  }

  /**
   * The report as plain text: aligned columns.
   *
   * @return the text
   */
  public String toText() {
    return ReportText.render(this);
  }

  /**
   * The report as one self-contained HTML page.
   *
   * @return the HTML
   */
  public String toHtml() {
    return ReportHtml.render(this);
  }
}
