package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;
import org.pystrade.data.SharedData;
import org.pystrade.examples.cli.GoldenComparison.ColumnResult;

/**
 * Parity with pysystemtrade 1.80 on the chapter-15 fixed system: every golden column of ../shared/golden within
 * 1e-9 relative. Skipped, saying so, when ../shared is absent.
 */
class Chapter15FixedParityTest {

  private static TradingSystem system;
  private static Path golden;

  @BeforeAll
  static void setUp() {
    assumeTrue(SharedData.golden().isPresent() && SharedData.futuresData().isPresent(), SharedData.absentMessage());
    golden = SharedData.golden().get();
    system = TradingSystem.fromYaml(SystemConfig.fromYaml(golden.resolve("configs/futuresconfig.yaml")),
        SharedData.openFuturesData().get());
  }

  @Test
  void everyGoldenColumnMatchesWithin1e9Relative() throws Exception {
    List<ColumnResult> results = GoldenParity.assertInstrumentsMatch(system, golden.resolve("chapter15_fixed"), 1e-9);
    long cells = results.stream().mapToLong(ColumnResult::compared).sum();
    assertThat(cells).isGreaterThan(1_000_000);
  }

  @Test
  void portfolioStatisticsMatchPrintedDigits() throws Exception {
    GoldenParity.assertPrintedStatsMatch(system, golden.resolve("chapter15_fixed/summary.json"),
        AccountStats.NAMES);
  }

  @Test
  void sampleDataGivesTheSameSystemResultsAsTheSharedData() {
    TradingSystem sample = TradingSystem.fromYaml(SystemConfig.fromYaml(golden.resolve("configs/futuresconfig.yaml")),
        SampleData.open());
    assertThat(sample.accounts().portfolio().net()).isEqualTo(system.accounts().portfolio().net());
  }
}
