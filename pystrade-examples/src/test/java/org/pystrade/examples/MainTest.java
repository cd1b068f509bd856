package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.data.SampleData;
import org.pystrade.examples.cli.Main;

/** The command line on the sample data: output, exit codes and error messages a user sees. */
class MainTest {

  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8)};
  }

  private static String config() {
    return SampleData.directory().resolve("configs/chapter15.yaml").toString();
  }

  @Test
  void backtestPrintsTheStatisticsTable() {
    String[] r = run("backtest", "--config", config(), "--data", SampleData.directory().toString(), "--cache", "none",
        "--detail", "true");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("sharpe").contains("0.475").contains("By instrument").contains("By trading rule")
        .contains("ewmac64_256");
  }

  @Test
  void exportWritesTheGoldenLayout(@TempDir Path out) throws Exception {
    String[] r = run("export", "--config", config(), "--data", SampleData.directory().toString(), "--out",
        out.toString(), "--cache", out.resolve("cache").toString());
    assertThat(r[0]).isEqualTo("0");
    assertThat(out.resolve("CORN.csv")).exists();
    assertThat(Files.readAllLines(out.resolve("CORN.csv")).get(0)).startsWith("DATETIME,price,vol,raw.")
        .contains("pandl_net");
    assertThat(out.resolve("portfolio.csv")).exists();
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"sharpe\"");
  }

  @Test
  void instrumentsOptionRunsOtherInstrumentsAndCompareReadsPlainCsv(@TempDir Path out) throws Exception {
    String data = SampleData.directory().toString();
    String[] r = run("export", "--config", config(), "--data", data, "--out", out.toString(), "--instruments",
        "US10,CORN", "--cache", "none", "--progress", "none");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(out.resolve("CORN.csv")).exists();
    assertThat(out.resolve("US10.csv")).exists();
    assertThat(out.resolve("SOFR.csv")).doesNotExist();
    assertThat(Files.readAllLines(out.resolve("instrument_weights.csv")).get(0)).isEqualTo("DATETIME,CORN,US10");
    String[] same = run("compare", "--config", config(), "--data", data, "--golden", out.toString(),
        "--instruments", "US10,CORN", "--cache", "none", "--tol", "0");
    assertThat(same[0]).isEqualTo("0");
    assertThat(same[1]).contains("== CORN").contains("== portfolio").contains(" 0 outside tolerance 0,");
    String[] other = run("compare", "--config", config(), "--data", data, "--golden", out.toString(),
        "--cache", "none", "--tol", "1e-9");
    assertThat(other[1]).doesNotContain(" 0 outside tolerance 1e-09,");
    assertThat(run("backtest", "--instruments", "CORN,,US10")[2]).contains("--instruments");
    assertThat(run("backtest", "--progress", "fancy")[2]).contains("--progress must be bar, log or none");
  }

  @Test
  void badInputGivesAClearErrorAndExitCode(@TempDir Path dir) throws Exception {
    String[] missing = run("backtest", "--config", dir.resolve("nope.yaml").toString());
    assertThat(missing[0]).isEqualTo("1");
    assertThat(missing[2]).contains("nope.yaml").doesNotContain("at org.");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "trading_rules:\n  r:\n    function: systems.provided.rules.nope.nope\n");
    String[] unknown = run("backtest", "--config", bad.toString(), "--data", SampleData.directory().toString());
    assertThat(unknown[0]).isEqualTo("1");
    assertThat(unknown[2]).contains("systems.provided.rules.nope.nope");
    assertThat(run("frobnicate")[0]).isEqualTo("2");
  }
}
