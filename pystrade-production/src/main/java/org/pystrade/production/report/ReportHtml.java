package org.pystrade.production.report;

import java.util.List;
import org.pystrade.report.chart.BarChart;
import org.pystrade.report.markup.Markup;

/** Renders a report as one self-contained HTML page: inline style, tables and inline SVG bar charts. */
final class ReportHtml {

  private static final String STYLE = "body{font-family:sans-serif;margin:1.5em;color:#222}"
      + "h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.5em}"
      + "table{border-collapse:collapse;font-size:0.85em}th,td{border:1px solid #ccc;padding:2px 6px}"
      + "th{background:#eee;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}"
      + "p.note{color:#555;font-size:0.85em}ul.notes{color:#744}";

  private ReportHtml() {
  }

  static String render(ProductionReport report) {
    return page(report.title(), List.of(report));
  }

  /** One page holding several reports. */
  static String page(String title, List<ProductionReport> reports) {
    StringBuilder out = new StringBuilder(4096);
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
    Markup.append(out, title).append("</title><style>").append(STYLE).append("</style></head><body>\n");
    for (ProductionReport report : reports) {
      appendReport(out, report);
    }
    return out.append("</body></html>\n").toString();
  }

  private static void appendReport(StringBuilder out, ProductionReport report) {
    out.append("<h1>");
    Markup.append(out, report.title()).append("</h1>\n<p class=\"note\">generated ");
    Markup.append(out, Cells.text(report.generated())).append(" UTC</p>\n");
    if (!report.notes().isEmpty()) {
      out.append("<ul class=\"notes\">");
      for (String note : report.notes()) {
        out.append("<li>");
        Markup.append(out, note).append("</li>");
      }
      out.append("</ul>\n");
    }
    for (ReportTable t : report.tables()) {
      out.append("<h2 id=\"").append(Markup.identifier(t.title())).append("\">");
      Markup.append(out, t.title()).append("</h2>\n");
      for (ReportChart c : report.charts()) {
        if (c.table().equals(t.title())) {
          appendChart(out, t, c);
        }
      }
      appendTable(out, t);
      if (!t.note().isEmpty()) {
        out.append("<p class=\"note\">");
        Markup.append(out, t.note()).append("</p>\n");
      }
    }
  }

  private static void appendTable(StringBuilder out, ReportTable t) {
    out.append("<table><thead><tr>");
    for (String c : t.columns()) {
      out.append("<th>");
      Markup.append(out, c).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
    for (List<Object> row : t.rows()) {
      out.append("<tr>");
      for (Object cell : row) {
        out.append(Cells.numeric(cell) ? "<td class=\"n\">" : "<td>");
        Markup.append(out, Cells.text(cell)).append("</td>");
      }
      out.append("</tr>\n");
    }
    if (t.rows().isEmpty()) {
      out.append("<tr><td colspan=\"").append(t.columns().size()).append("\">(none)</td></tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  private static void appendChart(StringBuilder out, ReportTable t, ReportChart c) {
    int label = t.column(c.labelColumn());
    int value = t.column(c.valueColumn());
    BarChart.Builder b = BarChart.builder(Markup.identifier(c.title())).title(c.title());
    int bars = 0;
    for (List<Object> row : t.rows()) {
      if (row.get(value) instanceof Number n && Double.isFinite(n.doubleValue())) {
        b.bar(Cells.text(row.get(label)), n.doubleValue());
        bars++;
      }
    }
    if (bars > 0) {
      b.build().appendInlineSvg(out);
      out.append('\n');
    }
  }
}
