package org.pystrade.data.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.results.ResultFrame;
import org.pystrade.core.results.ResultWriter;
import org.pystrade.core.results.SystemResults;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.Timestamps;

/**
 * Arrow IPC result files read back by Apache Arrow's JavaScript implementation under node (see {@link NodeArrow}):
 * the golden layout's column names, a {@code timestamp[ns]} index, NaN as null, every value the system's, pandas'
 * metadata.
 */
class ArrowResultWriterTest {

  /** Two days, one intraday row, a NaN, an infinity, -0.0, a name with a space. */
  static ResultFrame small() {
    long[] t = {Timestamps.of(LocalDate.of(1969, 12, 31)), Timestamps.of(LocalDate.of(2020, 1, 1)),
        Timestamps.of(LocalDate.of(2020, 1, 2)) + 23 * 3600};
    return new ResultFrame("T", SeriesFrame.of(t, List.of("raw.ewmac2_8", "a b"),
        new double[][] {{Double.POSITIVE_INFINITY, 1.5, -0.0}, {1e-300, 0.1, Double.NaN}}));
  }

  @Test
  void nodeReadsBackEveryFrameOfTheSystem(@TempDir Path dir) throws Exception {
    NodeArrow.require();
    SystemResults results = SampleResults.get();
    List<Path> files;
    try (ResultWriter w = ResultFormat.ARROW.open()) {
      files = w.writeAll(results, dir);
    }
    assertThat(files).hasSameSizeAs(results.frames());
    List<JsonNode> read = NodeArrow.read(files);
    for (int i = 0; i < files.size(); i++) {
      check(results.frames().get(i), files.get(i), read.get(i));
    }
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".arrow"));
    }
  }

  @Test
  void aFrameOfOnesOwnKeepsItsSpecialValues(@TempDir Path dir) throws Exception {
    NodeArrow.require();
    Path f = dir.resolve("T.arrow");
    Files.writeString(f, "old");
    try (ResultWriter w = ResultFormat.ARROW.open()) {
      assertThat(w.extension()).isEqualTo(".arrow");
      w.write(small(), f);
    }
    JsonNode read = NodeArrow.read(List.of(f)).get(0);
    check(small(), f, read);
    assertThat(read.get("columns").get("raw.ewmac2_8").toString()).isEqualTo("[\"Infinity\",1.5,\"-0\"]");
    assertThat(read.get("columns").get("a b").toString()).isEqualTo("[1.0E-300,0.1,null]");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(f);
    }
  }

  private static void check(ResultFrame frame, Path file, JsonNode read) {
    List<String> names = new ArrayList<>();
    List<String> types = new ArrayList<>();
    read.get("fields").forEach(n -> {
      names.add(n.get("name").asText());
      types.add(n.get("type").asText());
    });
    List<String> expected = new ArrayList<>(List.of(ResultFrame.INDEX));
    expected.addAll(frame.columnNames());
    assertThat(names).as(file.toString()).isEqualTo(expected);
    assertThat(types.get(0)).isEqualTo("Timestamp<NANOSECOND>");
    assertThat(types.subList(1, types.size())).allMatch("Float64"::equals);
    assertThat(read.get("metadata").get("pandas").asText()).contains("\"index_columns\": [\"DATETIME\"]");
    long[] t = frame.timestamps();
    assertThat(read.get("rows").asInt()).isEqualTo(t.length);
    JsonNode times = read.get("columns").get(ResultFrame.INDEX);
    for (int r = 0; r < t.length; r++) {
      if (times.get(r).asLong() != t[r] * 1000) {
        Assertions.fail(file + ": row " + r + " is at " + times.get(r) + " ms, not " + Timestamps.format(t[r]));
      }
    }
    for (int c = 0; c < frame.columnNames().size(); c++) {
      JsonNode values = read.get("columns").get(frame.columnNames().get(c));
      for (int r = 0; r < t.length; r++) {
        JsonNode v = values.get(r);
        if (v.isTextual() && v.asText().equals("NaN")) {
          Assertions.fail("a NaN stored as NaN, not null: " + SampleResults.cell(frame, r, c));
        }
        double got = v.isNull() ? Double.NaN : v.isTextual() ? Double.parseDouble(v.asText()) : v.doubleValue();
        if (!SampleResults.same(got, frame.get(r, c))) {
          assertThat(got).as(SampleResults.cell(frame, r, c)).isEqualTo(frame.get(r, c));
        }
      }
    }
  }
}
