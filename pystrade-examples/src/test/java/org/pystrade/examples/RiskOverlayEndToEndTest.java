package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.portfolio.RiskOverlay;
import org.pystrade.core.results.ResultColumns;
import org.pystrade.core.results.ResultWriter;
import org.pystrade.core.results.SystemResults;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;

/**
 * The risk overlay and the dynamic optimisation wired into a whole system: the chapter-15 config (rules pystrade
 * has) with a {@code risk_overlay} tight enough to bite and a {@code small_system} section, on the bundled sample
 * data; and the same config without them computing exactly as before.
 */
class RiskOverlayEndToEndTest {

  static final String OVERLAY = "risk_overlay:\n  max_risk_fraction_normal_risk: 0.8\n"
      + "  max_risk_fraction_stdev_risk: 2.0\n  max_risk_limit_sum_abs_risk: 2.0\n  max_risk_leverage: 5.0\n"
      + "small_system:\n  shadow_cost: 50\n  tracking_error_buffer: 0.0125\n  cost_multiplier: 1.0\n"
      + "  shrink_instrument_returns_correlation: 0.5\n";

  private static TradingSystem plain;
  private static TradingSystem overlaid;

  @BeforeAll
  static void setUp() throws IOException {
    Path config = Path.of("../sample-data/configs/chapter15.yaml");
    if (!Files.exists(config)) {
      config = Path.of("../../shared/golden/configs/futuresconfig.yaml");
    }
    assumeTrue(Files.exists(config), "no chapter-15 config in ../sample-data or ../shared");
    String yaml = Files.readString(config);
    plain = TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "ch15"),
        SampleData.open());
    overlaid = TradingSystem.fromYaml(SystemConfig.fromYaml(yaml + OVERLAY, "ch15 + risk overlay"),
        SampleData.open());
  }

  @Test
  void withoutARiskOverlayNotionalPositionsAreUnscaled() {
    assertThat(plain.portfolio().riskOverlay()).isEmpty();
    for (InstrumentCode c : plain.instruments()) {
      assertThat(plain.portfolio().notionalPosition(c)).isEqualTo(plain.portfolio()
          .notionalPositionBeforeRiskScaling(c));
    }
  }

  @Test
  void theRiskScalarScalesEveryNotionalPositionAndBitesSometimes() {
    RiskOverlay overlay = overlaid.portfolio().riskOverlay().orElseThrow();
    double[] scalar = overlay.riskScalar().valuesView();
    double min = 1.0;
    for (double s : scalar) {
      assertThat(s).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
      min = Math.min(min, s);
    }
    assertThat(min).isLessThan(0.9);
    for (InstrumentCode c : overlaid.instruments()) {
      TimeSeries before = overlaid.portfolio().notionalPositionBeforeRiskScaling(c);
      TimeSeries after = overlaid.portfolio().notionalPosition(c);
      assertThat(before).isEqualTo(plain.portfolio().notionalPosition(c));
      for (int i = 0; i < before.size(); i++) {
        double s = overlay.riskScalar().lastValidAtOrBefore(before.time(i));
        double expected = before.value(i) * s;
        assertThat(Double.valueOf(after.value(i))).isEqualTo(Double.valueOf(expected));
      }
    }
    // the buffered positions (and the P&L) follow the scaled positions
    assertThat(overlaid.accounts().portfolio().net()).isNotEqualTo(plain.accounts().portfolio().net());
  }

  @Test
  void theOptimisedPositionsAreWholeContractsNearTheUnscaledOptimum() {
    SeriesFrame positions = overlaid.optimisedPositions().positions();
    assertThat(positions.names()).hasSize(overlaid.instruments().size());
    for (String name : positions.names()) {
      for (double v : positions.column(name).valuesView()) {
        assertThat(v).isEqualTo(Math.rint(v));
      }
    }
    TimeSeries riskOptimised = overlaid.optimisedPositions().riskOfOptimisedPositions();
    TimeSeries riskOriginal = overlaid.optimisedPositions().riskOfOriginalPositions();
    assertThat(riskOriginal).isEqualTo(overlaid.portfolio().riskOverlay().orElseThrow().normalRisk());
    // on average the optimised portfolio's risk is close to the original's (within a quarter)
    double sumOpt = 0;
    double sumOrig = 0;
    for (int i = 0; i < riskOriginal.size(); i++) {
      sumOpt += riskOptimised.valueAt(riskOriginal.time(i));
      sumOrig += riskOriginal.value(i);
    }
    assertThat(sumOpt / sumOrig).isBetween(0.75, 1.25);
    assertThat(overlaid.optimisedPositions().portfolio().net().size()).isGreaterThan(1000);
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() {
    TradingSystem sequential = TradingSystem.builder().config(overlaid.config()).data(SampleData.open())
        .parallel(Parallel.sequential()).build();
    TradingSystem four = TradingSystem.builder().config(overlaid.config()).data(SampleData.open())
        .parallel(Parallel.of(4)).build();
    assertThat(sequential.optimisedPositions().positions()).isEqualTo(four.optimisedPositions().positions());
    assertThat(sequential.portfolio().riskOverlay().orElseThrow())
        .isEqualTo(four.portfolio().riskOverlay().orElseThrow());
    assertThat(sequential.optimisedPositions().riskOfRoundedBufferedPositions())
        .isEqualTo(four.optimisedPositions().riskOfRoundedBufferedPositions());
  }

  @Test
  void exportWritesTheRiskAndOptimisationFiles(@TempDir Path out) throws IOException {
    List<Path> files = ResultWriter.csv().writeAll(SystemResults.of(overlaid), out);
    assertThat(files).extracting(f -> f.getFileName().toString()).contains("risk_overlay.csv",
        "notional_position_before_risk_scaling.csv", "optimised_positions.csv", "optimised_portfolio.csv",
        "risk_stage.csv", "V2X.optimised.csv");
    List<Path> plainFiles = ResultWriter.csv().writeAll(SystemResults.of(plain), out.resolve("plain"));
    assertThat(plainFiles).extracting(f -> f.getFileName().toString()).doesNotContain("risk_overlay.csv",
        "optimised_positions.csv");
    Map<String, TimeSeries> overlay = new ResultColumns(overlaid).riskOverlay();
    assertThat(overlay).containsOnlyKeys("risk_scalar", "normal_risk", "shocked_vol_risk", "sum_abs_risk",
        "leverage");
  }
}
