package org.pystrade.examples.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One bad input and exactly what pystrade does with it: a mutation of the clean {@link Fixture}, the command line
 * (or a library call), and the expected outcome: exit code, message fragments (naming file, line, instrument, key
 * or rule), the instruments computed, and whose numbers may differ from the clean run's.
 *
 * <p>A case reads as one statement, e.g.
 * <pre>{@code
 * data("adjusted prices: a row with too many cells")
 *     .mutate(f -> f.line(ADJ + "BBB.csv", 301, l -> l + ",7"))
 *     .exit(PARTIAL).says("left out BBB", "BBB.csv line 301", "expected 2 columns but found 3")
 *     .computed("AAA", "CCC", "DDD")
 *     .pysystemtrade("pandas refuses the file (ParserError: Expected 2 fields in line 301, saw 3)")
 * }</pre>
 * Unless a case says otherwise the command is {@code export} of the fixture's config and data into a fresh folder,
 * without the binary cache; every instrument computed is checked against the clean run: bit-identical files when
 * the portfolio has the same instruments, bit-identical forecasts and subsystem positions when instruments were left
 * out (the others' instrument weights are then renormalised), nothing for the instruments the case names as
 * {@link #changes changed} (which must carry a warning).
 */
final class Case {

  /** Exit codes of the command line. */
  static final int OK = 0;
  static final int ERROR = 1;
  static final int USAGE = 2;
  static final int MISMATCH = 3;
  static final int PARTIAL = 4;

  /** The classes of cases, each a table in docs/RELIABILITY.md. */
  enum Group {
    DATA_FILES("Data files", "missing, empty, malformed or oddly encoded files of the data folder"),
    DATA_VALUES("Data values", "readable files holding values that cannot be right, each with the data_defects "
        + "actions that matter"),
    CONFIG_STRUCTURE("Config structure", "the YAML file itself, its keys and its rules"),
    CONFIG_VALUES("Config values", "numbers out of their range, weights, rule arguments, data_defects values"),
    COMMAND_LINE("Command line", "options, paths and compare's golden files"),
    CACHE("Binary cache", "the --cache folder after a first run: sources edited behind its back, corrupt or foreign "
        + "entries, unsafe folders; a warm run must compute and say what a cold run computes and says"),
    LIBRARY_API("Library API", "the same defects through TradingSystem directly: failures(), warnings(), "
        + "configProblems() and what it throws");

    final String title;
    final String scope;

    Group(String title, String scope) {
      this.title = title;
      this.scope = scope;
    }
  }

  /** What the command line or library call works on. */
  record Paths(Fixture fixture, Path out, Path work) {
  }

  final Group group;
  final String name;
  Consumer<Fixture> mutation = f -> { };
  Function<Paths, List<String>> command;
  /** Whether the command computes a system (export or backtest), whose instruments and numbers are checked. */
  boolean runsSystem = true;
  int exit = OK;
  final List<String> says = new ArrayList<>();
  final List<String> saysNot = new ArrayList<>();
  /** The instruments in the portfolio; null: nothing computed (an error). */
  List<String> computed = Fixture.INSTRUMENTS;
  final Set<String> changed = new LinkedHashSet<>();
  /** The instruments whose numbers differ because the input differs, not because of a defect (no warning). */
  final Set<String> differs = new LinkedHashSet<>();
  /** Text of the output that says why {@link #differs} or every instrument's numbers differ (a config warning). */
  String because;
  /** The instruments of the run (the config's, or {@code --instruments}). */
  List<String> configured = Fixture.INSTRUMENTS;
  /** Whether the instruments' weights are renormalised although every instrument is in the portfolio. */
  boolean reweighted;
  /** The relative tolerance of the comparison with the clean run (0: bit for bit). */
  double tolerance;
  /** A known shortcoming of the outcome, not fixed (it relaxes the check it would fail). */
  String knownIssue = "";
  String pysystemtrade = "";
  String note = "";
  /** For a library case: what the library call must show. */
  ApiExpectation api;
  /** Log lines (SLF4J: the jar prints them on standard error) the run must write. */
  final List<String> logs = new ArrayList<>();
  /** When the case cannot be run here (it is then skipped), and why. */
  BooleanSupplier skipIf;
  String skipReason;

  private Case(Group group, String name) {
    this.group = group;
    this.name = name;
    this.command = exportCommand(List.of());
  }

  static Case of(Group group, String name) {
    return new Case(group, name);
  }

  /** The default command: export of the fixture into {@code out}, with more options. */
  static Function<Paths, List<String>> exportCommand(List<String> more) {
    return p -> {
      List<String> args = new ArrayList<>(List.of("export", "--config", p.fixture().config().toString(), "--data",
          p.fixture().data().toString(), "--out", p.out().toString(), "--cache", "none", "--progress", "none"));
      args.addAll(more);
      return args;
    };
  }

  /** backtest of the fixture, with more options. */
  static Function<Paths, List<String>> backtestCommand(List<String> more) {
    return p -> {
      List<String> args = new ArrayList<>(List.of("backtest", "--config", p.fixture().config().toString(), "--data",
          p.fixture().data().toString(), "--cache", "none", "--progress", "none"));
      args.addAll(more);
      return args;
    };
  }

  // ------------------------------------------------------------------ building

  /** The mutation of the clean fixture (several calls add up). */
  Case mutate(Consumer<Fixture> m) {
    mutation = mutation.andThen(m);
    return this;
  }

  /** A mutation of the config: text replaced (it must be there). */
  Case replacing(String old, String replacement) {
    return mutate(f -> f.configReplace(old, replacement));
  }

  /** A mutation of the config: lines appended. */
  Case appending(String yaml) {
    return mutate(f -> f.configAppend(yaml));
  }

  /** Export with these options added. */
  Case options(String... more) {
    command = exportCommand(List.of(more));
    return this;
  }

  /** backtest (not export), with these options added. */
  Case backtest(String... more) {
    command = backtestCommand(List.of(more));
    return this;
  }

  /** A command line of its own (one that computes no system unless {@link #computes()} says so). */
  Case command(Function<Paths, List<String>> c) {
    command = c;
    runsSystem = false;
    return this;
  }

  /** The command line of its own is an export or a backtest: its instruments and numbers are checked. */
  Case computes() {
    runsSystem = true;
    return this;
  }

  /** The exit code. */
  Case exit(int code) {
    exit = code;
    if (code == ERROR || code == USAGE) {
      computed = null;
    }
    return this;
  }

  /** Text the output (standard output and error) must hold. */
  Case says(String... fragments) {
    says.addAll(Arrays.asList(fragments));
    return this;
  }

  /** Text the output must not hold. */
  Case saysNot(String... fragments) {
    saysNot.addAll(Arrays.asList(fragments));
    return this;
  }

  /** Text the log (SLF4J lines, on the jar's standard error) must hold. */
  Case logs(String... fragments) {
    logs.addAll(Arrays.asList(fragments));
    return this;
  }

  /** Skips the case where it cannot be run. */
  Case skipIf(BooleanSupplier condition, String reason) {
    skipIf = condition;
    skipReason = reason;
    return this;
  }

  /** The instruments of the portfolio. */
  Case computed(String... codes) {
    computed = List.of(codes);
    return this;
  }

  /** The instruments whose numbers differ from the clean run's (each with a warning). */
  Case changes(String... codes) {
    changed.addAll(Arrays.asList(codes));
    return this;
  }

  /**
   * The instruments whose numbers differ from the clean run's because the input differs, without a warning: a
   * missing value is missing (pysystemtrade's own files have thousands), or the config asks for other numbers.
   */
  Case differs(String... codes) {
    differs.addAll(Arrays.asList(codes));
    return this;
  }

  /** Every instrument's numbers differ, as the config asks, and the output says so with this text. */
  Case configChangesNumbers(String fragment) {
    because = fragment;
    differs.addAll(Fixture.INSTRUMENTS);
    return says(fragment);
  }

  /** The instruments of the run, when not the config's four. */
  Case configured(String... codes) {
    configured = List.of(codes);
    return this;
  }

  /** The others' weights are renormalised (an instrument kept without a position): the output says so. */
  Case reweighted() {
    reweighted = true;
    return says("renormalised");
  }

  /** The numbers agree with the clean run's within a relative tolerance, not bit for bit (decimal weights). */
  Case tolerance(double relative) {
    tolerance = relative;
    return this;
  }

  /** A known shortcoming of the outcome, not fixed here (it relaxes the check it fails), listed in the table. */
  Case knownIssue(String text) {
    knownIssue = text;
    return this;
  }

  /** What pysystemtrade does with the same input, where known. */
  Case pysystemtrade(String text) {
    pysystemtrade = text;
    return this;
  }

  /**
   * Sets what pysystemtrade does with some of the cases: alternating case names and texts (each name must be a case
   * of the list).
   *
   * @param cases the cases
   * @param namesAndTexts name, text, name, text...
   */
  static void pysystemtrade(List<Case> cases, String... namesAndTexts) {
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      String name = namesAndTexts[i];
      Case c = cases.stream().filter(x -> x.name.equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no case named '" + name + "'"));
      c.pysystemtrade(namesAndTexts[i + 1]);
    }
  }

  /** A remark for the table. */
  Case note(String text) {
    note = text;
    return this;
  }

  /** A library case: the expectation of the call. */
  Case api(ApiExpectation expectation) {
    api = expectation;
    return this;
  }

  /** Whether this process reads any file whatever its permissions (as root does): unreadable-file cases skip. */
  static boolean readsEverything() {
    try {
      java.nio.file.Path p = java.nio.file.Files.createTempFile("pystrade-unreadable", ".csv");
      try {
        java.nio.file.Files.setPosixFilePermissions(p,
            java.nio.file.attribute.PosixFilePermissions.fromString("-w-------"));
        return java.nio.file.Files.isReadable(p);
      } finally {
        java.nio.file.Files.delete(p);
      }
    } catch (java.io.IOException ex) {
      return true;
    }
  }

  /** Whether the portfolio holds fewer instruments than the run: the others' weights are then renormalised. */
  boolean leftOutAny() {
    return computed != null && !computed.containsAll(configured);
  }

  @Override
  public String toString() {
    return group.title + ": " + name;
  }

  /**
   * What a library case expects of {@code TradingSystem.fromYaml(SystemConfig.fromYaml(config), data)}: the build
   * or the first result throws (exception class and message fragments), or the system's failures and warnings name
   * these instruments.
   */
  static final class ApiExpectation {
    Class<? extends Exception> throwsType;
    final List<String> failures = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    boolean lenient;

    /** configProblems() names these keys. */
    ApiExpectation problems(String... keys) {
      problems.addAll(Arrays.asList(keys));
      return this;
    }

    static ApiExpectation throwing(Class<? extends Exception> type) {
      ApiExpectation e = new ApiExpectation();
      e.throwsType = type;
      return e;
    }

    static ApiExpectation failures(String... codes) {
      ApiExpectation e = new ApiExpectation();
      e.failures.addAll(Arrays.asList(codes));
      return e;
    }

    ApiExpectation warnings(String... codes) {
      warnings.addAll(Arrays.asList(codes));
      return this;
    }

    /** configProblems() of a lenient build ({@code Builder.strict(false)}) names these keys. */
    ApiExpectation lenientProblems(String... keys) {
      lenient = true;
      problems.addAll(Arrays.asList(keys));
      return this;
    }
  }
}
