package org.pystrade.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pystrade.data.csv.CacheOptions;
import org.pystrade.data.csv.Retention;
import org.pystrade.data.results.ResultFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * The commands and options of {@code pystrade.jar}, as picocli command specs.
 *
 * <p>Start-up time matters for a short backtest (about 0.6 s for the whole process), so the specs are built with
 * picocli's programmatic API ({@link CommandSpec}, {@link OptionSpec}), not with its annotations. Cost of building
 * the command line and parsing {@code backtest --config ... --data ...} in a fresh JVM (JDK 17, 2 CPUs shared with
 * other builds, 21 interleaved runs, fastest / median):
 * <ul>
 *   <li>the hand-written parsing this replaced: 1 / 1 ms;</li>
 *   <li>an annotated equivalent ({@code @Command} classes, {@code @Option} fields, {@code mixinStandardHelpOptions}):
 *       101 / 182 ms: reflection on the fields, annotation proxies spun at run time, generic signatures;</li>
 *   <li>programmatic specs that still use {@code mixinStandardHelpOptions} (itself an annotated class): 87 / 163 ms;
 *       </li>
 *   <li>these specs, but with picocli's reflective converters registered ({@link #quickStart()}): 62 / 99 ms;</li>
 *   <li>these specs: 58 / 91 ms, of which a quarter to a third is verifying picocli's classes (compiled for Java 5, so the
 *       JVM's slower type-inferencing verifier runs) and some is JDK machinery (lambdas, regular expressions) the
 *       backtest loads anyway: in the whole process they add about 20 to 40 ms.</li>
 * </ul>
 * Other choices made for start-up: one converter class ({@link Value}) rather than a lambda per option (a lambda
 * costs a class spun at run time), and only the named command built ({@link #commandLine(String...)}).
 */
final class Commands {

  /** How the command line names itself in usage messages. */
  static final String JAR = "java -jar pystrade.jar";

  static final String BACKTEST = "backtest";
  static final String EXPORT = "export";
  static final String COMPARE = "compare";
  static final String BENCH = "bench";
  static final String SWEEP = "sweep";
  static final String STUDY = "--study";
  static final String THREADS = "--threads";
  static final String REPORT = "--report";

  static final String CONFIG = "--config";
  static final String DATA = "--data";
  static final String CACHE = "--cache";
  static final String INSTRUMENTS = "--instruments";
  static final String PROGRESS = "--progress";
  static final String DETAIL = "--detail";
  static final String OUT = "--out";
  /** export's file format. */
  static final String FORMAT = "--format";
  static final String GOLDEN = "--golden";
  static final String TOL = "--tol";
  static final String REPEAT = "--repeat";
  static final String RETAIN = "--retain";
  /** Unknown config keys (and keys pystrade does not implement) are warnings, not errors. */
  static final String LENIENT = "--lenient";
  /** backtest and export exit {@value #OK}, not {@value #PARTIAL}, when instruments are left out or warned about. */
  static final String ALLOW_PARTIAL = "--allow-partial";
  /** export replaces a previous export in its {@code --out} folder. */
  static final String OVERWRITE = "--overwrite";

  /** The default of {@code --config} for backtest, export and compare. */
  static final String DEFAULT_CONFIG = "sample-data/configs/chapter15.yaml";
  /** The default of {@code --data}. */
  static final String DEFAULT_DATA = "sample-data";

  /** Exit code: success. */
  static final int OK = 0;
  /**
   * Exit code: a config, data or file error: a missing, unreadable or invalid config, data folder or golden file,
   * an output location that cannot be written (the message is on standard error).
   */
  static final int DATA_ERROR = 1;
  /** Exit code: a usage error (unknown or bad option, missing option, unknown command): nothing was run. */
  static final int USAGE_ERROR = 2;
  /** Exit code: {@code compare} found cells outside the tolerance, or a golden instrument missing from ours. */
  static final int MISMATCH = 3;
  /**
   * Exit code: {@code backtest} or {@code export} ran, but left instruments out of the portfolio or kept some with a
   * defect warning (the results and those lines are printed); {@value #ALLOW_PARTIAL} makes this {@value #OK}.
   */
  static final int PARTIAL = 4;

  private Commands() {
  }

  /** {@code --progress}: how the progress of estimations is shown. */
  enum Progress {
    BAR, LOG, NONE
  }

  /**
   * A bad option value; its message names the option and is shown as it is (picocli would otherwise prefix it with
   * "Invalid value for option ...").
   */
  static final class BadValue extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message);
    }
  }

  /** The codes of {@code --instruments A,B,C}, in the order given. */
  record InstrumentList(List<String> codes) {
    InstrumentList {
      codes = List.copyOf(codes);
    }

    /** Parses {@code A,B,C}: an empty item or a code given twice is an error. */
    static InstrumentList parse(String value) {
      List<String> codes = new ArrayList<>();
      for (String c : value.split(",", -1)) {
        String code = c.trim();
        if (code.isEmpty()) {
          throw new BadValue(INSTRUMENTS + " needs comma-separated instrument codes but was '" + value + "'");
        }
        if (codes.contains(code)) {
          throw new BadValue(INSTRUMENTS + " names " + code + " twice");
        }
        codes.add(code);
      }
      return new InstrumentList(codes);
    }
  }

  /**
   * Leaves out picocli's built-in converters for {@code java.sql}, {@code java.time} and {@code java.nio.file.Path}
   * types, which every {@link CommandLine} constructor otherwise looks up by reflection (loading {@code java.sql}'s
   * driver manager among others: some 12 ms of start-up), unless the user set {@code picocli.converters.excludes}
   * already. No option here has such a type but paths, which {@link Value} reads.
   */
  static void quickStart() {
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*|java\\.nio\\.file\\.Path");
    }
  }

  /**
   * The command line: {@code backtest}, {@code export}, {@code compare}, {@code bench}.
   *
   * <p>When the first argument names a command, only that command is built: picocli's parser for each command
   * registers its built-in converters again, and nothing but that command can parse the rest. Otherwise (help, version,
   * an unknown command) every command is built, for the list of commands and for suggestions.
   *
   * @param args the command line
   * @return a new command line
   */
  static CommandLine commandLine(String... args) {
    quickStart();
    String[] command = LogSettings.fromCommand(args);
    String first = command.length > 0 ? command[0] : "";
    boolean all = !List.of(BACKTEST, EXPORT, COMPARE, BENCH, SWEEP, DataPipelineCommands.DATA, BrokerCommands.BROKER,
        ReportCommand.NAME, ProductionCommands.PRODUCTION).contains(first);
    CommandLine line = new CommandLine(top());
    if (all || first.equals(BACKTEST)) {
      line.addSubcommand(BACKTEST, backtest());
    }
    if (all || first.equals(EXPORT)) {
      line.addSubcommand(EXPORT, export());
    }
    if (all || first.equals(COMPARE)) {
      line.addSubcommand(COMPARE, compare());
    }
    if (all || first.equals(BENCH)) {
      line.addSubcommand(BENCH, bench());
    }
    if (all || first.equals(SWEEP)) {
      line.addSubcommand(SWEEP, sweep());
    }
    if (all || first.equals(DataPipelineCommands.DATA)) {
      line.addSubcommand(DataPipelineCommands.DATA, DataCommands.group());
    }
    if (all || first.equals(BrokerCommands.BROKER)) {
      line.addSubcommand(BrokerCommands.BROKER, BrokerCommands.command());
    }
    if (all || first.equals(ProductionCommands.PRODUCTION)) {
      line.addSubcommand(ProductionCommands.PRODUCTION, ProductionCommands.command());
    }
    if (all || first.equals(ReportCommand.NAME)) {
      line.addSubcommand(ReportCommand.NAME, ReportCommand.spec());
    }
    return line;
  }

  /** The exit codes, for a command's help: {@code codes} picks them (all of them for the top command). */
  private static Map<String, String> exitCodes(int... codes) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(String.valueOf(OK), "success");
    all.put(String.valueOf(DATA_ERROR), "a config, data or file error (a missing or invalid config, data folder or "
        + "golden file, an output location that cannot be written; the message is on standard error)");
    all.put(String.valueOf(USAGE_ERROR), "a usage error: unknown command, unknown or bad option, missing "
        + "option; nothing was run");
    all.put(String.valueOf(MISMATCH), "compare found cells outside the tolerance, or a golden instrument missing "
        + "from ours");
    all.put(String.valueOf(PARTIAL), "backtest or export left instruments out of the portfolio or kept some with a "
        + "defect warning (results printed; " + ALLOW_PARTIAL + " exits 0 instead)");
    Map<String, String> picked = new LinkedHashMap<>();
    for (int code : codes) {
      picked.put(String.valueOf(code), all.get(String.valueOf(code)));
    }
    return codes.length == 0 ? all : picked;
  }

  private static CommandSpec top() {
    Map<String, String> exitCodes = exitCodes();
    CommandSpec top = command(JAR, JAR + " [-hV] COMMAND [OPTIONS]",
        "Backtests pysystemtrade futures systems on data in pysystemtrade's CSV layout.")
        .versionProvider(new Value(Kind.VERSION, "--version"));
    top.usageMessage()
        .commandListHeading("%nCommands:%n")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes)
        .footer("%n'" + JAR + " COMMAND --help' shows a command's options and their defaults.");
    top.addOption(help());
    top.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
        .description("Print the version and exit.").build());
    // the log options: of every command (inherited), before it or among its options; read before parsing (see
    // LogSettings), declared here for the help and for the checks of their values
    top.addOption(option(LogSettings.FORMAT_OPTION, LogSettings.LogFormat.class, "text|json", Kind.LOG_FORMAT, null,
        "Log lines as text or as JSON objects, one a line (default: $" + LogSettings.FORMAT_ENV + ", else text).")
        .scopeType(CommandLine.ScopeType.INHERIT).build());
    top.addOption(option(LogSettings.LEVEL_OPTION, LogSettings.LogLevel.class, "off|error|warn|info|debug|trace",
        Kind.LOG_LEVEL, null, "The least level logged (default: $" + LogSettings.LEVEL_ENV + ", else info).")
        .scopeType(CommandLine.ScopeType.INHERIT).build());
    top.addOption(option(LogSettings.FILE_OPTION, Path.class, "FILE", Kind.PATH, null, "Append the log lines to "
        + "this file instead of standard error (default: $" + LogSettings.FILE_ENV + ", else standard error).")
        .scopeType(CommandLine.ScopeType.INHERIT).build());
    return top;
  }

  private static CommandSpec backtest() {
    return exitCodes(systemCommand(BACKTEST, JAR + " " + BACKTEST + " [OPTIONS]",
        "Run a backtest and print the portfolio statistics (pysystemtrade's stats()).",
        option(DETAIL, boolean.class, "true|false", Kind.BOOLEAN, "false",
            "Also print the statistics per instrument and per trading rule.").arity("0..1").build(),
        allowPartial()), OK, DATA_ERROR, USAGE_ERROR, PARTIAL);
  }

  private static CommandSpec export() {
    return exitCodes(systemCommand(EXPORT, JAR + " " + EXPORT + " --out=DIR [OPTIONS]",
        "Write per-instrument and portfolio files (CSV, JSON, Parquet or Arrow IPC) and summary.json in the layout "
            + "of pysystemtrade's golden exports.",
        option(OUT, Path.class, "DIR", Kind.PATH, null, "The folder to write (required): created if need be; "
            + "checked before anything is computed.").required(true).build(),
        option(FORMAT, ResultFormat.class, "csv|json|parquet|arrow", Kind.FORMAT, "csv",
            "The format of the files: NAME.csv as pysystemtrade's golden exports, NAME.json (pandas' split "
                + "orientation), NAME.parquet or NAME.arrow (Arrow IPC file), each with the same columns; a missing "
                + "value is an empty cell, null in the others (default: csv).").build(),
        flag(OVERWRITE, "Write into a folder holding a previous export: its files (NAME.csv, .json, .parquet, "
            + ".arrow, summary.json) that this "
            + "export does not rewrite are deleted. A folder holding anything else is refused (default: a "
            + "non-empty folder is refused)."),
        allowPartial()), OK, DATA_ERROR, USAGE_ERROR, PARTIAL);
  }

  private static CommandSpec compare() {
    return exitCodes(systemCommand(COMPARE, JAR + " " + COMPARE + " --golden=DIR [OPTIONS]",
        "Compare with a folder of pysystemtrade's exports (exit code " + MISMATCH
            + " when cells are outside the tolerance or a golden instrument is missing from ours).",
        option(GOLDEN, Path.class, "DIR", Kind.PATH, null,
            "The golden folder: NAME.csv.gz or NAME.csv files (required).").required(true).build(),
        option(TOL, double.class, "TOL", Kind.TOLERANCE, "1e-9",
            "The relative tolerance of a cell: a decimal at least 0 (default: 1e-9; 0: equal within 1e-12 "
                + "absolute).").build()), OK, DATA_ERROR, USAGE_ERROR, MISMATCH);
  }

  private static CommandSpec sweep() {
    return exitCodes(systemCommand(SWEEP, JAR + " " + SWEEP + " --study=FILE.yaml --out=FILE.csv [OPTIONS]",
        "Run a study: every variation of a grid of config values and instrument samples, on all cores; one CSV row "
            + "per variation (its settings and statistics, or its error), resumed if the file exists.",
        option(STUDY, Path.class, "FILE.yaml", Kind.PATH, null, "The study: grid: (dotted config keys, each with a "
            + "list of values), instrument_samples: {count, size, seed, from} and stats: (required).")
            .required(true).build(),
        option(OUT, Path.class, "FILE.csv|FILE.parquet", Kind.PATH, null, "The results file (required): a CSV "
            + "written as variations finish (for FILE.parquet, the rows file FILE.parquet.rows.csv, and the Parquet "
            + "table at the end); the variations it already holds are not run again.").required(true).build(),
        option(REPORT, Path.class, "FILE.html", Kind.PATH, null, "Also write the study's HTML page: the "
            + "distribution of Sharpe ratios, a heat map over the first two swept keys, the best and worst variations "
            + "with their configs (in FILE-configs/), the failed ones.").build(),
        option(THREADS, int.class, "N", Kind.REPEATS, String.valueOf(Runtime.getRuntime().availableProcessors()),
            "Variations run at once (default: the number of processors).").build(),
        flag(ALLOW_PARTIAL, "Exit " + OK + " when variations failed (default: exit code " + PARTIAL + "; each "
            + "failed variation is a row with its error either way).")), OK, DATA_ERROR, USAGE_ERROR, PARTIAL);
  }

  /** {@value #ALLOW_PARTIAL}: a run with instruments left out (or warned about) exits {@value #OK}. */
  static OptionSpec allowPartial() {
    return flag(ALLOW_PARTIAL, "Exit " + OK + " when instruments are left out of the portfolio or kept with a "
        + "defect warning (default: exit code " + PARTIAL + "; the lines saying which are printed either way).");
  }

  /** An option without a value. */
  private static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).arity("0").description(description).build();
  }

  /** Lists the exit codes a command can return at the end of its help. */
  static CommandSpec exitCodes(CommandSpec spec, int... codes) {
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes(codes));
    return spec;
  }

  private static CommandSpec bench() {
    CommandSpec bench = command(BENCH, JAR + " " + BENCH + " [OPTIONS]",
        "Time the chapter-15 workload on the first N usable instruments.",
        "Equal instrument weights on the first N usable instruments of the data in sorted order; prints load, "
            + "compute and wall times, peak heap and GC per repeat, then a markdown table.");
    bench.addOption(data());
    bench.addOption(option(INSTRUMENTS, int.class, "N", Kind.COUNT, "0",
        "How many instruments (default: 0, every usable instrument).").build());
    bench.addOption(option(REPEAT, int.class, "K", Kind.REPEATS, "1",
        "How many times to run the workload in this JVM (default: 1; the first repeat is cold).").build());
    bench.addOption(option(OUT, Path.class, "FILE", Kind.PATH, null,
        "Also write the markdown table to this file (replaced if it exists; checked before the run).").build());
    bench.addOption(option(CONFIG, Path.class, "FILE.yaml", Kind.PATH, null,
        "The chapter-15 config; its instrument_weights are ignored (default: the copy of " + DEFAULT_CONFIG
            + " in the jar).").build());
    bench.addOption(cache());
    bench.addOption(option(RETAIN, Retention.class, "in-use|all", Kind.RETENTION, "in-use",
        "in-use: let each price file go once the system has its daily series (default); all: read every file "
            + "first and keep it.").build());
    bench.addOption(help());
    return exitCodes(bench, OK, DATA_ERROR, USAGE_ERROR);
  }

  /**
   * A command.
   *
   * @param name its name
   * @param synopsis the synopsis line
   * @param description the description: its first line is the command's summary in the list of commands
   */
  private static CommandSpec command(String name, String synopsis, String... description) {
    CommandSpec spec = CommandSpec.create().name(name);
    spec.usageMessage().synopsisHeading("Usage: ").customSynopsis(synopsis).description(description)
        .optionListHeading("%nOptions:%n").sortOptions(false);
    return spec;
  }

  /**
   * backtest, export and compare: a system from a config and data, on the config's or other instruments.
   *
   * @param name the command's name
   * @param synopsis the synopsis line
   * @param description its description
   * @param own its own options, listed first
   */
  static CommandSpec systemCommand(String name, String synopsis, String description, OptionSpec... own) {
    CommandSpec spec = command(name, synopsis, description);
    for (OptionSpec option : own) {
      spec.addOption(option);
    }
    spec.addOption(option(CONFIG, Path.class, "FILE.yaml", Kind.PATH, DEFAULT_CONFIG,
        "The pysystemtrade YAML config (default: " + DEFAULT_CONFIG + ").").build());
    spec.addOption(data());
    spec.addOption(option(INSTRUMENTS, InstrumentList.class, "A,B,C", Kind.INSTRUMENTS, null,
        "Run on these instruments instead of the config's; fixed instrument_weights become equal weights on "
            + "them.").build());
    spec.addOption(option(PROGRESS, Progress.class, "bar|log|none", Kind.PROGRESS, null,
        "The progress of estimations: a bar on standard error, log lines, or none (default: bar on a terminal, "
            + "log otherwise).").build());
    spec.addOption(cache());
    spec.addOption(flag(LENIENT, "Run a config with keys pystrade does not know (or does not implement) anyway, "
        + "with a warning for each, as 'strict: false' in the config does (default: such keys are errors)."));
    spec.addOption(help());
    return spec;
  }

  private static OptionSpec data() {
    return option(DATA, Path.class, "STORE", Kind.PATH, DEFAULT_DATA,
        "Data in pysystemtrade's CSV layout: adjusted_prices_csv/, multiple_prices_csv/, fx_prices_csv/, "
            + "csvconfig/, plain or gzipped (a folder or csv:DIR), or a store: parquet:DIR, arrow:DIR, jdbc:URL "
            + "(default: " + DEFAULT_DATA + ").").build();
  }

  /** {@code --cache DIR|none}: its value is the folder, or null for {@code none}. */
  private static OptionSpec cache() {
    return option(CACHE, Path.class, "DIR|none", Kind.CACHE,
        defaultCache().toString(),
        "The binary cache of parsed data files (default: the user's own, $XDG_CACHE_HOME/pystrade or "
            + "~/.cache/pystrade); none: read "
            + "the CSV files every time.").build();
  }

  /**
   * The default binary cache folder: the user's own, {@link CacheOptions#defaultDirectory()}.
   *
   * @return the folder
   */
  static Path defaultCache() {
    return CacheOptions.defaultDirectory();
  }

  private static OptionSpec help() {
    return OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build();
  }

  /**
   * An option with a value.
   *
   * @param name its name
   * @param type the type of its value
   * @param label the value in usage messages
   * @param kind how the value is read
   * @param defaultValue its default, or null
   * @param description what it does
   */
  static OptionSpec.Builder option(String name, Class<?> type, String label, Kind kind, String defaultValue,
      String description) {
    return OptionSpec.builder(name).type(type).paramLabel(label).converters(new Value(kind, name))
        .defaultValue(defaultValue).description(description);
  }

  /** How an option's value is read. */
  enum Kind {
    PATH, CACHE, BOOLEAN, TOLERANCE, COUNT, REPEATS, PROGRESS, RETENTION, FORMAT, INSTRUMENTS, LOG_FORMAT,
    LOG_LEVEL, VERSION
  }

  /**
   * Reads a value as an option of that kind does.
   *
   * @param kind how the value is read
   * @param name the option (or environment variable) named by the message of a bad value
   * @param value the value
   * @return the value read
   * @throws BadValue if the value is bad
   */
  static Object read(Kind kind, String name, String value) {
    return new Value(kind, name).convert(value);
  }

  /**
   * Reads an option's value; a bad one is a {@link BadValue} naming the option. One class for every option (and the
   * version), not a lambda each: every lambda costs the JVM a class of its own to spin at start-up.
   */
  private static final class Value implements ITypeConverter<Object>, CommandLine.IVersionProvider {
    private final Kind kind;
    private final String option;

    Value(Kind kind, String option) {
      this.kind = kind;
      this.option = option;
    }

    @Override
    public Object convert(String value) {
      switch (kind) {
        case PATH:
          return path(value);
        case CACHE:
          return value.equals("none") ? null : path(value);
        case BOOLEAN:
          if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
          }
          throw new BadValue(option + " must be true or false but was '" + value + "'");
        case TOLERANCE:
          return tolerance(value);
        case COUNT:
          return wholeNumber(value, 0);
        case REPEATS:
          return wholeNumber(value, 1);
        case PROGRESS:
          return choice(Progress.class, value, false);
        case RETENTION:
          return choice(Retention.class, value, false);
        case FORMAT:
          return choice(ResultFormat.class, value, false);
        case INSTRUMENTS:
          return InstrumentList.parse(value);
        case LOG_FORMAT:
          return choice(LogSettings.LogFormat.class, value, true);
        case LOG_LEVEL:
          return choice(LogSettings.LogLevel.class, value, true);
        default:
          throw new IllegalStateException(kind + " is not an option's value");
      }
    }

    @Override
    public String[] getVersion() throws IOException {
      return new String[] {"pystrade " + version()};
    }

    private Path path(String value) {
      if (value.isBlank()) {
        throw new BadValue(option + ": an empty path (expected a file or folder name)");
      }
      try {
        return Path.of(value);
      } catch (InvalidPathException ex) {
        throw new BadValue(option + " is not a valid path: " + ex.getMessage());
      }
    }

    /** A relative tolerance: a finite decimal at least 0. */
    private double tolerance(String value) {
      String expected = " (expected a decimal at least 0, such as 1e-9)";
      double tol;
      try {
        tol = Double.parseDouble(value.trim());
      } catch (NumberFormatException ex) {
        throw new BadValue(option + ": '" + value + "' is not a number" + expected);
      }
      if (Double.isNaN(tol)) {
        throw new BadValue(option + ": '" + value + "' is not a number" + expected);
      }
      if (Double.isInfinite(tol)) {
        throw new BadValue(option + ": '" + value + "' is infinite" + expected);
      }
      if (tol < 0) {
        throw new BadValue(option + ": '" + value + "' is negative" + expected);
      }
      return tol;
    }

    /** A whole number at least {@code min}, at most {@link Integer#MAX_VALUE}. */
    private int wholeNumber(String value, int min) {
      String expected = " (expected a whole number, " + min + " or more)";
      if (!value.trim().matches("[+-]?[0-9]+")) {
        throw new BadValue(option + ": '" + value + "' is not a whole number" + expected);
      }
      BigInteger n = new BigInteger(value.trim());
      if (n.bitLength() >= Integer.SIZE && n.signum() > 0) {
        throw new BadValue(option + ": '" + value + "' is too large" + expected);
      }
      if (n.compareTo(BigInteger.valueOf(min)) < 0) {
        throw new BadValue(option + ": '" + value + "' is less than " + min + expected);
      }
      return n.intValueExact();
    }

    /**
     * The constant of an enum named in lower case with hyphens ({@code IN_USE}: {@code in-use}), or in any case when
     * {@code anyCase}.
     */
    private <E extends Enum<E>> E choice(Class<E> type, String value, boolean anyCase) {
      E[] constants = type.getEnumConstants();
      StringBuilder allowed = new StringBuilder();
      for (int i = 0; i < constants.length; i++) {
        String name = constants[i].name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (name.equals(value) || anyCase && name.equalsIgnoreCase(value)) {
          return constants[i];
        }
        allowed.append(i == 0 ? "" : i == constants.length - 1 ? " or " : ", ").append(name);
      }
      throw new BadValue(option + " must be " + allowed + " but was '" + value + "'");
    }
  }

  /** The version of this build: {@code version.properties}, written by Maven's resource filtering. */
  static String version() throws IOException {
    try (InputStream in = Commands.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "(unknown version)";
      }
      java.util.Properties p = new java.util.Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return p.getProperty("version", "(unknown version)");
    }
  }
}
