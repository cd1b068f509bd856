package org.pystrade.production.report;

import java.util.List;

/** Renders a report as text with aligned columns. */
final class ReportText {

  private ReportText() {
  }

  static String render(ProductionReport report) {
    StringBuilder out = new StringBuilder();
    String title = report.title();
    out.append(title).append('\n').append("=".repeat(title.length())).append('\n');
    out.append("generated ").append(Cells.text(report.generated())).append(" UTC\n");
    for (String note : report.notes()) {
      out.append("* ").append(note).append('\n');
    }
    for (ReportTable t : report.tables()) {
      out.append('\n').append(t.title()).append('\n').append("-".repeat(t.title().length())).append('\n');
      appendTable(out, t);
      if (!t.note().isEmpty()) {
        out.append(t.note()).append('\n');
      }
    }
    return out.toString();
  }

  private static void appendTable(StringBuilder out, ReportTable t) {
    int n = t.columns().size();
    int[] width = new int[n];
    for (int c = 0; c < n; c++) {
      width[c] = t.columns().get(c).length();
    }
    for (List<Object> row : t.rows()) {
      for (int c = 0; c < n; c++) {
        width[c] = Math.max(width[c], Cells.text(row.get(c)).length());
      }
    }
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < n; c++) {
      pad(line, t.columns().get(c), width[c], false, c == n - 1);
    }
    endLine(out, line);
    for (List<Object> row : t.rows()) {
      for (int c = 0; c < n; c++) {
        pad(line, Cells.text(row.get(c)), width[c], Cells.numeric(row.get(c)), c == n - 1);
      }
      endLine(out, line);
    }
    if (t.rows().isEmpty()) {
      out.append("(none)\n");
    }
  }

  /** Appends a line without its trailing blanks and empties the line. */
  private static void endLine(StringBuilder out, StringBuilder line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(line, 0, end).append('\n');
    line.setLength(0);
  }

  private static void pad(StringBuilder out, String text, int width, boolean right, boolean last) {
    String gap = " ".repeat(width - text.length());
    if (right) {
      out.append(gap).append(text);
    } else {
      out.append(text);
      if (!last) {
        out.append(gap);
      }
    }
    if (!last) {
      out.append("  ");
    }
  }
}
