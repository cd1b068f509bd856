package org.pystrade.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.examples.cli.Main;

/** Runs a {@link Case} on a fresh copy of the fixture and checks every part of its expected outcome. */
final class CaseRunner {

  private static final Pattern BACKTEST_LINE = Pattern.compile("pystrade backtest: \\d+ instruments? \\[([^]]*)]");

  /** {@code -Dreliability.probe=true}: print what each case does instead of checking it (to write a new case). */
  static final boolean PROBE = Boolean.getBoolean("reliability.probe");

  private CaseRunner() {
  }

  /**
   * What a command line printed and returned: its standard output and error, and the log lines (SLF4J, which the
   * jar prints on standard error) written while it ran.
   */
  record Run(int code, String out, String err, String log) {
    String all() {
      return out + err + log;
    }
  }

  /**
   * Runs a command line in process.
   *
   * @param args the command line
   * @return its exit code and output
   */
  static Run cli(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream systemErr = System.err;
    int code;
    // pystrade.jar's console appender (logback) writes to whatever System.err is when it logs
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      code = Main.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
    } finally {
      System.setErr(systemErr);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
        log.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs a case in a folder of its own and checks it.
   *
   * @param c the case
   * @param work an empty folder
   */
  static void run(Case c, Path work) {
    Fixture fixture = Fixture.write(work.resolve("fixture"));
    c.mutation.accept(fixture);
    Case.Paths paths = new Case.Paths(fixture, work.resolve("out"), work);
    if (c.api != null) {
      checkLibrary(c, fixture);
    } else {
      checkCommandLine(c, paths);
    }
  }

  // ------------------------------------------------------------------ command line

  private static void checkCommandLine(Case c, Case.Paths paths) {
    List<String> args = c.command.apply(paths);
    Run r = cli(args);
    String context = "\ncommand: " + String.join(" ", args) + "\nexit code " + r.code() + "\n--- standard output:\n"
        + r.out() + "--- standard error:\n" + r.err() + "--- log:\n" + r.log();
    if (PROBE) {
      System.out.println("=== PROBE " + c + context);
      return;
    }
    assertThat(r.code()).as("exit code" + context).isEqualTo(c.exit);
    for (String s : c.says) {
      assertThat(r.all()).as("the output names '" + s + "'" + context).contains(s);
    }
    for (String s : c.logs) {
      assertThat(r.log()).as("the log says '" + s + "'" + context).contains(s);
    }
    for (String s : c.saysNot) {
      assertThat(r.all()).as("the output does not say '" + s + "'" + context).doesNotContain(s);
    }
    // no stack trace, no exception's class name, whatever the outcome
    assertThat(r.all()).as("no stack trace" + context).doesNotContain("\tat ").doesNotContain("NullPointer");
    if (c.knownIssue.isEmpty()) {
      assertThat(r.all()).as("no exception's class name" + context).doesNotContain("Exception:")
          .doesNotContain("java.lang.").doesNotContain("java.io.");
    }
    switch (c.exit) {
      case Case.ERROR, Case.USAGE -> {
        assertThat(r.err()).as("an error message" + context).startsWith("error: ");
        assertThat(r.out()).as("nothing printed as a result" + context).doesNotContain("sharpe")
            .doesNotContain("wrote ");
        if (Files.isDirectory(paths.out()) && !args.contains("--overwrite")) {
          assertThat(list(paths.out())).as("nothing exported" + context)
              .noneMatch(f -> f.getFileName().toString().endsWith(".csv")
                  || f.getFileName().toString().equals("summary.json"));
        }
      }
      case Case.PARTIAL -> assertThat(r.err()).as("the partial-result line" + context).contains("partial result: ")
          .contains("--allow-partial");
      case Case.OK -> assertThat(r.err()).as("no partial-result line" + context).doesNotContain("partial result");
      default -> {
      }
    }
    if (c.computed == null) {
      return;
    }
    assertThat(c.runsSystem).as("the case says whether its command computes a system" + context)
        .isEqualTo(!args.isEmpty() && List.of("export", "backtest").contains(args.get(0)));
    if (!c.runsSystem) {
      return;
    }
    List<String> computed = computed(r, paths.out());
    assertThat(computed).as("the instruments computed" + context).containsExactlyElementsOf(c.computed);
    for (String code : c.configured) {
      if (!c.computed.contains(code)) {
        assertThat(r.out()).as(code + " is said to be left out" + context).contains("left out " + code + ": ");
      }
    }
    if (c.leftOutAny()) {
      assertThat(r.out()).as("the others' renormalised weights are said" + context)
          .contains("note: the instrument weights of ").contains("are those of a portfolio without");
    }
    for (String code : c.changed) {
      assertThat(r.out()).as(code + "'s changed numbers carry a warning" + context).contains("warning " + code + ": ");
    }
    if (args.get(0).equals("export")) {
      Reference.checkExport(paths.out(), c, context);
    }
  }

  /** The portfolio's instruments: summary.json's after an export, the first line's after a backtest. */
  private static List<String> computed(Run r, Path out) {
    Path summary = out.resolve("summary.json");
    if (Files.exists(summary)) {
      try {
        JsonNode root = new ObjectMapper().readTree(summary.toFile());
        List<String> codes = new ArrayList<>();
        root.get("instruments").forEach(n -> codes.add(n.asText()));
        return codes;
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    Matcher m = BACKTEST_LINE.matcher(r.out());
    if (!m.find()) {
      return List.of();
    }
    return m.group(1).isEmpty() ? List.of() : Arrays.asList(m.group(1).split(", "));
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  // ------------------------------------------------------------------ library

  /** Builds the system as a library user does, then asks for its failures and warnings. */
  static TradingSystem system(Fixture fixture, boolean lenient) {
    TradingSystem.Builder b = TradingSystem.builder().config(SystemConfig.fromYaml(fixture.config()))
        .data(CsvFuturesSimData.open(fixture.data()));
    if (lenient) {
      b.strict(false);
    }
    return b.build();
  }

  private static void checkLibrary(Case c, Fixture fixture) {
    Case.ApiExpectation e = c.api;
    if (PROBE) {
      try {
        TradingSystem system = system(fixture, e.lenient);
        System.out.println("=== PROBE " + c + "\ninstruments: " + system.instruments() + "\nfailures: "
            + system.failures() + "\nwarnings: " + system.warnings() + "\nconfig problems: "
            + system.configProblems());
      } catch (RuntimeException ex) {
        System.out.println("=== PROBE " + c + "\nthrows " + ex);
      }
      return;
    }
    if (e.throwsType != null) {
      var thrown = assertThatThrownBy(() -> {
        TradingSystem system = system(fixture, e.lenient);
        system.failures();
        system.warnings();
      }).isInstanceOf(e.throwsType);
      for (String s : c.says) {
        thrown.hasMessageContaining(s);
      }
      return;
    }
    TradingSystem system = system(fixture, e.lenient);
    List<InstrumentFailure> failures = system.failures();
    List<InstrumentFailure> warnings = system.warnings();
    String context = "\nfailures: " + failures + "\nwarnings: " + warnings + "\nconfig problems: "
        + system.configProblems();
    assertThat(failures).as("failures()" + context).extracting(f -> f.instrument().value())
        .containsExactlyElementsOf(e.failures);
    assertThat(warnings).as("warnings()" + context).extracting(f -> f.instrument().value())
        .containsExactlyElementsOf(e.warnings);
    assertThat(system.configProblems()).as("configProblems()" + context).extracting(p -> p.key())
        .containsExactlyElementsOf(e.problems);
    String text = failures + " " + warnings + " " + system.configProblems();
    for (String s : c.says) {
      assertThat(text).as("the failures or warnings name '" + s + "'" + context).contains(s);
    }
    assertThat(system.instruments()).extracting(InstrumentCode::value).as("instruments()" + context)
        .containsExactlyElementsOf(c.computed);
    for (InstrumentCode code : system.instruments()) {
      if (!c.changed.contains(code.value()) && !c.differs.contains(code.value())) {
        Reference.checkSubsystem(system, code, context);
      }
    }
  }
}
