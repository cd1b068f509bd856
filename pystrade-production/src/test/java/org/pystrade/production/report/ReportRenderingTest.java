package org.pystrade.production.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text and HTML renderings of a report, and the checks of its values. */
class ReportRenderingTest {

  private static final Instant NOW = Instant.parse("2022-01-01T06:30:00Z");

  private static ProductionReport report() {
    ReportTable t = new ReportTable("P&L <by> instrument", List.of("instrument", "day", "note"), List.of(
        List.of("CORN", 1234.5, "a"), List.of("MXP", 0.000012346, ""), List.of("V2X", Double.NaN, "x<y")),
        "in USD");
    return new ProductionReport(ReportType.PNL, LocalDate.of(2021, 12, 31), NOW, List.of(t), List.of("one note"),
        List.of(new ReportChart("Day", "P&L <by> instrument", "instrument", "day")));
  }

  @Test
  void textAlignsColumnsAndFormatsNumbers() {
    assertThat(report().toText()).isEqualTo("""
        P&L report 2021-12-31
        =====================
        generated 2022-01-01 06:30:00 UTC
        * one note

        P&L <by> instrument
        -------------------
        instrument  day         note
        CORN          1,234.50  a
        MXP         0.00001235
        V2X                     x<y
        in USD
        """);
  }

  @Test
  void htmlIsOnePageWithEscapedCellsAndAnInlineChart() {
    String html = report().toHtml();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>P&amp;L report 2021-12-31</title>")
        .contains("<td>x&lt;y</td>").contains("<td class=\"n\">1,234.50</td>").contains("<svg")
        .contains("<li>one note</li>").doesNotContain("x<y").doesNotContain("http://", "https://");
  }

  @Test
  void valuesAreChecked() {
    assertThatThrownBy(() -> new ReportTable("t", List.of("a", "b"), List.of(List.of("x")), ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 cells");
    assertThatThrownBy(() -> new ReportTable("t", List.of("a"), List.of(List.of(new Object())), ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be text");
    assertThatThrownBy(() -> new ProductionReport(ReportType.PNL, LocalDate.of(2021, 12, 31), NOW, List.of(),
        List.of(), List.of(new ReportChart("c", "missing", "a", "b")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names no table");
    assertThat(ReportType.of("MIN-CAPITAL")).isEqualTo(ReportType.MIN_CAPITAL);
    assertThatThrownBy(() -> ReportType.of("pnl2")).hasMessageContaining("known: pnl, status");
    assertThatThrownBy(() -> report().table("missing")).hasMessageContaining("no table 'missing'");
  }
}
