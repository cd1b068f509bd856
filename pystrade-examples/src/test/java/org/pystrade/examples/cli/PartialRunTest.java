package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.examples.cli.Cli.args;
import static org.pystrade.examples.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.examples.cli.Cli.Run;

/**
 * A backtest or export that leaves instruments out (or keeps one with a defect warning) exits
 * {@value Commands#PARTIAL}, after printing its results and which instruments; {@code --allow-partial} exits 0.
 */
class PartialRunTest {

  /** The sample data with V2X's multiple prices file removed: V2X is left out (no carry, no contract). */
  private static Path withoutV2xMultiplePrices(Path dir) throws Exception {
    Path data = Cli.copyOfSampleData(dir.resolve("data"));
    Files.delete(data.resolve("multiple_prices_csv/V2X.csv.gz"));
    return data;
  }

  @Test
  void partialIsADistinctExitCode() {
    assertThat(Commands.PARTIAL).isEqualTo(4);
    assertThat(Set.of(Commands.OK, Commands.DATA_ERROR, Commands.USAGE_ERROR, Commands.MISMATCH, Commands.PARTIAL))
        .hasSize(5);
  }

  @Test
  void aBacktestWithAnInstrumentLeftOutExitsPartial(@TempDir Path dir) throws Exception {
    Path data = withoutV2xMultiplePrices(dir);
    Run r = run(args("backtest", "--data", data.toString(), "--instruments", "CORN,V2X"));
    assertThat(r.code()).as(r.err()).isEqualTo(Commands.PARTIAL);
    assertThat(r.out()).contains("left out V2X: no multiple prices file").contains("sharpe");
    assertThat(r.err()).contains("partial result: 1 instrument (V2X) left out of the portfolio")
        .contains("exit code 4").contains("--allow-partial").doesNotContain("\tat ");

    Run allowed = run(args("backtest", "--data", data.toString(), "--instruments", "CORN,V2X", "--allow-partial"));
    assertThat(allowed.code()).as(allowed.err()).isZero();
    assertThat(allowed.out()).contains("left out V2X: no multiple prices file").contains("sharpe");
    assertThat(allowed.err()).doesNotContain("partial result");
  }

  @Test
  void aMalformedLineLeavesTheInstrumentOutAndExitsPartial(@TempDir Path dir) throws Exception {
    Path data = Cli.copyOfSampleData(dir.resolve("data"));
    Cli.editLine(data.resolve("adjusted_prices_csv/MXP.csv.gz"), 100, line -> line.split(",")[0] + ",abc");
    Run r = run(args("backtest", "--data", data.toString(), "--instruments", "CORN,MXP"));
    assertThat(r.code()).as(r.err()).isEqualTo(Commands.PARTIAL);
    assertThat(r.out()).contains("left out MXP").contains("MXP.csv.gz line 101").contains("'abc'");
    assertThat(r.err()).contains("1 instrument (MXP) left out");
  }

  @Test
  void anInstrumentKeptWithADefectWarningExitsPartial(@TempDir Path dir) throws Exception {
    Path data = Cli.copyOfSampleData(dir.resolve("data"));
    // a one-day spike: a day's P&L far beyond the capital, which pysystemtrade (and pystrade) keep
    Cli.editLine(data.resolve("adjusted_prices_csv/CORN.csv.gz"), 5000,
        line -> line.split(",")[0] + "," + Double.parseDouble(line.split(",")[1]) * 1000);
    Run r = run(args("backtest", "--data", data.toString(), "--instruments", "CORN,US10"));
    assertThat(r.code()).as(r.err()).isEqualTo(Commands.PARTIAL);
    assertThat(r.out()).contains("warning CORN").contains("more than the whole capital").contains("sharpe");
    assertThat(r.err()).contains("1 instrument (CORN) kept with a defect warning");
    Run allowed = run(args("backtest", "--data", data.toString(), "--instruments", "CORN,US10", "--allow-partial"));
    assertThat(allowed.code()).as(allowed.err()).isZero();
    assertThat(allowed.out()).contains("warning CORN");
  }

  @Test
  void anExportWithAnInstrumentLeftOutWritesItsFilesAndExitsPartial(@TempDir Path dir) throws Exception {
    Path data = withoutV2xMultiplePrices(dir);
    Path out = dir.resolve("out");
    Run r = run(args("export", "--data", data.toString(), "--instruments", "CORN,V2X", "--out", out.toString()));
    assertThat(r.code()).as(r.err()).isEqualTo(Commands.PARTIAL);
    assertThat(r.out()).contains("left out V2X").contains("wrote ");
    assertThat(out.resolve("CORN.csv")).exists();
    assertThat(out.resolve("summary.json")).content().contains("\"left_out\"").contains("V2X");
    assertThat(r.err()).contains("1 instrument (V2X) left out");

    Path allowedOut = dir.resolve("allowed");
    Run allowed = run(args("export", "--data", data.toString(), "--instruments", "CORN,V2X", "--out",
        allowedOut.toString(), "--allow-partial"));
    assertThat(allowed.code()).as(allowed.err()).isZero();
    assertThat(allowed.out()).contains("left out V2X");
  }

  @Test
  void aCompleteRunExitsZeroWithoutAPartialLine() {
    Run r = run(args("backtest", "--data", Cli.data(), "--instruments", "CORN,US10"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("partial");
  }

  @Test
  void theHelpListsTheExitCodes() {
    assertThat(run("--help").out()).contains("Exit codes").contains("4").contains("--allow-partial");
    assertThat(run("backtest", "--help").out()).contains("--allow-partial").contains("Exit codes:")
        .contains("left instruments out");
    assertThat(run("export", "--help").out()).contains("--allow-partial").contains("--overwrite")
        .contains("Exit codes:");
    assertThat(run("compare", "--help").out()).contains("Exit codes:").contains("missing from ours")
        .doesNotContain("--allow-partial");
    assertThat(run("bench", "--help").out()).contains("Exit codes:");
  }
}
