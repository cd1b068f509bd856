package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.results.ResultColumns;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SharedData;
import org.pystrade.examples.cli.GoldenComparison.ColumnResult;
import org.pystrade.examples.cli.GoldenComparison;

/**
 * Parity with pysystemtrade 1.80 on Rob Carver's rob_system (../shared/golden/rob_system_small: 20 instruments, all
 * its rules, vol attenuation): every per-instrument golden column up to the subsystem position (price, vol, the raw
 * and capped forecast of every rule, the combined forecast, the subsystem position), the notional positions before
 * the risk overlay, the instrument weights and the IDM, within 1e-9 relative. The risk overlay and what follows it
 * (notional position after it, buffered position, P&amp;L, optimised positions) are not implemented here: the system
 * is built without {@code risk_overlay}. Skipped, saying so, when ../shared is absent.
 */
class RobSystemSmallParityTest {

  /** The golden columns that the risk overlay changes: not compared here. */
  private static final Set<String> AFTER_RISK_OVERLAY = Set.of("notional_position", "buffered_position",
      "pandl_net", "pandl_gross", "pandl_costs");

  private static TradingSystem system;
  private static Path golden;

  @BeforeAll
  static void setUp() {
    assumeTrue(SharedData.golden().isPresent() && SharedData.futuresData().isPresent(), SharedData.absentMessage());
    golden = SharedData.golden().get().resolve("rob_system_small");
    assumeTrue(golden.resolve("config.yaml").toFile().exists(), golden + " not found: rob_system parity skipped");
    SystemConfig config = SystemConfig.fromYaml(golden.resolve("config.yaml")).without("risk_overlay");
    system = TradingSystem.fromYaml(config, SharedData.openFuturesData().get());
  }

  @Test
  void everyColumnUpToTheSubsystemPositionMatchesWithin1e9Relative() throws Exception {
    ResultColumns exporter = new ResultColumns(system);
    List<ColumnResult> all = new ArrayList<>();
    assertThat(system.instruments()).hasSize(20);
    for (InstrumentCode code : system.instruments()) {
      Map<String, TimeSeries> expected = GoldenComparison.read(golden.resolve(code + ".csv.gz"));
      Map<String, TimeSeries> ours = exporter.instrument(code);
      for (Map.Entry<String, TimeSeries> e : expected.entrySet()) {
        if (!AFTER_RISK_OVERLAY.contains(e.getKey())) {
          assertThat(ours).as("column %s of %s", e.getKey(), code).containsKey(e.getKey());
          // relative rules of an instrument alone in its asset class are NaN throughout, in pysystemtrade too
          ColumnResult r = GoldenComparison.compare(code + "." + e.getKey(), e.getValue(), ours.get(e.getKey()),
              1e-9, 0.0);
          assertThat(r.mismatched()).as("%s", r).isZero();
          all.add(r);
        }
      }
    }
    assertThat(all.stream().filter(r -> r.column().contains(".skewrv")).mapToLong(ColumnResult::compared).sum())
        .as("the asset-class factor rules are compared").isGreaterThan(100_000);
    assertThat(all.stream().mapToLong(ColumnResult::compared).sum()).isGreaterThan(5_000_000);
  }

  @Test
  void notionalPositionsBeforeTheRiskOverlayMatch() throws Exception {
    Map<String, TimeSeries> expected = GoldenComparison.read(golden.resolve(
        "notional_position_before_risk_scaling.csv.gz"));
    assertThat(expected).hasSize(20);
    for (Map.Entry<String, TimeSeries> e : expected.entrySet()) {
      GoldenParity.check("notional_position_before_risk_scaling." + e.getKey(), e.getKey(), e.getValue(),
          system.portfolio().notionalPosition(InstrumentCode.of(e.getKey())), 1e-9);
    }
    Map<String, TimeSeries> weights = GoldenComparison.read(golden.resolve("instrument_weights.csv.gz"));
    Map<String, TimeSeries> ourWeights = system.portfolio().instrumentWeights().toMap();
    for (Map.Entry<String, TimeSeries> e : weights.entrySet()) {
      GoldenParity.check("instrument_weights." + e.getKey(), "weight", e.getValue(), ourWeights.get(e.getKey()),
          1e-9);
    }
    GoldenParity.check("idm", "idm", GoldenComparison.read(golden.resolve("idm.csv.gz")).get("idm"),
        system.portfolio().instrumentDiversificationMultiplier(), 1e-9);
  }
}
