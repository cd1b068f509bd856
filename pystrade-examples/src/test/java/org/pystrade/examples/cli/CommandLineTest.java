package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.Result;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CacheOptions;
import org.pystrade.data.csv.Retention;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's options: usage errors (exit code 2) name the option and suggest the right one, every command
 * has its own help, and values and defaults are typed.
 */
class CommandLineTest {

  /** What a run printed and returned. */
  private record Result(int code, String out, String err) {
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The options of a command as parsed (with their defaults), without running it. */
  private static CommandSpec parse(String... args) {
    return Commands.commandLine(args).parseArgs(args).subcommand().commandSpec();
  }

  private static Object value(CommandSpec command, String option) {
    return command.findOption(option).getValue();
  }

  /** A usage error: exit code 2, nothing on standard output, a message without a stack trace. */
  private static Result usageError(String... args) {
    Result r = run(args);
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: ").doesNotContain("\tat ");
    return r;
  }

  @Test
  void aMisspelledOptionIsAnErrorThatSuggestsTheRightOne() {
    assertThat(usageError("backtest", "--confg", "X").err()).contains("'--confg'").contains("--config");
    assertThat(usageError("backtest", "--detial", "true").err()).contains("'--detial'").contains("--detail");
    assertThat(usageError("export", "--out", "x", "--golden", "y").err()).contains("'--golden'");
  }

  @Test
  void strayArgumentsAndMissingValuesAreErrors() {
    assertThat(usageError("backtest", "extra").err()).contains("'extra'");
    assertThat(usageError("backtest", "export").err()).contains("'export'");
    assertThat(usageError("backtest", "--detail", "maybe").err()).contains("'maybe'");
    assertThat(usageError("backtest", "--config").err()).contains("--config");
    assertThat(usageError("backtest", "--config", "a.yaml", "--config", "b.yaml").err()).contains("--config");
  }

  @Test
  void aMissingRequiredOptionIsNamed() {
    assertThat(usageError("export").err()).contains("--out");
    assertThat(usageError("compare", "--tol", "0").err()).contains("--golden");
  }

  @Test
  void badValuesNameTheOption() {
    assertThat(usageError("compare", "--golden", "g", "--tol", "abc").err()).contains("--tol").contains("'abc'");
    assertThat(usageError("compare", "--golden", "g", "--tol", "-1").err()).contains("--tol");
    assertThat(usageError("backtest", "--progress", "fancy").err())
        .contains("--progress must be bar, log or none but was 'fancy'");
    assertThat(usageError("backtest", "--instruments", "CORN,,US10").err()).contains("--instruments")
        .contains("CORN,,US10");
    assertThat(usageError("export", "--out", "x", "--instruments", "CORN,US10,CORN").err())
        .contains("--instruments names CORN twice");
    assertThat(usageError("bench", "--instruments", "six").err()).contains("--instruments").contains("'six'");
    assertThat(usageError("bench", "--repeat", "0").err()).contains("--repeat");
    assertThat(usageError("bench", "--retain", "some").err())
        .contains("--retain must be all or in-use but was 'some'");
    assertThat(usageError("bench", "--instruments", "CORN,US10").err()).contains("--instruments");
  }

  @Test
  void eachCommandHasItsOwnHelp() {
    Result backtest = run("backtest", "--help");
    assertThat(backtest.code()).isZero();
    assertThat(backtest.err()).isEmpty();
    assertThat(backtest.out()).contains("Usage: java -jar pystrade.jar backtest").contains("--detail")
        .contains("--config").contains("--instruments").contains("--progress").contains("--cache")
        .contains("sample-data/configs/chapter15.yaml").doesNotContain("--golden")
        .doesNotContain("--tol");
    Result compare = run("compare", "-h");
    assertThat(compare.code()).isZero();
    assertThat(compare.out()).contains("--golden").contains("--tol").contains("1e-9").doesNotContain("--detail");
    assertThat(run("export", "--help").out()).contains("--out").doesNotContain("--golden");
    assertThat(run("bench", "--help").out()).contains("--repeat").contains("--retain").contains("in-use|all")
        .doesNotContain("--progress");
    // help wins over a missing required option
    assertThat(run("export", "--help").code()).isZero();
  }

  @Test
  void theGlobalHelpListsTheCommandsAndTheExitCodes() {
    Result help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("backtest").contains("export").contains("compare").contains("bench")
        .contains("Exit codes").contains("outside the tolerance").contains("COMMAND --help");
    Result none = run();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("backtest").contains("Exit codes");
    Result version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("pystrade ").doesNotContain("unknown");
  }

  @Test
  void anUnknownCommandIsNamed() {
    assertThat(usageError("frobnicate").err()).contains("unknown command 'frobnicate'");
    assertThat(usageError("backtst", "--detail").err()).contains("'backtst'").contains("backtest");
    assertThat(usageError("--config", "x.yaml").err()).contains("--config");
  }

