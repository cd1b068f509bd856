package org.pystrade.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicksTest {

  private static long t(String date) {
    return LocalDate.parse(date).toEpochDay() * 86_400L;
  }

  private static List<String> labels(List<Ticks.Tick> ticks) {
    return ticks.stream().map(Ticks.Tick::label).toList();
  }

  @Test
  void valueTicksAreOneTwoFiveStepsCoveringTheRange() {
    assertThat(labels(Ticks.values(-110, 95, 4, ""))).containsExactly("-200", "-100", "0", "100");
    assertThat(labels(Ticks.values(0.03, 0.97, 6, "%"))).containsExactly("0.0%", "0.2%", "0.4%", "0.6%", "0.8%",
        "1.0%");
    assertThat(labels(Ticks.values(0, 1234, 5, ""))).containsExactly("0", "500", "1,000", "1,500");
  }

  @Test
  void aSingleValueGetsARange() {
    List<Ticks.Tick> ticks = Ticks.values(5, 5, 5, "");
    assertThat(ticks.get(0).value()).isLessThan(5);
    assertThat(ticks.get(ticks.size() - 1).value()).isGreaterThan(5);
  }

  @Test
  void niceSteps() {
    assertThat(Ticks.niceStep(0.13)).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(Ticks.niceStep(3)).isEqualTo(5);
    assertThat(Ticks.niceStep(7)).isEqualTo(10);
    assertThat(Ticks.previousNice(200)).isEqualTo(100, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(Ticks.previousNice(0.5)).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(Ticks.previousNice(10)).isEqualTo(5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(Ticks.decimals(0.25)).isEqualTo(2);
    assertThat(Ticks.decimals(50)).isZero();
  }

  @Test
  void fiftyYearsTickEveryTenYears() {
    assertThat(labels(Ticks.dates(t("1972-10-18"), t("2023-08-31"), 9)))
        .containsExactly("1980", "1990", "2000", "2010", "2020");
  }

  @Test
  void aFewYearsTickEveryYearOnTheFirstOfJanuary() {
    List<Ticks.Tick> ticks = Ticks.dates(t("2019-06-01"), t("2023-03-01"), 5);
    assertThat(labels(ticks)).containsExactly("2020", "2021", "2022", "2023");
    assertThat(ticks.get(0).value()).isEqualTo(t("2020-01-01"));
  }

  @Test
  void monthsWithinAYear() {
    assertThat(labels(Ticks.dates(t("2020-01-15"), t("2020-12-20"), 8)))
        .containsExactly("2020-03", "2020-05", "2020-07", "2020-09", "2020-11");
  }

  @Test
  void daysWithinAMonth() {
    assertThat(labels(Ticks.dates(t("2020-03-02"), t("2020-03-20"), 4)))
        .containsExactly("2020-03-02", "2020-03-09", "2020-03-16");
  }
}
