package org.pystrade.production.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.system.OptimalPosition;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/**
 * The chapter-15 system run once on the whole sample data and read at a day gives, bit for bit, the optimal
 * positions, buffers and buffered positions of the same system run on the data up to that day; an estimated config
 * is refused. (On a day an instrument has no price, an exchange holiday, the whole history has a forward-filled
 * business-day row that the run up to that day lacks: those days are not compared here; the replay test compares
 * every day with the backtest.)
 */
class FullHistoryPositionsTest {

  @Test
  void readingTheWholeHistoryAtADayIsTheAsOfRun() {
    CsvFuturesSimData data = SampleData.open();
    TradingSystem system = TradingSystem.fromYaml(SystemConfig.fromYaml(
        SampleData.directory().resolve("configs/chapter15.yaml")), data);
    FullHistoryPositions whole = FullHistoryPositions.of(system);
    AsOfPositions asOf = new AsOfPositions(system, data);
    for (LocalDate day : List.of(LocalDate.of(2014, 6, 2), LocalDate.of(2018, 4, 3), LocalDate.of(2020, 3, 16),
        LocalDate.of(2021, 12, 29))) {
      Map<InstrumentCode, OptimalPosition> a = whole.positionsAt(day);
      Map<InstrumentCode, OptimalPosition> b = asOf.positionsAt(day);
      assertThat(a).as(day.toString()).isNotEmpty().isEqualTo(b);
    }
  }

  @Test
  void estimatedConfigsAreRefused() {
    SystemConfig estimated = SystemConfig.fromYaml(SampleData.directory().resolve("configs/chapter15_estimated.yaml"));
    assertThat(FullHistoryPositions.estimatedParameters(estimated)).isNotEmpty();
    TradingSystem system = TradingSystem.fromYaml(estimated, SampleData.open());
    assertThatThrownBy(() -> FullHistoryPositions.of(system)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rerun it as of each day");
  }
}
