package org.pystrade.data.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.results.ResultFrame;
import org.pystrade.core.results.ResultWriter;
import org.pystrade.core.results.SystemResults;
import org.pystrade.core.series.Timestamps;

/**
 * Parquet result files read back by DuckDB's own Parquet reader (SQL over {@code read_parquet}, not pystrade's
 * store): the golden layout's column names, a real {@code TIMESTAMP} index, NaN as null, every value the system's.
 */
class ParquetResultWriterTest {

  @Test
  void duckDbReadsBackEveryFrameOfTheSystem(@TempDir Path dir) throws Exception {
    SystemResults results = SampleResults.get();
    List<Path> files;
    try (ResultWriter w = ResultFormat.PARQUET.open()) {
      files = w.writeAll(results, dir);
    }
    assertThat(files).hasSameSizeAs(results.frames());
    assertThat(dir.resolve("CORN.parquet")).isRegularFile();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      for (int i = 0; i < files.size(); i++) {
        checkFile(db, results.frames().get(i), files.get(i));
      }
    }
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".parquet"));
    }
  }

  private static void checkFile(Connection db, ResultFrame frame, Path file) throws SQLException {
    String source = "read_parquet('" + file.toString().replace("'", "''") + "')";
    try (Statement s = db.createStatement()) {
      List<String> names = new ArrayList<>();
      List<String> types = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
        while (rs.next()) {
          names.add(rs.getString("column_name"));
          types.add(rs.getString("column_type"));
        }
      }
      List<String> expectedNames = new ArrayList<>(List.of(ResultFrame.INDEX));
      expectedNames.addAll(frame.columnNames());
      assertThat(names).as(file.toString()).isEqualTo(expectedNames);
      assertThat(types.get(0)).isEqualTo("TIMESTAMP_NS");
      assertThat(types.subList(1, types.size())).allMatch("DOUBLE"::equals);
      try (ResultSet rs = s.executeQuery("SELECT CAST(decode(value) AS VARCHAR) FROM parquet_kv_metadata("
          + source.substring("read_parquet(".length()) + " WHERE CAST(decode(key) AS VARCHAR) = 'pandas'")) {
        assertThat(rs.next()).as("pandas metadata in %s", file).isTrue();
        assertThat(rs.getString(1)).contains("\"index_columns\": [\"DATETIME\"]");
      }
      long[] t = frame.timestamps();
      int nc = frame.columnNames().size();
      int row = 0;
      try (ResultSet rs = s.executeQuery("SELECT epoch_ns(\"DATETIME\"), * EXCLUDE (\"DATETIME\") FROM " + source)) {
        while (rs.next()) {
          if (row >= t.length || rs.getLong(1) != t[row] * 1_000_000_000L) {
            Assertions.fail(file + ": row " + row + " is not at " + (row < t.length ? Timestamps.format(t[row])
                : "any time (the frame has " + t.length + " rows)"));
          }
          for (int c = 0; c < nc; c++) {
            double v = rs.getDouble(c + 2);
            double read = rs.wasNull() ? Double.NaN : v;
            if (Double.isNaN(v) && !rs.wasNull()) {
              Assertions.fail("a NaN stored as NaN, not null: " + SampleResults.cell(frame, row, c));
            }
            if (!SampleResults.same(read, frame.get(row, c))) {
              assertThat(read).as(SampleResults.cell(frame, row, c)).isEqualTo(frame.get(row, c));
            }
          }
          row++;
        }
      }
      assertThat(row).as("rows of %s", file).isEqualTo(t.length);
    }
  }

  @Test
  void aFrameOfOnesOwnIsWrittenWithItsNamesAndReplacesAFile(@TempDir Path dir) throws IOException, SQLException {
    ResultFrame frame = ArrowResultWriterTest.small();
    Path f = dir.resolve("T.parquet");
    Files.writeString(f, "old", StandardCharsets.UTF_8);
    try (ResultWriter w = ResultFormat.PARQUET.open()) {
      assertThat(w.extension()).isEqualTo(".parquet");
      w.write(frame, f);
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      checkFile(db, frame, f);
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT CAST(\"DATETIME\" AS VARCHAR), "
          + "\"a b\" FROM read_parquet('" + f + "') WHERE \"a b\" IS NULL")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("2020-01-02 23:00:00");
      }
    }
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(f);
    }
  }
}
