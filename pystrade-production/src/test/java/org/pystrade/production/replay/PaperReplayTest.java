package org.pystrade.production.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/**
 * The acceptance test of issue 15 on the sample data: six years of the chapter-15 system replayed through the daily
 * cycle against the simulated broker hold exactly the backtest's buffered positions, roll without changing them,
 * and book the backtest's gross P&amp;L from their fills.
 */
class PaperReplayTest {

  @TempDir
  Path dir;

  static SystemConfig chapter15From(String startDate) {
    return SystemConfig.fromYaml(SampleData.directory().resolve("configs/chapter15.yaml")).toBuilder()
        .set("start_date", startDate).build();
  }

  @Test
  void sixYearsHoldTheBacktestsBufferedPositions() throws Exception {
    CsvFuturesSimData data = SampleData.open();
    ReplayResult r = PaperReplay.builder(chapter15From("2016-01-04"), data, LocalDate.of(2016, 1, 4),
        LocalDate.of(2021, 12, 31), dir).build().run();
    System.out.println(r.summary());
    assertThat(r.days()).isGreaterThan(1500);
    assertThat(r.instruments()).hasSize(6);
    for (InstrumentReplay i : r.instruments()) {
      assertThat(i.firstMismatch()).as(i.instrument().value()).isEmpty();
      assertThat(i.fills()).as(i.instrument().value()).isGreaterThan(10);
      assertThat(i.rolls()).as(i.instrument().value()).isGreaterThan(4);
      assertThat(i.rollsKeepingPosition()).as(i.instrument().value()).isEqualTo(i.rolls());
    }
    assertThat(r.exact()).isTrue();
    List<String> corn = Files.readAllLines(dir.resolve("CORN.csv"));
    assertThat(corn.get(0)).isEqualTo("DATETIME,held_position,contract,fills,buffered_position");
    assertThat(corn).hasSize(r.days() + 1);
  }
}
