package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data convert}, {@code data check}, {@code data load} and {@code --data STORE}: the sample data converted
 * into every kind of store gives byte-identical export files.
 */
class DataStoreCommandsTest {

  @TempDir
  Path dir;

  private static final List<String> TWO = List.of("--instruments", "SOFR,EUROSTX");

  private Path export(String data, String name) {
    Path out = dir.resolve("export-" + name);
    List<String> more = new java.util.ArrayList<>(List.of("--data", data, "--out", out.toString(), "--allow-partial"));
    more.addAll(TWO);
    Cli.Run run = Cli.run(Cli.args("export", more.toArray(new String[0])));
    assertThat(run.code()).as(run.err()).isZero();
    return out;
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(expected)) {
      files = s.sorted().toList();
    }
    try (Stream<Path> s = Files.list(actual)) {
      assertThat(s.count()).isEqualTo(files.size());
    }
    assertThat(files).hasSizeGreaterThan(4);
    for (Path f : files) {
      assertThat(Files.readAllBytes(actual.resolve(f.getFileName()))).as("%s", f.getFileName())
          .isEqualTo(Files.readAllBytes(f));
    }
  }

  /** SOFR (USD) and EUROSTX (EUR) of the sample data, the EURUSD rates and the configuration: a CSV tree. */
  private static Path twoInstruments(Path target) throws IOException {
    Path sample = Path.of(Cli.data());
    for (String f : List.of("adjusted_prices_csv/SOFR.csv.gz", "adjusted_prices_csv/EUROSTX.csv.gz",
        "multiple_prices_csv/SOFR.csv.gz", "multiple_prices_csv/EUROSTX.csv.gz", "fx_prices_csv/EURUSD.csv.gz",
        "csvconfig/instrumentconfig.csv", "csvconfig/rollconfig.csv", "csvconfig/spreadcosts.csv")) {
      Files.createDirectories(target.resolve(f).getParent());
      Files.copy(sample.resolve(f), target.resolve(f));
    }
    return target;
  }

  @Test
  void aBacktestFromEveryStoreWritesTheSameFiles() throws IOException {
    Path csv = twoInstruments(dir.resolve("csv"));
    Path expected = export(csv.toString(), "original");
    for (String store : List.of("parquet:" + dir.resolve("pq"), "arrow:" + dir.resolve("arrow"),
        "jdbc:sqlite:" + dir.resolve("store.db"), "csv:" + dir.resolve("csv-copy"))) {
      Cli.Run convert = Cli.run("data", "convert", "--from", csv.toString(), "--to", store);
      assertThat(convert.code()).as(convert.err()).isZero();
      assertThat(convert.out()).contains("copied 2 instruments");
      assertSameFiles(expected, export(store, store.substring(0, store.indexOf(':'))));
    }
  }

  @Test
  void dataCheckReportsTheSampleDataAsTextAndJson() throws IOException {
    Path json = dir.resolve("check.json");
    Cli.Run run = Cli.run("data", "check", "--data", Cli.data(), "--json", json.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("6 instruments, 6 usable for a backtest")
        .contains("usable for a backtest (6): CORN,EUROSTX,MXP,SOFR,US10,V2X");
    JsonNode node = new ObjectMapper().readTree(json.toFile());
    assertThat(node.get("usable")).hasSize(6);
    assertThat(node.get("instruments").get(0).get("instrument").asText()).isEqualTo("CORN");
  }

  @Test
  void dataLoadTimesTheUniverse() {
    Cli.Run run = Cli.run("data", "load", "--data", Cli.data(), "--repeat", "1");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("repeat 1: 6 instruments (0 failed)");
  }

  @Test
  void aPostgresqlUrlKeepsItsTwoSlashesThoughReadAsAPath() {
    String url = "jdbc:postgresql://localhost:5432/pystrade?user=u&password=p";
    assertThat(DataStoreCommands.text(Path.of(url))).isEqualTo(url);
    assertThat(DataStoreCommands.text(Path.of("jdbc:sqlite:/tmp/store.db"))).isEqualTo("jdbc:sqlite:/tmp/store.db");
    assertThat(DataStoreCommands.text(Path.of("parquet:/data/pq"))).isEqualTo("parquet:/data/pq");
  }

  @Test
  void badStoresAreNamed() {
    Cli.Run missing = Cli.run("data", "convert", "--from", "parquet:" + dir.resolve("nothing"), "--to",
        "arrow:" + dir.resolve("x"));
    assertThat(missing.code()).isEqualTo(Commands.DATA_ERROR);
    assertThat(missing.err()).contains("--from parquet:" + dir.resolve("nothing")).contains("folder not found");
    Cli.Run same = Cli.run("data", "convert", "--from", Cli.data(), "--to", "csv:" + Cli.data());
    assertThat(same.code()).isEqualTo(Commands.DATA_ERROR);
    assertThat(same.err()).contains("name the same store");
    Cli.Run jdbc = Cli.run(Cli.args("backtest", "--data", "jdbc:nosuchdb:x"));
    assertThat(jdbc.code()).isEqualTo(Commands.DATA_ERROR);
    assertThat(jdbc.err()).contains("unsupported database URL jdbc:nosuchdb:x");
    Cli.Run noCommand = Cli.run("data");
    assertThat(noCommand.code()).isEqualTo(Commands.USAGE_ERROR);
  }
}
