package org.pystrade.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.report.chart.Chart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backtest report of a system: one self-contained HTML file (inline CSS and SVG, no script, nothing fetched from
 * the network) with pysystemtrade's statistics, the account curve and drawdown, monthly returns, the rolling Sharpe
 * ratio, P&amp;L by instrument and by trading rule, costs, estimated weights over time (for an estimated system) and
 * a page per instrument; and each chart as a PNG for e-mail.
 *
 * <pre>{@code
 * TradingSystem system = TradingSystem.fromYaml(config, data);
 * BacktestReport report = BacktestReport.of(system);
 * report.writeHtml(Path.of("report.html"));
 * report.writePngs(Path.of("charts"), 2);
 * }</pre>
 *
 * The system's results are computed (or read from its memo) when the report is made; the charts are drawn when
 * written.
 */
public final class BacktestReport {

  private static final Logger LOG = LoggerFactory.getLogger(BacktestReport.class);

  private final ReportData data;
  private final ReportOptions options;

  private BacktestReport(ReportData data, ReportOptions options) {
    this.data = data;
    this.options = options;
  }

  /**
   * The report of a system with the default options.
   *
   * @param system the system (computed now if it is not yet)
   * @return the report
   */
  public static BacktestReport of(TradingSystem system) {
    return of(system, ReportOptions.defaults());
  }

  /**
   * The report of a system.
   *
   * @param system the system (computed now if it is not yet)
   * @param options what the report holds
   * @return the report
   */
  public static BacktestReport of(TradingSystem system, ReportOptions options) {
    ArgChecker.notNull(system, "system");
    ArgChecker.notNull(options, "options");
    long start = System.nanoTime();
    ReportData data = new ReportData(system);
    LOG.debug("report data of {} instruments read in {} ms", data.instruments.size(),
        (System.nanoTime() - start) / 1_000_000);
    String source = system.config().source();
    String fileName = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    String title = options.title().isEmpty() ? "pystrade backtest: " + fileName : options.title();
    return new BacktestReport(data, options.withTitle(title));
  }

  /**
   * The report's title.
   *
   * @return the title
   */
  public String title() {
    return options.title();
  }

  /**
   * The report as an HTML document.
   *
   * @return the HTML text
   */
  public String toHtml() {
    long start = System.nanoTime();
    String html = new HtmlReport(data, options).write();
    LOG.debug("report HTML written in {} ms, {} characters", (System.nanoTime() - start) / 1_000_000,
        html.length());
    return html;
  }

  /**
   * Writes the HTML document to a file (UTF-8, replacing it).
   *
   * @param file the file
   * @throws IOException if it cannot be written
   */
  public void writeHtml(Path file) throws IOException {
    ArgChecker.notNull(file, "file");
    Files.writeString(file, toHtml(), StandardCharsets.UTF_8);
  }

  /**
   * Every chart of the report, in the order of the HTML (the per-instrument charts only with the instrument pages).
   * Each chart holds copies of its series: for a large portfolio, prefer {@link #writePngs(Path, double)}, which
   * makes one instrument's charts at a time.
   *
   * @return the charts
   */
  public List<Chart> charts() {
    List<Chart> charts = portfolioCharts();
    if (options.instrumentPages()) {
      for (ReportData.InstrumentRow r : data.instruments) {
        charts.addAll(ReportCharts.instrument(data, r.code()));
      }
    }
    return charts;
  }

  private List<Chart> portfolioCharts() {
    List<Chart> charts = new ArrayList<>();
    charts.add(ReportCharts.accountCurve(data));
    charts.add(ReportCharts.drawdown(data));
    charts.add(ReportCharts.rollingSharpe(data));
    charts.addAll(ReportCharts.pandlByInstrument(data));
    if (!data.rules.isEmpty()) {
      charts.add(ReportCharts.pandlByRule(data));
    }
    charts.add(ReportCharts.costs(data));
    if (data.instrumentWeightsEstimated) {
      charts.add(ReportCharts.instrumentWeights(data));
    }
    return charts;
  }

  /**
   * Writes each chart as a PNG ({@code ID.png}, the chart's {@link Chart#id()}) into a folder, created if need be.
   *
   * @param dir the folder
   * @param scale pixels per chart pixel (2 for sharp images)
   * @return the files written, in the order of the HTML
   * @throws IOException if a file cannot be written
   */
  public List<Path> writePngs(Path dir, double scale) throws IOException {
    ArgChecker.notNull(dir, "dir");
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (Chart chart : portfolioCharts()) {
      files.add(png(dir, chart, scale));
    }
    if (options.instrumentPages()) {
      for (ReportData.InstrumentRow r : data.instruments) {
        for (Chart chart : ReportCharts.instrument(data, r.code())) {
          files.add(png(dir, chart, scale));
        }
      }
    }
    return files;
  }

  private static Path png(Path dir, Chart chart, double scale) throws IOException {
    Path file = dir.resolve(chart.id() + ".png");
    chart.writePng(file, scale);
    return file;
  }

  @Override
  public String toString() {
    return "BacktestReport[" + options.title() + ", " + data.instruments.size() + " instruments]";
  }
}
