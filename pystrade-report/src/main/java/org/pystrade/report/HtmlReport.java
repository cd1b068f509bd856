package org.pystrade.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.report.chart.Chart;
import org.pystrade.report.markup.Markup;
import org.pystrade.report.markup.Numbers;

/** Writes the report as one HTML document: inline CSS, inline SVG, no script, nothing fetched. */
final class HtmlReport {

  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec"};
  static final String CSS = css();

  private final ReportData d;
  private final ReportOptions options;

  HtmlReport(ReportData data, ReportOptions options) {
    this.d = data;
    this.options = options;
  }

  private static String css() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the pystrade-report jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read report.css from the pystrade-report jar", ex);
    }
  }

  /** The instrument's anchor. */
  static String anchor(InstrumentCode code) {
    return "i-" + Markup.identifier(code.value());
  }

  String write() {
    StringBuilder out = new StringBuilder(1 << 20);
    String title = options.title();
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
    Markup.append(out, title).append("</title>\n<style>").append(CSS).append("</style></head>\n<body>\n");
    header(out, title);
    nav(out);
    stats(out);
    curves(out);
    monthly(out);
    rollingSharpe(out);
    byInstrument(out);
    byRule(out);
    costs(out);
    estimates(out);
    if (options.instrumentPages()) {
      instruments(out);
    }
    footer(out);
    out.append("</body></html>\n");
    return out.toString();
  }

  private void header(StringBuilder out, String title) {
    out.append("<header><h1>");
    Markup.append(out, title).append("</h1><p class=\"meta\">");
    LocalDate[] span = d.span();
    out.append(d.instruments.size()).append(d.instruments.size() == 1 ? " instrument" : " instruments");
    if (span.length == 2) {
      out.append(" &middot; ").append(span[0]).append(" to ").append(span[1]);
    }
    out.append(" &middot; capital ").append(Numbers.fixed(d.portfolio.capital(), 0)).append(" &middot; config ");
    Markup.append(out, d.system.config().source()).append(" &middot; trading rules: ");
    for (int i = 0; i < d.rules.size(); i++) {
      Markup.append(out.append(i == 0 ? "" : ", "), d.rules.get(i).rule().value());
    }
    out.append("</p></header>\n");
    List<InstrumentFailure> leftOut = d.system.failures();
    List<InstrumentFailure> warned = d.system.warnings();
    if (!leftOut.isEmpty() || !warned.isEmpty()) {
      out.append("<div class=\"warn\">");
      for (InstrumentFailure f : leftOut) {
        Markup.append(out.append("<div>Left out: "), f.toString()).append("</div>");
      }
      for (InstrumentFailure f : warned) {
        Markup.append(out.append("<div>Kept with a warning: "), f.toString()).append("</div>");
      }
      out.append("</div>\n");
    }
  }

  private void nav(StringBuilder out) {
    out.append("<nav><h2>Contents</h2><ol>");
    link(out, "stats", "Statistics");
    link(out, "curve", "Account curve and drawdown");
    link(out, "monthly", "Monthly returns");
    link(out, "rolling-sharpe-section", "Rolling Sharpe ratio");
    link(out, "by-instrument", "P&L by instrument");
    link(out, "by-rule", "P&L by trading rule");
    link(out, "costs-section", "Costs");
    if (d.instrumentWeightsEstimated) {
      link(out, "estimates", "Estimated instrument weights");
    }
    if (options.instrumentPages()) {
      link(out, "instruments", "Instruments (one page each)");
    }
    out.append("</ol></nav>\n");
  }

  private static void link(StringBuilder out, String id, String text) {
    out.append("<li><a href=\"#").append(id).append("\">");
    Markup.append(out, text).append("</a></li>");
  }

  private void stats(StringBuilder out) {
    out.append("<section id=\"stats\"><h2>Statistics</h2><p class=\"note\">pysystemtrade's <code>stats()</code> of "
        + "the portfolio's daily P&amp;L in % of capital, in its format (4 significant digits).</p>"
        + "<div class=\"tables\">");
    Map<String, String> net = d.netStats.formatted();
    Map<String, String> gross = d.grossStats.formatted();
    // two tables side by side on a wide screen, one below the other on a phone
    int half = (AccountStats.NAMES.size() + 1) / 2;
    for (int part = 0; part < 2; part++) {
      out.append("<div class=\"scroll\"><table><thead><tr><th>statistic</th><th>net</th><th>gross</th></tr>"
          + "</thead><tbody>");
      for (String name : AccountStats.NAMES.subList(part * half, part == 0 ? half : AccountStats.NAMES.size())) {
        out.append("<tr><td>");
        Markup.append(out, name).append("</td><td>");
        Markup.append(out, net.get(name)).append("</td><td>");
        Markup.append(out, gross.get(name)).append("</td></tr>");
      }
      out.append("</tbody></table></div>");
    }
    out.append("</div></section>\n");
  }

  private void curves(StringBuilder out) {
    out.append("<section id=\"curve\"><h2>Account curve and drawdown</h2>");
    figure(out, ReportCharts.accountCurve(d));
    figure(out, ReportCharts.drawdown(d));
    out.append("</section>\n");
  }

  private void monthly(StringBuilder out) {
    out.append("<section id=\"monthly\"><h2>Monthly returns</h2><p class=\"note\">Net P&amp;L per calendar month, "
        + "% of capital; the year's column is the sum of its months (the curve is not compounded).</p>"
        + "<div class=\"scroll\"><table><thead><tr><th>year</th>");
    for (String m : MONTHS) {
      out.append("<th>").append(m).append("</th>");
    }
    out.append("<th>year</th></tr></thead><tbody>");
    double scale = 0;
    for (double[] row : d.monthly.values()) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          scale = Math.max(scale, Math.abs(v));
        }
      }
    }
    for (Map.Entry<Integer, double[]> e : d.monthly.entrySet()) {
      out.append("<tr><td>").append(e.getKey()).append("</td>");
      double total = 0;
      for (double v : e.getValue()) {
        if (Double.isFinite(v)) {
          total += v;
        }
        shadedCell(out, v, scale);
      }
      out.append("<th>").append(Numbers.fixed(total, 1)).append("</th></tr>");
    }
    out.append("</tbody></table></div></section>\n");
  }

  /** A cell shaded green or red by its size against the largest. */
  private static void shadedCell(StringBuilder out, double v, double scale) {
    if (!Double.isFinite(v)) {
      out.append("<td></td>");
      return;
    }
    double alpha = scale > 0 ? Math.min(1, Math.abs(v) / scale) * 0.55 : 0;
    out.append("<td style=\"background:rgba(").append(v < 0 ? "192,57,43," : "43,138,62,")
        .append(Numbers.fixed(alpha, 2)).append(")\">").append(Numbers.fixed(v, 1)).append("</td>");
  }

  private void rollingSharpe(StringBuilder out) {
    out.append("<section id=\"rolling-sharpe-section\"><h2>Rolling Sharpe ratio</h2>");
    figure(out, ReportCharts.rollingSharpe(d));
    out.append("</section>\n");
  }

  private void byInstrument(StringBuilder out) {
    out.append("<section id=\"by-instrument\"><h2>P&amp;L by instrument</h2><p class=\"note\">Each instrument's net "
        + "P&amp;L as part of the portfolio, % of the portfolio's capital; costs a year are negative.</p>"
        + "<div class=\"scroll\"><table><thead><tr><th>instrument</th><th>weight</th><th>total %</th>"
        + "<th>ann. mean %</th><th>ann. std %</th><th>Sharpe</th><th>costs a year %</th></tr></thead><tbody>");
    for (ReportData.InstrumentRow r : d.instruments) {
      out.append("<tr><td>");
      if (options.instrumentPages()) {
        out.append("<a href=\"#").append(anchor(r.code())).append("\">");
        Markup.append(out, r.code().value()).append("</a>");
      } else {
        Markup.append(out, r.code().value());
      }
      out.append("</td><td>").append(Numbers.fixed(r.weight(), 3)).append("</td>");
      signed(out, r.total(), 1);
      signed(out, r.stats().annMean(), 2);
      out.append("<td>").append(Numbers.fixed(r.stats().annStd(), 2)).append("</td>");
      signed(out, r.stats().sharpe(), 2);
      out.append("<td>").append(Numbers.fixed(r.annualCosts(), 3)).append("</td></tr>");
    }
    out.append("</tbody></table></div>");
    for (Chart chart : ReportCharts.pandlByInstrument(d)) {
      figure(out, chart);
    }
    out.append("</section>\n");
  }

  private static void signed(StringBuilder out, double v, int decimals) {
    out.append(v < 0 ? "<td class=\"neg\">" : v > 0 ? "<td class=\"pos\">" : "<td>").append(Numbers.fixed(v, decimals))
        .append("</td>");
  }

  private void byRule(StringBuilder out) {
    out.append("<section id=\"by-rule\"><h2>P&amp;L by trading rule</h2><p class=\"note\">Each rule traded alone "
        + "across the portfolio, each instrument weighted by its share of the rule's risk, net of Sharpe-ratio costs "
        + "(pysystemtrade's <code>pandl_for_trading_rule</code>); % of capital.</p><div class=\"scroll\"><table>"
        + "<thead><tr><th>rule</th><th>total %</th><th>ann. mean %</th><th>ann. std %</th><th>Sharpe</th></tr>"
        + "</thead><tbody>");
    for (ReportData.RuleRow r : d.rules) {
      out.append("<tr><td>");
      Markup.append(out, r.rule().value()).append("</td>");
      signed(out, r.total(), 1);
      signed(out, r.stats().annMean(), 2);
      out.append("<td>").append(Numbers.fixed(r.stats().annStd(), 2)).append("</td>");
      signed(out, r.stats().sharpe(), 2);
      out.append("</tr>");
    }
    out.append("</tbody></table></div>");
    if (!d.rules.isEmpty()) {
      figure(out, ReportCharts.pandlByRule(d));
    }
    out.append("</section>\n");
  }

  private void costs(StringBuilder out) {
    out.append("<section id=\"costs-section\"><h2>Costs</h2><div class=\"scroll\"><table><tbody>");
    row(out, "costs a year, % of capital", Numbers.fixed(d.costStats.annMean(), 3));
    row(out, "costs over the backtest, % of capital", Numbers.fixed(ReportData.sum(d.costs.pandl()), 2));
    row(out, "Sharpe ratio before costs", Numbers.fixed(d.grossStats.sharpe(), 3));
    row(out, "Sharpe ratio after costs", Numbers.fixed(d.netStats.sharpe(), 3));
    row(out, "Sharpe ratio lost to costs", Numbers.fixed(d.grossStats.sharpe() - d.netStats.sharpe(), 3));
    out.append("</tbody></table></div>");
    figure(out, ReportCharts.costs(d));
    out.append("</section>\n");
  }

  private static void row(StringBuilder out, String name, String value) {
    out.append("<tr><td>");
    Markup.append(out, name).append("</td><td>");
    Markup.append(out, value).append("</td></tr>");
  }

  private void estimates(StringBuilder out) {
    if (!d.instrumentWeightsEstimated) {
      return;
    }
    out.append("<section id=\"estimates\"><h2>Estimated instrument weights</h2>");
    figure(out, ReportCharts.instrumentWeights(d));
    out.append("</section>\n");
  }

  private void instruments(StringBuilder out) {
    out.append("<section id=\"instruments\"><h2>Instruments</h2><ul class=\"index\">");
    for (ReportData.InstrumentRow r : d.instruments) {
      out.append("<li><a href=\"#").append(anchor(r.code())).append("\">");
      Markup.append(out, r.code().value()).append("</a></li>");
    }
    out.append("</ul></section>\n");
    // each page is written on its own (in parallel): its series are read from the system's memo and let go
    for (String page : d.system.context().parallel().map(d.instruments, this::instrumentPage)) {
      out.append(page);
    }
  }

  private String instrumentPage(ReportData.InstrumentRow r) {
    StringBuilder out = new StringBuilder(16 * 1024);
    out.append("<section class=\"instrument\" id=\"").append(anchor(r.code())).append("\"><h2>");
    Markup.append(out, r.code().value()).append("</h2><dl>");
    item(out, "weight", Numbers.fixed(r.weight(), 3));
    item(out, "Sharpe", Numbers.fixed(r.stats().sharpe(), 2));
    item(out, "ann. mean", Numbers.fixed(r.stats().annMean(), 2) + "%");
    item(out, "total", Numbers.fixed(r.total(), 1) + "%");
    item(out, "costs a year", Numbers.fixed(r.annualCosts(), 3) + "%");
    out.append("</dl>");
    for (Chart chart : ReportCharts.instrument(d, r.code())) {
      figure(out, chart);
    }
    out.append("</section>\n");
    return out.toString();
  }

  private static void item(StringBuilder out, String name, String value) {
    out.append("<dt>");
    Markup.append(out, name).append("</dt><dd>");
    Markup.append(out, value).append("</dd>");
  }

  private void footer(StringBuilder out) {
    int days = d.net.returns().size();
    int buckets = (ReportCharts.WIDTH - 60) / ReportCharts.INSTRUMENT_BUCKET;
    out.append("<footer><h2>About the charts</h2><p class=\"note\">Charts are drawn by pystrade as SVG. A line is "
        + "drawn from the lowest and highest value of each bucket of 2 pixels (").append(ReportCharts.INSTRUMENT_BUCKET)
        .append(" on the instrument pages), not from every day: ");
    out.append(Numbers.fixed(days, 0)).append(" business days make about ").append(buckets)
        .append(" buckets of ").append(Numbers.fixed(Math.max(1, Math.round((double) days / buckets)), 0))
        .append(" days on an instrument's charts, so the file stays small and spikes stay visible; stacked weights "
            + "show the last day of each bucket. Tables and statistics use every day.</p></footer>\n");
  }

  private static void figure(StringBuilder out, Chart chart) {
    out.append("<figure id=\"").append(Markup.escape(chart.id())).append("\">");
    chart.appendInlineSvg(out);
    out.append("</figure>\n");
  }
}
