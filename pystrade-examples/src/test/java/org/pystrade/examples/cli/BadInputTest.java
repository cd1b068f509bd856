package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.pystrade.examples.cli.Cli.args;
import static org.pystrade.examples.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.examples.cli.Cli.Run;

/**
 * Bad inputs a user may give every command: each fails with a message naming what is wrong (no stack trace, no
 * exception's class name) and the documented exit code, and nothing hangs.
 */
class BadInputTest {

  /** A data error: exit code 1, a one-line message. */
  private static String dataError(Run r) {
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Commands.DATA_ERROR);
    assertThat(r.err()).startsWith("error: ").doesNotContain("\tat ").doesNotContain("Exception")
        .doesNotContain("Input length");
    return r.err();
  }

  /** A usage error: exit code 2, nothing run. */
  private static String usageError(String... args) {
    Run r = run(args);
    assertThat(r.code()).as(r.err()).isEqualTo(Commands.USAGE_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: ").doesNotContain("\tat ").doesNotContain("For input string");
    return r.err();
  }

  private static Run backtest(String config, String... more) {
    String[] all = new String[9 + more.length];
    System.arraycopy(new String[] {"backtest", "--config", config, "--data", Cli.data(), "--cache", "none",
        "--progress", "none"}, 0, all, 0, 9);
    System.arraycopy(more, 0, all, 9, more.length);
    return run(all);
  }

  @Test
  void aConfigThatIsNotUtf8NamesTheFileLineAndOffset(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("latin1.yaml");
    Files.write(config, "percentage_vol_target: 20.0\n# caf\u00e9\n".getBytes("ISO-8859-1"));
    assertThat(dataError(backtest(config.toString()))).contains("config " + config + " is not valid UTF-8")
        .contains("line 2").contains("byte offset 33");
  }

  @Test
  void aConfigThatIsANamedPipeIsRefusedWithoutOpeningIt(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("config.yaml");
    boolean made;
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
      made = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException ex) {
      made = false;
    }
    assumeThat(made).as("mkfifo is available").isTrue();
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> backtest(fifo.toString()));
    assertThat(dataError(r)).contains("config " + fifo + " is not a regular file");
    Run bench = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("bench", "--config", fifo.toString(),
        "--data", Cli.data(), "--cache", "none", "--instruments", "1"));
    assertThat(dataError(bench)).contains("config " + fifo + " is not a regular file");
  }

  @Test
  void aConfigThatIsAFolderOrMissingIsNamed(@TempDir Path dir) {
    assertThat(dataError(backtest(dir.toString()))).contains("config " + dir + " is a folder");
    assertThat(dataError(backtest(dir.resolve("nope.yaml").toString()))).contains("config file not found")
        .contains("nope.yaml");
  }

  @Test
  void aConfigThatIsNotAMappingIsAConfigError(@TempDir Path dir) throws Exception {
    Path list = Files.writeString(dir.resolve("list.yaml"), "- a\n- b\n");
    assertThat(dataError(backtest(list.toString()))).contains(list.toString())
        .contains("must be a YAML mapping of keys to values but is a list");
    Path scalar = Files.writeString(dir.resolve("scalar.yaml"), "hello\n");
    assertThat(dataError(backtest(scalar.toString()))).contains(scalar.toString())
        .contains("but is a single value");
  }

  @Test
  void aBadDataFolderIsNamed(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("data.txt"), "x");
    assertThat(dataError(run(args("backtest", "--data", file.toString()))))
        .contains("data folder " + file + " is a file, not a folder");
    assertThat(dataError(run(args("backtest", "--data", dir.resolve("nope").toString()))))
        .contains("data folder " + dir.resolve("nope") + " not found");
    assertThat(dataError(run(args("backtest", "--data", dir.toString())))).contains(dir.toString())
        .contains("adjusted_prices_csv");
    assertThat(dataError(run("bench", "--data", file.toString(), "--cache", "none")))
        .contains("data folder " + file + " is a file, not a folder");
  }

  @Test
  void anUnreadableDataFolderIsNamed(@TempDir Path dir) throws Exception {
    Path data = Cli.copyOfSampleData(dir.resolve("data"));
    Cli.withPermissions(data, "-wx------", () -> {
      assumeThat(Files.isReadable(data)).as("not run as root: an unreadable folder is readable").isFalse();
      assertThat(dataError(run(args("backtest", "--data", data.toString())))).contains(data.toString())
          .contains("not readable");
    });
  }

  @Test
  void aCacheThatIsAFileIsNamed(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("cache.txt"), "x");
    String[] backtest = {"backtest", "--config", Cli.config(), "--data", Cli.data(), "--progress", "none",
        "--cache", file.toString()};
    assertThat(dataError(run(backtest))).contains("--cache " + file + " is a file, not a folder")
        .contains("none");
    backtest[backtest.length - 1] = file.resolve("sub").toString();
    assertThat(dataError(run(backtest))).contains("cannot be created").contains(file + " is a file");
    assertThat(dataError(run("bench", "--data", Cli.data(), "--cache", file.toString())))
        .contains("--cache " + file + " is a file");
  }

  @Test
  void unknownInstrumentsAreNamedWithTheNearestKnownOne(@TempDir Path dir) {
    assertThat(dataError(run(args("backtest", "--data", Cli.data(), "--instruments", "CORN,US1,FOO"))))
        .contains("--instruments names US1 (did you mean 'US10'?), FOO")
        .contains("has no adjusted prices for").contains("CORN, EUROSTX");
    Path out = dir.resolve("out");
    assertThat(dataError(run(args("export", "--data", Cli.data(), "--instruments", "corn", "--out",
        out.toString())))).contains("did you mean 'CORN'");
    assertThat(out).doesNotExist();
  }

  @Test
  void emptyOrDuplicateInstrumentsAreUsageErrors() {
    assertThat(usageError("backtest", "--instruments", "")).contains("--instruments");
    assertThat(usageError("backtest", "--instruments", ",")).contains("--instruments");
    assertThat(usageError("compare", "--golden", "g", "--instruments", "CORN,CORN"))
        .contains("--instruments names CORN twice");
  }

  @Test
  void toleranceMustBeAFiniteDecimalAtLeastZero() {
    assertThat(usageError("compare", "--golden", "g", "--tol", "abc"))
        .contains("--tol: 'abc' is not a number (expected a decimal at least 0, such as 1e-9)");
    assertThat(usageError("compare", "--golden", "g", "--tol", "NaN")).contains("'NaN' is not a number");
    assertThat(usageError("compare", "--golden", "g", "--tol", "Infinity")).contains("'Infinity' is infinite");
    assertThat(usageError("compare", "--golden", "g", "--tol", "-1e-9")).contains("'-1e-9' is negative");
    assertThat(usageError("compare", "--golden", "g", "--tol", "")).contains("--tol: '' is not a number");
  }

  @Test
  void wholeNumberOptionsSayWhatIsWrong() {
    assertThat(usageError("bench", "--repeat", "abc"))
        .contains("--repeat: 'abc' is not a whole number (expected a whole number, 1 or more)");
    assertThat(usageError("bench", "--repeat", "0")).contains("--repeat: '0' is less than 1");
    assertThat(usageError("bench", "--repeat", "99999999999")).contains("--repeat: '99999999999' is too large");
    assertThat(usageError("bench", "--instruments", "-1")).contains("--instruments: '-1' is less than 0");
    assertThat(usageError("bench", "--instruments", "2.5")).contains("--instruments: '2.5' is not a whole number");
  }

  @Test
  void emptyPathsAreUsageErrors() {
    assertThat(usageError("backtest", "--config", "")).contains("--config: an empty path");
    assertThat(usageError("backtest", "--data", " ")).contains("--data: an empty path");
    assertThat(usageError("compare", "--golden", "")).contains("--golden: an empty path");
    assertThat(usageError("bench", "--out", "")).contains("--out: an empty path");
  }

  @Test
  void benchChecksItsOutputFileBeforeRunning(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("file.txt"), "x");
    assertThat(dataError(run("bench", "--data", Cli.data(), "--cache", "none", "--out",
        file.resolve("table.md").toString())))
        .contains("--out " + file.resolve("table.md") + " cannot be created").contains(file + " is a file");
    assertThat(dataError(run("bench", "--data", Cli.data(), "--cache", "none", "--out", dir.toString())))
        .contains("--out " + dir + " is a folder, not a regular file");
  }
}
