package org.pystrade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.accounts.AccountCurve;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.report.chart.Chart;
import org.pystrade.report.markup.Numbers;

class BacktestReportTest {

  private static String fixedHtml;

  private static synchronized String fixedHtml() {
    if (fixedHtml == null) {
      fixedHtml = BacktestReport.of(TestSystems.fixed()).toHtml();
    }
    return fixedHtml;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void isOneSelfContainedFile() {
    String html = fixedHtml();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("name=\"viewport\"")
        .doesNotContainIgnoringCase("<script").doesNotContain(" src=").doesNotContain("url(")
        .doesNotContain("@import").doesNotContain("http://").doesNotContain("https://").doesNotContain("<link");
    assertThat(html).contains("@media print").contains("section.instrument{break-before:page}");
  }

  @Test
  void statsTableIsPysystemtradesFormatted() {
    TradingSystem system = TestSystems.fixed();
    Map<String, String> net = AccountStats.of(system.accounts().portfolio().netPercent()).formatted();
    Map<String, String> gross = AccountStats.of(system.accounts().portfolio().grossPercent()).formatted();
    for (String name : AccountStats.NAMES) {
      assertThat(fixedHtml()).contains("<tr><td>" + name + "</td><td>" + net.get(name) + "</td><td>"
          + gross.get(name) + "</td></tr>");
    }
    assertThat(net.get("sharpe")).isEqualTo("0.475");
  }

  @Test
  void monthlyTableSumsTheMonthsOfEachYear() {
    TimeSeries months = AccountCurve.of(TestSystems.fixed().accounts().portfolio().netPercent()).monthly().returns();
    double total = 0;
    StringBuilder cells = new StringBuilder();
    for (int i = 0; i < months.size(); i++) {
      if (months.date(i).getYear() == 2000) {
        total += months.value(i);
        cells.append(Numbers.fixed(months.value(i), 1)).append(';');
      }
    }
    Matcher row = Pattern.compile("<tr><td>2000</td>(.*?)</tr>").matcher(fixedHtml());
    assertThat(row.find()).isTrue();
    StringBuilder shown = new StringBuilder();
    Matcher cell = Pattern.compile("<td style=\"[^\"]*\">([^<]*)</td>").matcher(row.group(1));
    while (cell.find()) {
      shown.append(cell.group(1)).append(';');
    }
    assertThat(shown).hasToString(cells.toString());
    assertThat(row.group(1)).endsWith("<th>" + Numbers.fixed(total, 1) + "</th>");
  }

  @Test
  void instrumentTableAndPages() {
    TradingSystem system = TestSystems.fixed();
    String html = fixedHtml();
    assertThat(count(html, "<section class=\"instrument\"")).isEqualTo(system.instruments().size()).isEqualTo(6);
    for (InstrumentCode code : system.instruments()) {
      double total = ReportData.sum(system.accounts().pandlForInstrument(code).netPercent());
      assertThat(html).containsPattern("<tr><td><a href=\"#i-" + code + "\">" + code + "</a></td><td>[0-9.]+</td>"
          + "<td class=\"(pos|neg)\">" + Pattern.quote(Numbers.fixed(total, 1)) + "</td>");
      assertThat(html).contains("id=\"instrument-" + code + "-price\"", "id=\"instrument-" + code + "-forecast\"",
          "id=\"instrument-" + code + "-position\"", "id=\"instrument-" + code + "-pandl\"");
    }
    // account curve, drawdown, rolling Sharpe, by instrument, by rule, costs; four charts per instrument
    assertThat(count(html, "<svg ")).isEqualTo(6 + 4 * 6);
    assertThat(html).contains(">carry</td>", ">ewmac16_64</td>", ">ewmac32_128</td>", ">ewmac64_256</td>");
  }

  @Test
  void estimatedSystemShowsItsWeightsOverTime() {
    String html = BacktestReport.of(TestSystems.estimated()).toHtml();
    assertThat(html).contains("id=\"instrument-weights\"").contains("Estimated instrument weights");
    assertThat(count(html, "-forecast-weights\"")).isEqualTo(6);
    assertThat(fixedHtml()).doesNotContain("forecast-weights").doesNotContain("id=\"instrument-weights\"");
  }

  @Test
  void titleIsEscapedAndInstrumentPagesOptional() {
    String html = BacktestReport.of(TestSystems.fixed(), ReportOptions.defaults()
        .withTitle("<img src=x onerror=alert(1)> & co").withInstrumentPages(false)).toHtml();
    assertThat(html).contains("<title>&lt;img src=x onerror=alert(1)&gt; &amp; co</title>")
        .doesNotContain("<img").doesNotContain("<section class=\"instrument\"");
    assertThat(BacktestReport.of(TestSystems.fixed()).title()).isEqualTo("pystrade backtest: chapter15.yaml");
  }

  @Test
  void writesHtmlAndOnePngPerChart(@TempDir Path dir) throws IOException {
    BacktestReport report = BacktestReport.of(TestSystems.fixed());
    Path html = dir.resolve("report.html");
    report.writeHtml(html);
    assertThat(Files.readString(html)).isEqualTo(fixedHtml());
    List<Chart> charts = report.charts();
    List<Path> pngs = report.writePngs(dir.resolve("png"), 1);
    assertThat(pngs).hasSize(charts.size()).hasSize(30);
    assertThat(new HashSet<>(pngs)).hasSize(pngs.size());
    for (int i = 0; i < pngs.size(); i++) {
      assertThat(pngs.get(i).getFileName()).hasToString(charts.get(i).id() + ".png");
      byte[] bytes = Files.readAllBytes(pngs.get(i));
      assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
  }

  @Test
  void rollingSharpeIsMeanOverStdOfTheLastYear() {
    int n = 600;
    long[] t = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = (10_000L + i) * 86_400L;
      v[i] = (i % 3 == 0 ? 1.5 : -0.5) + i * 1e-3;
    }
    TimeSeries sharpe = ReportData.rollingSharpe(TimeSeries.of(t, v));
    assertThat(sharpe.value(254)).isNaN();
    double mean = 0;
    for (int i = 599 - 255; i <= 599; i++) {
      mean += v[i] / 256;
    }
    double var = 0;
    for (int i = 599 - 255; i <= 599; i++) {
      var += (v[i] - mean) * (v[i] - mean) / 255;
    }
    assertThat(sharpe.value(599)).isCloseTo(mean / Math.sqrt(var) * 16, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void annualMeanIsAccountStatsAnnualMean() {
    TradingSystem system = TestSystems.fixed();
    for (InstrumentCode code : system.instruments()) {
      TimeSeries costs = system.accounts().pandlForInstrument(code).costsPercent();
      assertThat(ReportData.annualMean(costs)).isCloseTo(AccountStats.of(costs).annMean(),
          org.assertj.core.data.Offset.offset(1e-12));
    }
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> BacktestReport.of(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("system");
    assertThatThrownBy(() -> new ReportOptions(null, true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }
}
