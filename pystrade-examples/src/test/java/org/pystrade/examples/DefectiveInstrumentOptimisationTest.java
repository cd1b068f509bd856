package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SharedData;

/**
 * ETHANOL's price is flat for its last 200+ days: its final price volatility is 0, so its costs (scaled by current
 * over final volatility) are infinite. pysystemtrade keeps it: its P&amp;L is -inf on some days and, in the dynamic
 * optimisation, its cost makes every greedy run fail, so no position ever changes. pystrade does the same, reports
 * it, and leaves it out with {@code leave_out_defective_instruments: true}. Skipped when ../shared is absent.
 */
class DefectiveInstrumentOptimisationTest {

  private static String yaml;

  @BeforeAll
  static void setUp() throws IOException {
    assumeTrue(SharedData.futuresData().isPresent(), SharedData.absentMessage());
    String base = Files.readString(Path.of("../sample-data/configs/chapter15_risk_overlay.yaml"));
    StringBuilder sb = new StringBuilder();
    boolean skip = false;
    for (String line : base.split("\n")) {
      if (line.startsWith("instrument_weights:")) {
        sb.append("instrument_weights:\n  CORN: 0.5\n  ETHANOL: 0.5\n");
        skip = true;
        continue;
      }
      if (skip && !line.startsWith(" ")) {
        skip = false;
      }
      if (!skip) {
        sb.append(line).append('\n');
      }
    }
    yaml = sb.toString();
  }

  private static TradingSystem system(String extra) {
    return TradingSystem.fromYaml(SystemConfig.fromYaml(yaml + extra, "CORN and ETHANOL"),
        SharedData.openFuturesData().get());
  }

  @Test
  void keptAsPysystemtradeKeepsItTheOptimisationNeverTrades() {
    TradingSystem s = system("");
    assertThat(s.optimisedPositions().warnings()).extracting(f -> f.instrument().value()).contains("ETHANOL");
    assertThat(s.optimisedPositions().failures()).isEmpty();
    for (String name : s.optimisedPositions().positions().names()) {
      assertThat(s.optimisedPositions().positions().column(name).valuesView()).containsOnly(0.0);
    }
    assertThat(s.accounts().portfolioWarnings()).extracting(f -> f.instrument().value()).contains("ETHANOL");
  }

  @Test
  void leftOutTheOthersAreOptimised() {
    TradingSystem s = system("leave_out_defective_instruments: true\n");
    assertThat(s.optimisedPositions().failures()).extracting(InstrumentFailure::instrument)
        .extracting(c -> c.value()).contains("ETHANOL");
    assertThat(s.optimisedPositions().positions().column("ETHANOL").valuesView()).containsOnly(0.0);
    double[] corn = s.optimisedPositions().positions().column("CORN").valuesView();
    assertThat(java.util.Arrays.stream(corn).filter(v -> v != 0).count()).isGreaterThan(1000);
    for (double v : s.optimisedPositions().portfolio().net().valuesView()) {
      assertThat(Double.isInfinite(v)).isFalse();
    }
  }
}
