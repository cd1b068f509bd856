package org.pystrade.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.report.chart.BarChart;
import org.pystrade.report.chart.Chart;
import org.pystrade.report.chart.Palette;
import org.pystrade.report.chart.Series;
import org.pystrade.report.chart.TimeChart;
import org.pystrade.report.markup.Markup;

/** The report's charts, made from its data when they are drawn. */
final class ReportCharts {

  static final int WIDTH = 800;
  static final int INSTRUMENT_HEIGHT = 170;
  /** The pixels of a bucket of the instrument pages' charts (2 on the others). */
  static final int INSTRUMENT_BUCKET = 4;
  /** The most bars in one chart (about a printed page). */
  static final int BARS_PER_CHART = 50;

  private ReportCharts() {
  }

  static Series series(String name, TimeSeries s) {
    return Series.of(name, s.timesView(), s.valuesView());
  }

  static TimeChart accountCurve(ReportData d) {
    return TimeChart.builder("account-curve").title("Account curve: cumulative P&L, % of capital").unit("%")
        .note("not compounded").line(series("gross (before costs)", d.gross.curve()), Palette.series(7))
        .line(series("net", d.net.curve()), Palette.series(0)).zeroLine(true).build();
  }

  static TimeChart drawdown(ReportData d) {
    return TimeChart.builder("drawdown").title("Drawdown of the net curve, % of capital").unit("%").size(WIDTH, 220)
        .area(series("drawdown", d.net.drawdown()), Palette.NEGATIVE).build();
  }

  static TimeChart rollingSharpe(ReportData d) {
    return TimeChart.builder("rolling-sharpe").title("Rolling Sharpe ratio, 1 year (256 business days)")
        .size(WIDTH, 240).line(series("Sharpe ratio", d.rollingSharpe), Palette.series(0)).zeroLine(true).build();
  }

  static TimeChart costs(ReportData d) {
    return TimeChart.builder("costs").title("Cumulative costs, % of capital").unit("%").size(WIDTH, 220)
        .area(series("costs", d.costs.curve()), Palette.NEGATIVE).build();
  }

  /**
   * The instruments' net P&amp;L, largest first, in charts of at most {@value #BARS_PER_CHART} bars on one scale: a
   * printed page cannot split an SVG, so a chart of 200 bars would be cut off on paper.
   */
  static List<BarChart> pandlByInstrument(ReportData d) {
    List<ReportData.InstrumentRow> rows = new ArrayList<>(d.instruments);
    rows.sort(Comparator.comparingDouble(ReportData.InstrumentRow::total).reversed());
    double min = 0;
    double max = 0;
    int chars = 0;
    for (ReportData.InstrumentRow r : rows) {
      chars = Math.max(chars, r.code().value().length());
      if (Double.isFinite(r.total())) {
        min = Math.min(min, r.total());
        max = Math.max(max, r.total());
      }
    }
    List<BarChart> charts = new ArrayList<>();
    int parts = (rows.size() + BARS_PER_CHART - 1) / BARS_PER_CHART;
    for (int p = 0; p < parts; p++) {
      List<ReportData.InstrumentRow> part = rows.subList(p * BARS_PER_CHART, Math.min(rows.size(),
          (p + 1) * BARS_PER_CHART));
      String title = "Net P&L by instrument over the backtest, % of capital" + (parts == 1 ? ""
          : " (" + (p + 1) + " of " + parts + ")");
      BarChart.Builder b = BarChart.builder("pandl-by-instrument" + (parts == 1 ? "" : "-" + (p + 1))).title(title)
          .unit("%", 1).valueRange(min, max).labelRoom(Math.min(100, chars));
      part.forEach(r -> b.bar(r.code().value(), r.total()));
      charts.add(b.build());
    }
    return charts;
  }

  static BarChart pandlByRule(ReportData d) {
    BarChart.Builder b = BarChart.builder("pandl-by-rule").title("Net Sharpe ratio by trading rule").unit("", 2);
    d.rules.forEach(r -> b.bar(r.rule().value(), r.stats().sharpe()));
    return b.build();
  }

  static TimeChart instrumentWeights(ReportData d) {
    return stacked("instrument-weights", "Instrument weights (estimated)", d.system.portfolio().instrumentWeights(),
        300);
  }

  static TimeChart stacked(String id, String title, SeriesFrame frame, int height) {
    List<Series> series = new ArrayList<>();
    long[] times = frame.timesView();
    for (String name : frame.names()) {
      series.add(Series.of(name, times, frame.column(name).valuesView()));
    }
    return TimeChart.builder(id).title(title).size(WIDTH, height).stacked(series).build();
  }

  /** The charts of an instrument's page. */
  static List<Chart> instrument(ReportData d, InstrumentCode code) {
    String id = "instrument-" + Markup.identifier(code.value());
    List<Chart> charts = new ArrayList<>();
    charts.add(small(id + "-price", code + ": price (back-adjusted)")
        .line(series("price", d.system.rawData().dailyPrices(code)), Palette.series(0)).build());
    charts.add(small(id + "-forecast", code + ": combined forecast").zeroLine(true)
        .line(series("forecast", d.system.combine().combinedForecast(code)), Palette.series(1)).build());
    charts.add(small(id + "-position", code + ": position, contracts").zeroLine(true)
        .line(series("notional (unrounded)", d.system.portfolio().notionalPosition(code)), Palette.series(7))
        .line(series("held (buffered, rounded)", d.system.accounts().bufferedPosition(code, true)),
            Palette.series(0)).build());
    charts.add(small(id + "-pandl", code + ": cumulative net P&L, % of capital").unit("%").zeroLine(true)
        .line(series("net P&L", org.pystrade.core.accounts.AccountCurve.of(
            d.system.accounts().pandlForInstrument(code).netPercent()).curve()),
            Palette.series(2)).build());
    if (d.forecastWeightsEstimated) {
      charts.add(stacked(id + "-forecast-weights", code + ": forecast weights (estimated)",
          d.system.combine().forecastWeights(code), 220));
    }
    return charts;
  }

  private static TimeChart.Builder small(String id, String title) {
    return TimeChart.builder(id).title(title).size(WIDTH, INSTRUMENT_HEIGHT).bucketPixels(INSTRUMENT_BUCKET);
  }
}
