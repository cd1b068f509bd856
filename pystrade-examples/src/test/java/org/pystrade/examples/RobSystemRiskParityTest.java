package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.optimised.DefaultOptimisedPositions;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.portfolio.DefaultPortfolio;
import org.pystrade.core.portfolio.RiskModel;
import org.pystrade.core.portfolio.RiskOverlay;
import org.pystrade.core.portfolio.RiskOverlayParams;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SharedData;
import org.pystrade.examples.cli.GoldenComparison;
import org.pystrade.examples.cli.GoldenComparison.ColumnResult;

/**
 * Parity of the risk overlay with pysystemtrade 1.80 on rob_system_small, fed with pysystemtrade's own notional
 * positions before risk scaling ({@code notional_position_before_risk_scaling.csv.gz}): the volatilities, returns,
 * contract values and correlations are pystrade's, from the data, on a system with rob_system's instruments,
 * volatility, capital and risk limits (and a chapter-15 rule, the rules being irrelevant here). Skipped, saying so,
 * when ../shared is absent.
 */
class RobSystemRiskParityTest {

  static final double REL_TOL = 1e-9;

  private static Path golden;
  private static TradingSystem system;

  @BeforeAll
  static void setUp() throws IOException {
    assumeTrue(SharedData.golden().isPresent() && SharedData.futuresData().isPresent(), SharedData.absentMessage());
    golden = SharedData.golden().get().resolve("rob_system_small");
    assumeTrue(Files.isDirectory(golden), "no ../shared/golden/rob_system_small");
    system = TradingSystem.fromYaml(riskConfig(golden), SharedData.openFuturesData().get());
  }

