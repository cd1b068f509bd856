package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.examples.cli.Cli.Run;

/** {@code export --format csv|json|parquet|arrow}: the same files in each format, csv by default. */
class ExportFormatTest {

  private static Run export(Path out, String... more) {
    return ExportFolderTest.export(out, more);
  }

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void eachFormatWritesTheSameFramesAndSummary(@TempDir Path dir) throws Exception {
    Run csv = export(dir.resolve("csv"));
    assertThat(csv.code()).as(csv.err()).isZero();
    List<String> csvFiles = files(dir.resolve("csv"));
    assertThat(csvFiles).containsExactly("CORN.csv", "US10.csv", "idm.csv", "instrument_weights.csv",
        "portfolio.csv", "summary.json");
    for (String format : List.of("json", "parquet", "arrow")) {
      Path out = dir.resolve(format);
      Run r = export(out, "--format", format);
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("wrote 6 files to " + out);
      assertThat(files(out)).containsExactlyElementsOf(csvFiles.stream()
          .map(n -> n.equals("summary.json") ? n : n.replace(".csv", "." + format)).sorted().toList());
    }
    long csvRows = Files.readAllLines(dir.resolve("csv/CORN.csv")).size() - 1;
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*), sum(pandl_net) FROM read_parquet('"
            + dir.resolve("parquet/CORN.parquet") + "')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(csvRows).isGreaterThan(1000);
      // pandl_net is the third column from the end
      double csvSum = Files.readAllLines(dir.resolve("csv/CORN.csv")).stream().skip(1)
          .map(l -> l.split(",", -1)[l.split(",", -1).length - 3])
          .mapToDouble(cell -> cell.isEmpty() ? 0 : Double.parseDouble(cell)).sum();
      assertThat(rs.getDouble(2)).isCloseTo(csvSum, Offset.offset(1e-6 * Math.abs(csvSum)));
    }
    assertThat(Files.readString(dir.resolve("json/CORN.json"))).startsWith("{\"columns\":[\"price\",\"vol\",");
  }

  @Test
  void anotherFormatOverAPreviousExportReplacesItsFiles(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    assertThat(export(out).code()).isZero();
    Run again = export(out, "--format", "parquet", "--overwrite");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("removed 5 files of the previous export");
    assertThat(files(out)).containsExactly("CORN.parquet", "US10.parquet", "idm.parquet",
        "instrument_weights.parquet", "portfolio.parquet", "summary.json");
  }

  @Test
  void anUnknownFormatIsAUsageError(@TempDir Path dir) {
    Run r = export(dir.resolve("out"), "--format", "xml");
    assertThat(r.code()).isEqualTo(Commands.USAGE_ERROR);
    assertThat(r.err()).contains("--format must be csv, json, parquet or arrow but was 'xml'");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
