package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.results.ResultColumns;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.examples.cli.GoldenComparison.ColumnResult;
import org.pystrade.examples.cli.GoldenComparison;

/**
 * Shared assertions of the golden parity tests: every non-empty golden cell within a relative tolerance, with a
 * 0.1% slack of cells on rounded positions and P&amp;L (where a rounding can flip), and the printed statistics.
 */
final class GoldenParity {

  /** Columns derived from rounded positions: a rounding flip may change a few cells. */
  static final Set<String> ROUNDED = Set.of("buffered_position", "pandl_net", "pandl_gross", "pandl_costs", "net",
      "gross", "costs", "net_pct");

  private GoldenParity() {
  }

  static List<ColumnResult> assertInstrumentsMatch(TradingSystem system, Path goldenDir, double relTol)
      throws IOException {
    ResultColumns exporter = new ResultColumns(system);
    List<ColumnResult> all = new ArrayList<>();
    for (InstrumentCode code : system.instruments()) {
      Map<String, TimeSeries> golden = GoldenComparison.read(goldenDir.resolve(code + ".csv.gz"));
      Map<String, TimeSeries> ours = exporter.instrument(code);
      for (Map.Entry<String, TimeSeries> e : golden.entrySet()) {
        assertThat(ours).as("column %s of %s", e.getKey(), code).containsKey(e.getKey());
        all.add(check(code + "." + e.getKey(), e.getKey(), e.getValue(), ours.get(e.getKey()), relTol));
      }
    }
    Map<String, TimeSeries> golden = GoldenComparison.read(goldenDir.resolve("portfolio.csv.gz"));
    Map<String, TimeSeries> ours = exporter.portfolio();
    for (Map.Entry<String, TimeSeries> e : golden.entrySet()) {
      all.add(check("portfolio." + e.getKey(), e.getKey(), e.getValue(), ours.get(e.getKey()), relTol));
    }
    Map<String, TimeSeries> weights = GoldenComparison.read(goldenDir.resolve("instrument_weights.csv.gz"));
    Map<String, TimeSeries> ourWeights = system.portfolio().instrumentWeights().toMap();
    for (Map.Entry<String, TimeSeries> e : weights.entrySet()) {
      all.add(check("instrument_weights." + e.getKey(), "weight", e.getValue(), ourWeights.get(e.getKey()),
          relTol));
    }
    all.add(check("idm", "idm", GoldenComparison.read(goldenDir.resolve("idm.csv.gz")).get("idm"),
        system.portfolio().instrumentDiversificationMultiplier(), relTol));
    return all;
  }

  static ColumnResult check(String label, String column, TimeSeries golden, TimeSeries ours, double relTol) {
    ColumnResult r = GoldenComparison.compare(label, golden, ours, relTol, 0.0);
    assertThat(r.compared()).as("golden cells of %s", label).isPositive();
    if (ROUNDED.contains(column)) {
      assertThat(r.mismatched()).as("%s: cells outside %s relative (0.1%% allowed) — %s", label, relTol, r)
          .isLessThanOrEqualTo(r.compared() / 1000);
    } else {
      assertThat(r.mismatched()).as("%s: cells outside %s relative — %s", label, relTol, r).isZero();
    }
    return r;
  }

  static void assertPrintedStatsMatch(TradingSystem system, Path summaryJson, List<String> names)
      throws IOException {
    JsonNode summary = new ObjectMapper().readTree(Files.readString(summaryJson));
    Map<String, String> ours = AccountStats.of(system.accounts().portfolio().netPercent()).formatted();
    for (String name : names) {
      assertThat(ours.get(name)).as("printed %s", name).isEqualTo(summary.get("stats_percent").get(name).asText());
    }
  }
}