  /**
   * rob_system_small's config with its rules replaced by one chapter-15 rule: its instruments and weights,
   * volatility, capital, vol target, IDM estimation, risk overlay and optimisation keys kept.
   */
  static SystemConfig riskConfig(Path goldenDir) throws IOException {
    Set<String> keep = Set.of("volatility_calculation", "percentage_vol_target", "notional_trading_capital",
        "base_currency", "risk_overlay", "instrument_weights", "use_instrument_div_mult_estimates",
        "use_instrument_weight_estimates", "small_system", "instrument_returns_correlation");
    StringBuilder yaml = new StringBuilder();
    boolean on = false;
    for (String line : Files.readAllLines(goldenDir.resolve("config.yaml"))) {
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")
          && !line.startsWith("-") && line.indexOf(':') > 0) {
        on = keep.contains(line.substring(0, line.indexOf(':')));
      }
      if (on) {
        yaml.append(line).append('\n');
      }
    }
    yaml.append("trading_rules:\n  ewmac16_64:\n    function: systems.provided.rules.ewmac.ewmac\n"
        + "    data: [rawdata.get_daily_prices, rawdata.daily_returns_volatility]\n"
        + "    other_args: {Lfast: 16, Lslow: 64}\n    forecast_scalar: 3.75\n"
        + "forecast_weights:\n  ewmac16_64: 1.0\nforecast_div_multiplier: 1.0\n");
    return SystemConfig.fromYaml(yaml.toString(), "rob_system_small risk parity");
  }

  static TradingSystem systemForDebug() {
    return system;
  }

  static RiskModel riskModel() {
    return ((DefaultPortfolio) system.portfolio()).riskModel();
  }

  static Map<String, TimeSeries> goldenNotionalBeforeRisk() throws IOException {
    return GoldenComparison.read(golden.resolve("notional_position_before_risk_scaling.csv.gz"));
  }

  static void report(List<ColumnResult> results) {
    for (ColumnResult r : results) {
      org.slf4j.LoggerFactory.getLogger(RobSystemRiskParityTest.class).info("{}", r);
    }
  }

  @Test
  void riskOverlayMatchesFedWithPysystemtradesPositions() throws IOException {
    RiskModel model = riskModel();
    RiskOverlayParams params = system.portfolio().riskOverlay().isPresent()
        ? RiskOverlayParams.fromConfig(riskConfig(golden)).orElseThrow() : null;
    assertThat(params).isNotNull();
    RiskOverlay overlay = model.overlay(params, model.weightsFromPositions(goldenNotionalBeforeRisk()));
    Map<String, TimeSeries> g = GoldenComparison.read(golden.resolve("risk_overlay.csv.gz"));
    Map<String, TimeSeries> ours = new LinkedHashMap<>();
    ours.put("risk_scalar", overlay.riskScalar());
    ours.put("normal_risk", overlay.normalRisk());
    ours.put("shocked_vol_risk", overlay.shockedVolRisk());
    ours.put("sum_abs_risk", overlay.sumAbsRisk());
    ours.put("leverage", overlay.leverage());
    List<ColumnResult> results = new ArrayList<>();
    for (Map.Entry<String, TimeSeries> e : g.entrySet()) {
      results.add(GoldenComparison.compare(e.getKey(), e.getValue(), ours.get(e.getKey()), REL_TOL, 0.0));
    }
    report(results);
    assertThat(results).allSatisfy(r -> assertThat(r.mismatched()).as(r.toString()).isZero());
    assertThat(results.stream().mapToInt(ColumnResult::compared).sum()).isGreaterThan(60_000);
    // pysystemtrade's notional positions are those before risk scaling times the risk scalar, forward-filled
    List<ColumnResult> scaled = new ArrayList<>();
    for (Map.Entry<String, TimeSeries> e : goldenNotionalBeforeRisk().entrySet()) {
      TimeSeries before = e.getValue();
      double[] scalar = org.pystrade.core.series.Kernels.ffillInPlace(overlay.riskScalar().valuesOn(
          before.timesView()));
      double[] v = before.values();
      for (int i = 0; i < v.length; i++) {
        v[i] = v[i] * scalar[i];
      }
      TimeSeries goldenNotional = GoldenComparison.read(golden.resolve(e.getKey() + ".csv.gz"))
          .get("notional_position");
      scaled.add(GoldenComparison.compare(e.getKey() + ".notional_position", goldenNotional,
          TimeSeries.of(before.timesView(), v), REL_TOL, 0.0));
    }
    report(scaled);
    assertThat(scaled).allSatisfy(r -> assertThat(r.mismatched()).as(r.toString()).isZero());
  }

  static SeriesFrame frame(Map<String, TimeSeries> columns) {
    return SeriesFrame.concat(columns);
  }

  static List<ColumnResult> compareAll(Map<String, TimeSeries> golden, Map<String, TimeSeries> ours, double relTol) {
    List<ColumnResult> results = new ArrayList<>();
    for (Map.Entry<String, TimeSeries> e : golden.entrySet()) {
      assertThat(ours).as("column " + e.getKey()).containsKey(e.getKey());
      results.add(GoldenComparison.compare(e.getKey(), e.getValue(), ours.get(e.getKey()), relTol, 0.0));
    }
    report(results);
    return results;
  }

  @Test
  void optimisedPositionsMatchFedWithPysystemtradesPositions() throws IOException {
    DefaultOptimisedPositions stage = (DefaultOptimisedPositions) system.optimisedPositions();
    SeriesFrame optimal = frame(goldenNotionalBeforeRisk()).ffill();
    long start = System.nanoTime();
    SeriesFrame ours = stage.optimise(optimal);
    org.slf4j.LoggerFactory.getLogger(RobSystemRiskParityTest.class).info("optimised {} days x {} instruments in "
        + "{} ms", ours.rowCount(), ours.names().size(), (System.nanoTime() - start) / 1_000_000);
    List<ColumnResult> results = compareAll(GoldenComparison.read(golden.resolve("optimised_positions.csv.gz")),
        ours.toMap(), REL_TOL);
    long cells = results.stream().mapToLong(ColumnResult::compared).sum();
    long bad = results.stream().mapToLong(ColumnResult::mismatched).sum();
    assertThat(cells).isGreaterThan(200_000);
    // every position equal: the greedy algorithm's choices do not depend on summation order on this data
    assertThat(bad).as("cells outside tolerance of %s", cells).isZero();
  }

  @Test
  void riskStageMatchesFedWithPysystemtradesPositions() throws IOException {
    DefaultOptimisedPositions stage = (DefaultOptimisedPositions) system.optimisedPositions();
    Map<String, TimeSeries> ours = new LinkedHashMap<>();
    ours.put("risk_optimised_positions",
        stage.riskOfPositions(frame(GoldenComparison.read(golden.resolve("optimised_positions.csv.gz")))));
    Map<String, TimeSeries> buffered = new LinkedHashMap<>();
    for (String name : goldenNotionalBeforeRisk().keySet()) {
      buffered.put(name, GoldenComparison.read(golden.resolve(name + ".csv.gz")).get("buffered_position"));
    }
    ours.put("risk_original_positions_rounded_buffered", stage.riskOfBufferedPositions(buffered));
    ours.put("risk_original_positions",
        riskModel().portfolioRisk(riskModel().weightsFromPositions(goldenNotionalBeforeRisk()), false));
    List<ColumnResult> results = compareAll(GoldenComparison.read(golden.resolve("risk_stage.csv.gz")), ours,
        REL_TOL);
    assertThat(results).allSatisfy(r -> assertThat(r.mismatched()).as(r.toString()).isZero());
  }

  @Test
  void optimisedPandlMatchesFedWithPysystemtradesOptimisedPositions() throws IOException {
    Map<String, TimeSeries> positions = GoldenComparison.read(golden.resolve("optimised_positions.csv.gz"));
    List<ColumnResult> results = new ArrayList<>();
    List<PandlCurve> curves = new ArrayList<>();
    for (Map.Entry<String, TimeSeries> e : positions.entrySet()) {
      PandlCurve pc = system.accounts().pandlForPositions(InstrumentCode.of(e.getKey()), e.getValue(), true, true);
      curves.add(pc);
      Map<String, TimeSeries> ours = new LinkedHashMap<>();
      ours.put("optimised_pandl_net", pc.net());
      ours.put("optimised_pandl_gross", pc.gross());
      ours.put("optimised_pandl_costs", pc.costs());
      Map<String, TimeSeries> g = GoldenComparison.read(golden.resolve(e.getKey() + ".optimised.csv.gz"));
      g.remove("optimised_position");
      results.addAll(compareAll(g, ours, REL_TOL));
    }
    List<TimeSeries> gross = new ArrayList<>();
    List<TimeSeries> costs = new ArrayList<>();
    List<TimeSeries> net = new ArrayList<>();
    for (PandlCurve pc : curves) {
      gross.add(pc.gross());
      costs.add(pc.costs());
      net.add(pc.net());
    }
    PandlCurve portfolio = new PandlCurve(DefaultAccounts.sumOnUnion(gross), DefaultAccounts.sumOnUnion(costs),
        DefaultAccounts.sumOnUnion(net), curves.get(0).capital());
    Map<String, TimeSeries> ours = new LinkedHashMap<>();
    ours.put("net", portfolio.net());
    ours.put("gross", portfolio.gross());
    ours.put("costs", portfolio.costs());
    ours.put("net_pct", portfolio.netPercent());
    results.addAll(compareAll(GoldenComparison.read(golden.resolve("optimised_portfolio.csv.gz")), ours, REL_TOL));
    assertThat(results).allSatisfy(r -> assertThat(r.mismatched()).as(r.toString()).isZero());
    // the optimised portfolio's statistics as pysystemtrade prints them (summary.json)
    JsonNode summary = new ObjectMapper().readTree(Files.readString(golden.resolve("summary.json")));
    Map<String, String> printed = AccountStats.of(portfolio.netPercent()).formatted();
    for (String name : AccountStats.NAMES) {
      assertThat(printed.get(name)).as("printed %s", name)
          .isEqualTo(summary.get("optimised_stats_percent").get(name).asText());
    }
  }
}
