package org.pystrade.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.SyntheticData;
import org.pystrade.core.system.TradingSystem;

/** The CSV and JSON writers: the golden layout's text, and every value read back as the same double. */
class ResultWriterTest {

  /** Two days, one intraday row, a NaN, an infinity, a whole number, a tiny and a long decimal. */
  static ResultFrame small() {
    long[] t = {Timestamps.of(java.time.LocalDate.of(2020, 1, 1)), Timestamps.of(java.time.LocalDate.of(2020, 1, 2))
        + 23 * 3600, Timestamps.of(java.time.LocalDate.of(2020, 1, 3))};
    return new ResultFrame("T", SeriesFrame.of(t, List.of("raw.ewmac2_8", "pandl_net"),
        new double[][] {{1.5, Double.NaN, 0.23346693386773545}, {-1, Double.POSITIVE_INFINITY, 1.599008616796469e-15}}));
  }

  @Test
  void csvIsTheGoldenLayout(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("T.csv");
    ResultWriter.csv().write(small(), f);
    assertThat(f).hasContent("DATETIME,raw.ewmac2_8,pandl_net\n"
        + "2020-01-01,1.5,-1\n"
        + "2020-01-02 23:00:00,,inf\n"
        + "2020-01-03,0.23346693386773545,1.599008616796469E-15\n");
  }

  @Test
  void jsonIsPandasSplitOrientation(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("T.json");
    ResultWriter.json().write(small(), f);
    assertThat(f).hasContent("{\"columns\":[\"raw.ewmac2_8\",\"pandl_net\"],"
        + "\"index\":[\"2020-01-01\",\"2020-01-02 23:00:00\",\"2020-01-03\"],"
        + "\"data\":[[1.5,-1],[null,\"inf\"],[0.23346693386773545,1.599008616796469E-15]]}\n");
  }

  @Test
  void aSystemsResultsRoundTripThroughCsvAndJson(@TempDir Path dir) throws IOException {
    TradingSystem system = TradingSystem.fromYaml(SystemConfig.fromYaml(SystemResultsTest.YAML, "t"),
        SyntheticData.builder(600, "AAA", "USD", "BBB", "EUR", "CCC", "JPY").build());
    SystemResults results = SystemResults.of(system);
    List<Path> csv = ResultWriter.csv().writeAll(results, dir.resolve("csv"));
    List<Path> json;
    try (ResultWriter w = ResultWriter.json()) {
      json = w.writeAll(results, dir.resolve("json"));
    }
    assertThat(csv).extracting(p -> p.getFileName().toString()).containsExactly("AAA.csv", "BBB.csv", "CCC.csv",
        "portfolio.csv", "instrument_weights.csv", "idm.csv");
    assertThat(json).extracting(p -> p.getFileName().toString()).containsExactly("AAA.json", "BBB.json",
        "CCC.json", "portfolio.json", "instrument_weights.json", "idm.json");
    for (int i = 0; i < csv.size(); i++) {
      ResultFrame frame = results.frames().get(i);
      assertSameValues(readCsv(frame.name(), csv.get(i)), frame);
      assertSameValues(readJson(frame.name(), json.get(i)), frame);
    }
  }

  /**
   * The same index, names and values: each value the same double, except that -0.0 is written as 0 (as the
   * CLI always has) and so reads back as 0.0.
   */
  static void assertSameValues(ResultFrame read, ResultFrame frame) {
    assertThat(read.name()).isEqualTo(frame.name());
    assertThat(read.columnNames()).isEqualTo(frame.columnNames());
    assertThat(read.timestamps()).isEqualTo(frame.timestamps());
    for (int c = 0; c < frame.columnNames().size(); c++) {
      for (int r = 0; r < frame.rowCount(); r++) {
        double expected = frame.get(r, c) == 0 ? 0.0 : frame.get(r, c);
        assertThat(Double.valueOf(read.get(r, c))).as("%s row %d column %s", frame.name(), r,
            frame.columnNames().get(c)).isEqualTo(Double.valueOf(expected));
      }
    }
  }

  /** Reads a CSV written by the writer (no other reader: it checks the text, which is the point). */
  private static ResultFrame readCsv(String name, Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String> names = List.of(lines.get(0).split(",", -1)).subList(1, lines.get(0).split(",", -1).length);
    long[] t = new long[lines.size() - 1];
    double[][] cols = new double[names.size()][t.length];
    for (int r = 0; r < t.length; r++) {
      String[] cells = lines.get(r + 1).split(",", -1);
      assertThat(cells).hasSize(names.size() + 1);
      t[r] = Timestamps.parse(cells[0]);
      for (int c = 0; c < names.size(); c++) {
        cols[c][r] = cells[c + 1].isEmpty() ? Double.NaN : Double.parseDouble(cells[c + 1]);
      }
    }
    return new ResultFrame(name, SeriesFrame.of(t, names, cols));
  }

  /** Reads a JSON file with Jackson's tree reader. */
  private static ResultFrame readJson(String name, Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<String> names = new ArrayList<>();
    root.get("columns").forEach(n -> names.add(n.asText()));
    JsonNode index = root.get("index");
    long[] t = new long[index.size()];
    double[][] cols = new double[names.size()][t.length];
    for (int r = 0; r < t.length; r++) {
      t[r] = Timestamps.parse(index.get(r).asText());
      JsonNode row = root.get("data").get(r);
      for (int c = 0; c < names.size(); c++) {
        JsonNode v = row.get(c);
        cols[c][r] = v.isNull() ? Double.NaN : v.doubleValue();
      }
    }
    return new ResultFrame(name, SeriesFrame.of(t, names, cols));
  }
}