  @Test
  void detailIsAFlagWithAnOptionalValue() {
    assertThat(value(parse("backtest"), Commands.DETAIL)).isEqualTo(Boolean.FALSE);
    assertThat(value(parse("backtest", "--detail"), Commands.DETAIL)).isEqualTo(Boolean.TRUE);
    assertThat(value(parse("backtest", "--detail", "true"), Commands.DETAIL)).isEqualTo(Boolean.TRUE);
    assertThat(value(parse("backtest", "--detail", "false"), Commands.DETAIL)).isEqualTo(Boolean.FALSE);
    assertThat(value(parse("backtest", "--detail=false"), Commands.DETAIL)).isEqualTo(Boolean.FALSE);
    CommandSpec detailThenOption = parse("backtest", "--detail", "--progress", "none");
    assertThat(value(detailThenOption, Commands.DETAIL)).isEqualTo(Boolean.TRUE);
    assertThat(value(detailThenOption, Commands.PROGRESS)).isEqualTo(Commands.Progress.NONE);
  }

  @Test
  void valuesAreTypedAndDefaultsAreToday() {
    CommandSpec backtest = parse("backtest");
    assertThat(value(backtest, Commands.CONFIG)).isEqualTo(Path.of("sample-data/configs/chapter15.yaml"));
    assertThat(value(backtest, Commands.DATA)).isEqualTo(Path.of("sample-data"));
    assertThat(value(backtest, Commands.CACHE)).isEqualTo(CacheOptions.defaultDirectory());
    assertThat(value(backtest, Commands.INSTRUMENTS)).isNull();
    assertThat(value(backtest, Commands.PROGRESS)).isNull();
    assertThat(value(parse("backtest", "--cache", "none"), Commands.CACHE)).isNull();
    Commands.InstrumentList codes = (Commands.InstrumentList) value(parse("backtest", "--instruments", "US10, CORN"),
        Commands.INSTRUMENTS);
    assertThat(codes.codes()).containsExactly("US10", "CORN");
    CommandSpec compare = parse("compare", "--golden", "g");
    assertThat(value(compare, Commands.TOL)).isEqualTo(1e-9);
    assertThat(value(compare, Commands.GOLDEN)).isEqualTo(Path.of("g"));
    assertThat(value(parse("compare", "--golden", "g", "--tol", "0"), Commands.TOL)).isEqualTo(0.0);
    CommandSpec bench = parse("bench");
    assertThat(value(bench, Commands.INSTRUMENTS)).isEqualTo(0);
    assertThat(value(bench, Commands.REPEAT)).isEqualTo(1);
    assertThat(value(bench, Commands.CONFIG)).isNull();
    assertThat(value(bench, Commands.OUT)).isNull();
    assertThat(value(bench, Commands.RETAIN)).isEqualTo(Retention.IN_USE);
    CommandSpec all = parse("bench", "--instruments", "6", "--repeat", "3", "--retain", "all", "--out", "b.md");
    assertThat(value(all, Commands.INSTRUMENTS)).isEqualTo(6);
    assertThat(value(all, Commands.REPEAT)).isEqualTo(3);
    assertThat(value(all, Commands.RETAIN)).isEqualTo(Retention.ALL);
    assertThat(value(all, Commands.OUT)).isEqualTo(Path.of("b.md"));
  }

  @Test
  void aBareDetailFlagPrintsTheDetailTables() {
    Result r = run("backtest", "--config", SampleData.directory().resolve("configs/chapter15.yaml").toString(),
        "--data", SampleData.directory().toString(), "--cache", "none", "--progress", "none", "--detail");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("By instrument").contains("By trading rule");
    assertThat(r.out()).as("the header's units: % of capital a year, costs too").contains("ann_costs")
        .doesNotContain("Estimated (").doesNotContain(" -0.000 ").doesNotContain(" -0\n");
  }

  @Test
  void anEstimatedSystemPrintsWhatItEstimated() {
    Result r = run("backtest", "--config", SampleData.directory().resolve("configs/chapter15_estimated.yaml")
        .toString(), "--data", SampleData.directory().toString(), "--cache", "none", "--progress", "none");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Estimated (the value on each series' last day):").contains("forecast scalar")
        .contains("FDM").contains("instrument weights: CORN ").contains("IDM: ");
  }

  @Test
  void noNumberPrintsAsNegativeZero() {
    assertThat(StatsTable.fixed(-0.0)).isEqualTo("0.000");
    assertThat(StatsTable.fixed(-0.0001)).isEqualTo("0.000");
    assertThat(StatsTable.fixed(-0.001)).isEqualTo("-0.001");
    assertThat(StatsTable.fixed(Double.NaN)).isEqualTo("nan");
    assertThat(StatsTable.withoutNegativeZero("-0")).isEqualTo("0");
    assertThat(StatsTable.withoutNegativeZero("-0.5")).isEqualTo("-0.5");
    assertThat(StatsTable.withoutNegativeZero("-0.0")).isEqualTo("0.0");
  }
}
