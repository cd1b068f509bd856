package org.pystrade.production.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.production.strategy.AsOfPositions;

/**
 * A replay rerun each day takes its positions from the system kept up to date by appending each day's bars; its
 * results are those of the replay that computes the system in full on the data up to each day: the same files, line
 * for line, and the same comparison with the backtest.
 */
class IncrementalReplayTest {

  @TempDir
  Path dir;

  @Test
  void theIncrementalSystemReplaysAsTheSystemComputedInFullEachDay() throws Exception {
    CsvFuturesSimData data = SampleData.open();
    SystemConfig config = PaperReplayTest.chapter15From("2019-01-02");
    LocalDate from = LocalDate.of(2020, 2, 3);
    LocalDate to = LocalDate.of(2020, 5, 29);
    ReplayResult incremental = PaperReplay.builder(config, data, from, to, dir.resolve("incremental"))
        .rerunEachDay(true).build().run();
    ReplayResult full = PaperReplay.builder(config, data, from, to, dir.resolve("full")).rerunEachDay(true)
        .rerunPositions((system, d, dayBefore) -> new AsOfPositions(system, d)).build().run();
    assertThat(incremental.instruments()).hasSize(6).isEqualTo(full.instruments());
    assertThat(incremental.days()).isEqualTo(full.days()).isGreaterThan(80);
    assertThat(incremental.incompleteDays()).isEqualTo(full.incompleteDays());
    assertThat(incremental.unrollable()).isEqualTo(full.unrollable());
    for (InstrumentReplay i : incremental.instruments()) {
      InstrumentCode code = i.instrument();
      assertThat(Files.readAllLines(dir.resolve("incremental").resolve(code.value() + ".csv")))
          .as(code.value()).isEqualTo(Files.readAllLines(dir.resolve("full").resolve(code.value() + ".csv")));
      assertThat(i.fills()).as(code.value()).isPositive();
    }
  }
}
