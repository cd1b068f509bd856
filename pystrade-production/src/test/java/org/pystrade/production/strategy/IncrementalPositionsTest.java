package org.pystrade.production.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.incremental.IncrementalSystem;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.testing.SameAsFull;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/**
 * The chapter-15 system on the sample data kept up to date one day at a time: after each of 250 appended business
 * days (the last year of the data, with its exchange holidays, days only one price table has, intraday bars) every
 * stage's series of every instrument, the instrument weights, the P&amp;L and the optimal positions are bit for bit
 * those of the system computed in full on the data up to that day; and the positions are the as-of runs'.
 */
class IncrementalPositionsTest {

  private static final SystemConfig CHAPTER15 = SystemConfig.fromYaml(SampleData.directory().resolve(
      "configs/chapter15.yaml"));

  @Test
  void twoHundredFiftyAppendedDaysEqualTheSystemComputedInFullEachDay() {
    CsvFuturesSimData data = SampleData.open();
    TradingSystem definition = TradingSystem.fromYaml(CHAPTER15, data);
    LocalDate day = LocalDate.of(2022, 8, 31);
    IncrementalPositions positions = IncrementalPositions.start(definition, data, day);
    IncrementalSystem inc = positions.system();
    assertThat(inc.isStepped()).as("%s", inc.recomputedBecause()).isTrue();
    int days = 0;
    while (days < 250) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      positions.positionsAt(day);
      SameAsFull.assertSameAsFull(inc, definition.withData(data.asOf(day)), day.toString());
      days++;
    }
    assertThat(inc.isStepped()).isTrue();
    assertThat(inc.instruments()).hasSize(6);
  }

  @Test
  void thePositionsOfEachDayAreTheAsOfRuns() {
    CsvFuturesSimData data = SampleData.open();
    TradingSystem system = TradingSystem.fromYaml(CHAPTER15.toBuilder().set("start_date", "2019-01-02").build(),
        data);
    LocalDate first = LocalDate.of(2020, 3, 2);
    IncrementalPositions incremental = IncrementalPositions.start(system, data, first.minusDays(1));
    AsOfPositions asOf = new AsOfPositions(system, data);
    for (LocalDate day = first; day.isBefore(first.plusDays(30)); day = day.plusDays(1)) {
      assertThat(incremental.positionsAt(day)).as(day.toString()).isNotEmpty().isEqualTo(asOf.positionsAt(day));
    }
    LocalDate last = first.plusDays(29);
    assertThat(incremental.positionsAt(last)).isEqualTo(asOf.positionsAt(last));
    assertThatThrownBy(() -> incremental.positionsAt(first)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in order");
  }

  @Test
  void anEstimatedSystemIsComputedInFullEachDayAsTheAsOfRuns() {
    CsvFuturesSimData data = SampleData.open();
    TradingSystem system = TradingSystem.fromYaml(SystemConfig.fromYaml(SampleData.directory().resolve(
        "configs/chapter15_estimated.yaml")).toBuilder().set("start_date", "2015-01-02").build(), data);
    LocalDate first = LocalDate.of(2021, 6, 1);
    IncrementalPositions incremental = IncrementalPositions.start(system, data, first.minusDays(1));
    assertThat(incremental.system().isStepped()).isFalse();
    assertThat(incremental.system().recomputedBecause()).hasValueSatisfying(r -> assertThat(r).contains("estimated"));
    AsOfPositions asOf = new AsOfPositions(system, data);
    for (LocalDate day = first; day.isBefore(first.plusDays(2)); day = day.plusDays(1)) {
      assertThat(incremental.positionsAt(day)).as(day.toString()).isNotEmpty().isEqualTo(asOf.positionsAt(day));
    }
  }
}
