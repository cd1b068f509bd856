package org.pystrade.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.ConfigProblem;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.results.ResultColumns;
import org.pystrade.core.results.ResultWriter;
import org.pystrade.core.results.SystemResults;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.Messages;
import org.pystrade.core.util.Suggestions;
import org.pystrade.data.csv.CacheOptions;
import org.pystrade.data.csv.Retention;
import org.pystrade.data.results.ResultFormat;
import org.pystrade.examples.bench.BenchRunner;
import org.pystrade.optimisation.PysystemtradeEstimators;
import org.pystrade.optimisation.fitting.EstimationProgress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * The {@code pystrade.jar} command line: {@code backtest}, {@code export}, {@code compare}, {@code bench}.
 *
 * <p>Options are parsed by picocli ({@link Commands}); an unknown option or command, a stray argument, a bad value
 * or a missing required option is a usage error. Exit codes:
 * <ul>
 *   <li>{@value Commands#OK}: success;</li>
 *   <li>{@value Commands#DATA_ERROR}: a config, data or file error: a missing, unreadable or invalid config (not a
 *       regular file, not UTF-8, not a YAML mapping, an unknown key...), data folder, cache folder or golden file, an
 *       {@code --instruments} code the data has no prices for, an output location that cannot be written or (for
 *       {@code export}) a non-empty folder without {@code --overwrite}, or {@code compare} comparing nothing; a
 *       message on standard error naming the file (and line), no stack trace;</li>
 *   <li>{@value Commands#USAGE_ERROR}: a usage error, found while parsing the command line: nothing was run;</li>
 *   <li>{@value Commands#MISMATCH}: {@code compare} found cells outside the tolerance, or an instrument of the
 *       golden portfolio missing from ours;</li>
 *   <li>{@value Commands#PARTIAL}: {@code backtest} or {@code export} ran and printed its results, but left
 *       instruments out of the portfolio or kept some with a defect warning; {@code --allow-partial} exits
 *       {@value Commands#OK} instead.</li>
 * </ul>
 * Paths are checked before anything is computed: an {@code export --out} or {@code bench --out} that cannot be
 * written fails at once, not after the run.
 *
 * <p>Logging: every command takes {@code --log-format text|json}, {@code --log-level} and {@code --log-file} (or
 * {@code PYSTRADE_LOG_FORMAT}, {@code PYSTRADE_LOG_LEVEL}, {@code PYSTRADE_LOG_FILE}), read before anything can log
 * and applied by {@link LogConfigurator}; with JSON, what the command line prints on standard error itself is a JSON
 * line too, so that standard error holds JSON lines only.
 */
public final class Main {

  private Main() {
  }

  /**
   * Entry point.
   *
   * @param args command line
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs a command.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error (with JSON logs, each message printed there is written as a JSON line; the log lines
   *     themselves go to {@link System#err} or the log file)
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    LogSettings logs;
    try {
      logs = LogSettings.of(args, System.getenv());
    } catch (Commands.BadValue ex) {
      err.println("error: " + ex.getMessage());
      err.println("'" + Commands.JAR + " --help' lists the commands and the log options.");
      return Commands.USAGE_ERROR;
    }
    if (logs.format() == LogSettings.LogFormat.TEXT) {
      return run(args, logs, out, err);
    }
    // logging JSON: what the command line prints on standard error becomes JSON lines too
    try (PrintStream json = JsonErrorStream.of(err, logs, LogRedaction.environment())) {
      return run(args, logs, out, json);
    }
  }

  /** Runs a command with its log settings: they are in force before anything can log. */
  private static int run(String[] args, LogSettings logs, PrintStream out, PrintStream err) {
    if (logs.file() != null) {
      try {
        Locations.outputFile(LogSettings.FILE_OPTION, logs.file());
      } catch (IllegalArgumentException ex) {
        LogConfigurator.use(new LogSettings(logs.format(), logs.level(), null));
        err.println("error: " + ex.getMessage());
        return Commands.DATA_ERROR;
      }
    }
    LogConfigurator.use(logs);
    Prefetch prefetch = Prefetch.start(args);
    CommandLine line = Commands.commandLine(args);
    line.setOut(writer(out));
    line.setErr(writer(err));
    ParseResult parsed;
    try {
      parsed = line.parseArgs(args);
    } catch (ParameterException ex) {
      return usageError(ex, args, err);
    }
    Integer help = CommandLine.executeHelpRequest(parsed);
    if (help != null) {
      return help;
    }
    if (!parsed.hasSubcommand()) {
      err.println("error: no command given: one of " + String.join(", ", line.getSubcommands().keySet()));
      line.usage(line.getErr());
      return Commands.USAGE_ERROR;
    }
    CommandSpec command = parsed.subcommand().commandSpec();
    try {
      switch (command.name()) {
        case Commands.BACKTEST:
          return backtest(systemOptions(command, prefetch), value(command, Commands.DETAIL),
              flag(command, Commands.ALLOW_PARTIAL), out, err, progress(command, err));
        case Commands.EXPORT:
          return export(systemOptions(command, prefetch), value(command, Commands.OUT),
              value(command, Commands.FORMAT), flag(command, Commands.OVERWRITE), flag(command, Commands.ALLOW_PARTIAL), out, err,
              progress(command, err));
        case Commands.COMPARE:
          return compare(systemOptions(command, prefetch), value(command, Commands.GOLDEN),
              value(command, Commands.TOL), out, err, progress(command, err));
        case Commands.BENCH:
          return bench(command, out);
        case Commands.SWEEP:
          return SweepCommand.run(systemOptions(command, prefetch), value(command, Commands.STUDY),
              value(command, Commands.OUT), value(command, Commands.REPORT), value(command, Commands.THREADS),
              flag(command, Commands.ALLOW_PARTIAL), out, err);
        case DataPipelineCommands.DATA:
          return DataCommands.run(parsed.subcommand(), out, err);
        case BrokerCommands.BROKER:
          return BrokerCommands.run(parsed.subcommand(), out, err);
        case ProductionCommands.PRODUCTION:
          return ProductionCommands.run(parsed.subcommand(), out, err);
        case ReportCommand.NAME:
          return ReportCommand.run(systemOptions(command, prefetch), command, out, err, progress(command, err));
        default:
          throw new IllegalStateException("no implementation of command " + command.name());
      }
    } catch (ConfigException | DataException | IllegalArgumentException ex) {
      err.println("error: " + ex.getMessage());
      return Commands.DATA_ERROR;
    } catch (IOException ex) {
      err.println("error: " + Locations.reason(ex));
      return Commands.DATA_ERROR;
    }
  }

  /** {@code bench}: its data, cache and output file are checked before it runs. */
  private static int bench(CommandSpec command, PrintStream out) throws IOException {
    Path data = value(command, Commands.DATA);
    Path cache = value(command, Commands.CACHE);
    Path file = value(command, Commands.OUT);
    DataStoreCommands.checkData(data);
    Locations.cacheFolder(cache);
    if (file != null) {
      Locations.outputFile(Commands.OUT, file);
    }
    return BenchRunner.command(new BenchRunner.Options(data, value(command, Commands.INSTRUMENTS),
        value(command, Commands.REPEAT), file, value(command, Commands.CONFIG), cache,
        value(command, Commands.RETAIN)), out);
  }

  /** Reports a usage error: the message, picocli's suggestions (did you mean ...) and where help is. */
  private static int usageError(ParameterException ex, String[] args, PrintStream err) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    boolean top = spec.parent() == null;
    String message;
    if (ex.getCause() instanceof Commands.BadValue) {
      message = ex.getCause().getMessage();
    } else if (top && ex instanceof UnmatchedArgumentException && LogSettings.fromCommand(args).length > 0
        && !LogSettings.fromCommand(args)[0].startsWith("-")) {
      message = "unknown command '" + LogSettings.fromCommand(args)[0] + "'";
    } else if (ex instanceof UnmatchedArgumentException && optionalValue(spec, args,
        ((UnmatchedArgumentException) ex).getUnmatched()) != null) {
      // "--detail maybe": an option whose value may be left out, followed by a value it does not take
      String option = optionalValue(spec, args, ((UnmatchedArgumentException) ex).getUnmatched());
      message = option + " takes true or false, or nothing, but was followed by '"
          + ((UnmatchedArgumentException) ex).getUnmatched().get(0) + "'";
    } else {
      message = ex.getMessage();
    }
    err.println("error: " + message);
    PrintWriter suggestions = writer(err);
    UnmatchedArgumentException.printSuggestions(ex, suggestions);
    suggestions.flush();
    err.println(top ? "'" + Commands.JAR + " --help' lists the commands."
        : "'" + spec.qualifiedName() + " --help' shows its options.");
    return Commands.USAGE_ERROR;
  }

  /**
   * The option before the first unmatched argument, if that option's value may be left out (arity 0..1): picocli
   * then reads a bad value ({@code --detail maybe}) as a stray argument.
   */
  private static String optionalValue(CommandSpec spec, String[] args, List<String> unmatched) {
    if (unmatched.isEmpty()) {
      return null;
    }
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals(unmatched.get(0))) {
        picocli.CommandLine.Model.OptionSpec option = spec.findOption(args[i - 1]);
        if (option != null && option.arity().min() == 0 && option.arity().max() == 1) {
          return args[i - 1];
        }
        return null;
      }
    }
    return null;
  }

  /** A writer onto a print stream, in the stream's own encoding. */
  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] chars, int offset, int length) {
        stream.print(new String(chars, offset, length));
      }

      @Override
      public void flush() {
        stream.flush();
      }

      @Override
      public void close() {
        stream.flush();
      }
    }, true);
  }

  /** An option's value (its default when not given). */
  private static <T> T value(CommandSpec command, String option) {
    return command.findOption(option).getValue();
  }

  /** Whether a flag (an option without a value) was given. */
  private static boolean flag(CommandSpec command, String option) {
    return Boolean.TRUE.equals(command.findOption(option).getValue());
  }

  /**
   * What builds a system: the config file, the data folder, the binary cache (null: none), the instruments
   * (null: the config's) and whether unknown config keys are only warnings.
   */
  record SystemOptions(Path config, Path data, Path cache, List<String> instruments, boolean lenient,
      Prefetch prefetch) {
  }

  private static SystemOptions systemOptions(CommandSpec command, Prefetch prefetch) {
    Commands.InstrumentList instruments = value(command, Commands.INSTRUMENTS);
    return new SystemOptions(value(command, Commands.CONFIG), value(command, Commands.DATA),
        value(command, Commands.CACHE), instruments == null ? null : instruments.codes(),
        flag(command, Commands.LENIENT), prefetch);
  }

  /**
   * The estimations' progress listener chosen by {@code --progress}: {@code bar} (the default on a terminal),
   * {@code log} (SLF4J lines, the default otherwise) or {@code none}.
   */
  static EstimationProgress progress(CommandSpec command, PrintStream err) {
    Commands.Progress mode = value(command, Commands.PROGRESS);
    if (mode == null) {
      // a bar is for a terminal, and not among JSON lines
      mode = System.console() != null && LogConfigurator.format() == LogSettings.LogFormat.TEXT
          ? Commands.Progress.BAR : Commands.Progress.LOG;
    }
    switch (mode) {
      case BAR:
        return new ConsoleProgress(err);
      case LOG:
        return EstimationProgress.logging();
      default:
        return EstimationProgress.silent();
    }
  }

  /** Ends the progress bar's line, if there is one. */
  static void endProgress(EstimationProgress progress) {
    if (progress instanceof ConsoleProgress) {
      ((ConsoleProgress) progress).finish();
    }
  }

  /**
   * Builds the system of backtest, export and compare: every command-line system is built here.
   *
   * @param options the config, data, cache and instruments
   * @param progress the estimations' progress listener
   * @return the system, not yet computed
   */
  static TradingSystem system(SystemOptions options, EstimationProgress progress) {
    return system(options, progress, UnaryOperator.identity());
  }

  /**
   * Builds the system of backtest, export and compare from the config as {@code adjust} changes it.
   *
   * @param options the config, data, cache and instruments
   * @param progress the estimations' progress listener
   * @param adjust what is done to the config before the system is built from it
   * @return the system, not yet computed
   */
  static TradingSystem system(SystemOptions options, EstimationProgress progress,
      UnaryOperator<SystemConfig> adjust) {
    List<String> codes = options.instruments();
    Path configFile = options.config();
    Path data = options.data();
    Path cache = options.cache();
    // the data directory is opened while the config is parsed (both are start-up costs of a short run)
    // price files are let go once the system has its daily series from them (Retention.IN_USE): a whole-universe
    // run then needs memory for its daily series, not for every intraday file
    // (both usually started while the command line was parsed: see Prefetch)
    CompletableFuture<FuturesSimData> simData = options.prefetch().data(data, cache)
        .orElseGet(() -> CompletableFuture.supplyAsync(() -> Prefetch.open(data, cache)));
    SystemConfig config = adjust.apply(options.prefetch().config(configFile)
        .orElseGet(() -> SystemConfig.fromYaml(configFile)));
    try {
      // the data may still be opening: the system reads and checks its config and rules meanwhile
      TradingSystem.Builder builder = TradingSystem.builder().config(config).data(new PendingData(simData))
          .estimators(PysystemtradeEstimators.standard(progress));
      if (options.lenient()) {
        builder.strict(false);
      }
      if (codes != null) {
        checkInstruments(codes, Prefetch.join(simData).instruments(), data);
        builder.set("instruments", codes);
        if (config.has("instrument_weights")) {
          Map<String, Double> equal = new LinkedHashMap<>();
          codes.forEach(c -> equal.put(c, 1.0 / codes.size()));
          builder.instrumentWeights(equal);
        }
      }
      return builder.build();
    } catch (CompletionException ex) {
      if (ex.getCause() instanceof RuntimeException) {
        throw (RuntimeException) ex.getCause();
      }
      throw ex;
    }
  }

  /**
   * Refuses codes of {@code --instruments} that the data has no adjusted prices for (a typo would otherwise only
   * leave the instrument out), with the nearest known code.
   */
  private static void checkInstruments(List<String> codes, List<InstrumentCode> known, Path data) {
    List<String> knownCodes = new ArrayList<>();
    known.forEach(c -> knownCodes.add(c.value()));
    List<String> unknown = new ArrayList<>();
    for (String code : codes) {
      if (!knownCodes.contains(code)) {
        unknown.add(code + Suggestions.hint(code, knownCodes));
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(Commands.INSTRUMENTS + " names " + String.join(", ", unknown)
          + ", which the data in " + data + " has no adjusted prices for; instruments with data: "
          + Messages.list(knownCodes));
    }
  }

  private static int backtest(SystemOptions options, boolean detail, boolean allowPartial, PrintStream out,
      PrintStream err, EstimationProgress progress) {
    long start = System.nanoTime();
    TradingSystem system = system(options, progress);
    var portfolio = system.accounts().portfolio();
    long elapsed = System.nanoTime() - start;
    endProgress(progress);
    out.println("pystrade backtest: " + system.instruments().size() + " instruments "
        + Messages.list(system.instruments()) + ", rules " + system.tradingRules().keySet());
    reportFailures(system, out);
    out.println(StatsTable.format(portfolio));
    String estimates = StatsTable.estimates(system);
    if (!estimates.isEmpty()) {
      out.println(estimates);
    }
    out.printf("computed in %.3f s%n", elapsed / 1e9);
    if (ResultColumns.optimises(system)) {
      long opt = System.nanoTime();
      var optimised = system.optimisedPositions().portfolio();
      for (InstrumentFailure f : system.optimisedPositions().failures()) {
        out.println("left out of the optimisation " + f);
      }
      for (InstrumentFailure w : system.optimisedPositions().warnings()) {
        out.println("warning (optimisation) " + w + " — kept as pysystemtrade keeps it (config "
            + "leave_out_defective_instruments: True leaves it out)");
      }
      out.println("optimised portfolio (dynamic optimisation, small_system):");
      out.println(StatsTable.format(optimised));
      out.printf("optimised in %.3f s%n", (System.nanoTime() - opt) / 1e9);
    }
    if (detail) {
      out.println(StatsTable.byInstrument(system));
      out.println(StatsTable.byRule(system));
    }
    return partial(system, allowPartial, err);
  }

  static void reportFailures(TradingSystem system, PrintStream out) {
    for (ConfigProblem p : system.configProblems()) {
      out.println("warning " + p.message()
          + (p.kind() == ConfigProblem.Kind.SUSPICIOUS_VALUE ? ""
          : p.kind() == ConfigProblem.Kind.DUPLICATE_KEY ? " (--lenient or strict: false)"
          : " — ignored (--lenient or strict: false)"));
    }
    List<InstrumentFailure> leftOut = system.failures();
    for (InstrumentFailure f : leftOut) {
      out.println("left out " + f);
    }
    if (!leftOut.isEmpty() && !system.instruments().isEmpty()) {
      // the others' numbers from the portfolio on are not those of a run with the instruments left out
      String without = String.join(", ", codes(leftOut));
      out.println("note: the instrument weights of " + Messages.list(system.instruments())
          + " are those of a portfolio without " + without + " (pysystemtrade renormalises fixed weights over the "
          + "instruments with a position): their notional positions and P&L differ from a run with " + without
          + ", their forecasts and subsystem positions do not");
    }
    for (InstrumentFailure w : system.warnings()) {
      // a data defect's warning says what it affects and which data_defects: setting leaves it out; a defective
      // P&L's is left out by another key
      out.println("warning " + w + (w.code() == ReasonCode.DEFECTIVE_RESULT ? " — kept in the portfolio as "
          + "pysystemtrade keeps it (config leave_out_defective_instruments: True leaves it out)" : ""));
    }
  }

  /**
   * The exit code of a backtest or export whose results are printed: {@value Commands#PARTIAL} (with a line on
   * standard error) when instruments were left out of the portfolio or kept with a defect warning, unless
   * {@code --allow-partial}; {@value Commands#OK} otherwise.
   */
  static int partial(TradingSystem system, boolean allowPartial, PrintStream err) {
    List<InstrumentFailure> leftOut = system.failures();
    List<InstrumentFailure> warned = system.warnings();
    if (allowPartial || leftOut.isEmpty() && warned.isEmpty()) {
      return Commands.OK;
    }
    List<String> what = new ArrayList<>();
    if (!leftOut.isEmpty()) {
      what.add(instruments(leftOut) + " left out of the portfolio");
    }
    if (!warned.isEmpty()) {
      what.add(instruments(warned) + " kept with a defect warning");
    }
    err.println("partial result: " + String.join(", ", what) + " (exit code " + Commands.PARTIAL + "; "
        + Commands.ALLOW_PARTIAL + " exits " + Commands.OK + ")");
    return Commands.PARTIAL;
  }

  /** "1 instrument (V2X)", "2 instruments (MXP, V2X)". */
  private static String instruments(List<InstrumentFailure> failures) {
    List<String> codes = codes(failures);
    return codes.size() + (codes.size() == 1 ? " instrument (" : " instruments (") + String.join(", ", codes) + ")";
  }

  /** The instruments of failures, each once, in order. */
  private static List<String> codes(List<InstrumentFailure> failures) {
    List<String> codes = new ArrayList<>();
    failures.forEach(f -> {
      if (!codes.contains(f.instrument().value())) {
        codes.add(f.instrument().value());
      }
    });
    return codes;
  }

  private static int export(SystemOptions options, Path dir, ResultFormat format, boolean overwrite,
      boolean allowPartial, PrintStream out, PrintStream err, EstimationProgress progress) throws IOException {
    // the folder is checked before anything is computed: a bad --out fails at once, not after the run
    Locations.ExportFolder folder = Locations.ExportFolder.check(dir, overwrite, options.cache());
    TradingSystem system = system(options, progress);
    system.accounts().portfolio();
    endProgress(progress);
    List<Path> files = new ArrayList<>();
    List<Path> removed;
    try (ResultWriter writer = format.open()) {
      files.addAll(writer.writeAll(SystemResults.of(system), dir));
      Path summary = dir.resolve("summary.json");
      SummaryJson.write(system, summary);
      files.add(summary);
      removed = folder.removeStale(files);
    } catch (IOException ex) {
      throw new IOException("export to " + dir + " failed: " + Locations.reason(ex), ex);
    }
    reportFailures(system, out);
    out.println("wrote " + files.size() + " files to " + dir
        + (removed.isEmpty() ? "" : " (and removed " + removed.size() + " files of the previous export there)"));
    return partial(system, allowPartial, err);
  }

  /**
   * A golden folder's file {@code NAME.csv.gz}, or {@code NAME.csv} when only that exists (pysystemtrade exports
   * of one's own are often not compressed).
   */
  static Path goldenFile(Path dir, String name) {
    Path gz = dir.resolve(name + ".csv.gz");
    Path plain = dir.resolve(name + ".csv");
    return !gz.toFile().exists() && plain.toFile().exists() ? plain : gz;
  }

  /**
   * {@code compare}. Exit codes: {@value Commands#MISMATCH} when a cell is outside the tolerance or an instrument of
   * the golden portfolio is missing from ours; {@value Commands#DATA_ERROR} (thrown) when a golden file is malformed
   * or nothing could be compared (no golden file for the system, or not one golden value).
   */
  private static int compare(SystemOptions options, Path golden, double tol, PrintStream out, PrintStream err,
      EstimationProgress progress) throws IOException {
    Locations.goldenFolder(golden);
    // outputs of what pystrade does not implement yet are reported, not compared: see NotYetSupported
    NotYetSupported[] notYet = new NotYetSupported[1];
    TradingSystem system = system(options, progress, config -> {
      notYet[0] = NotYetSupported.of(config);
      return notYet[0].config();
    });
    system.accounts().portfolio();
    endProgress(progress);
    ResultColumns columns = new ResultColumns(system);
    Comparison comparison = new Comparison(tol, out, notYet[0]::column);
    for (InstrumentCode code : system.configuredInstruments()) {
      Path f = goldenFile(golden, code.value());
      if (f.toFile().exists()) {
        comparison.file("== " + code, f, () -> ourColumns(columns, code));
      }
    }
    // the estimates of an estimated system, where the golden directory has them
    for (InstrumentCode code : system.instruments()) {
      Map<String, Supplier<Map<String, TimeSeries>>> files = new LinkedHashMap<>();
      files.put("forecast_scalars", () -> columns.forecastScalars(code));
      files.put("forecast_weights", () -> columns.forecastWeights(code));
      files.put("fdm", () -> columns.fdm(code));
      for (var file : files.entrySet()) {
        Path f = goldenFile(golden, code.value() + "." + file.getKey());
        if (f.toFile().exists()) {
          comparison.file("== " + code + " " + file.getKey(), f, file.getValue(), file.getKey().equals("fdm")
              ? "fdm" : null);
        }
      }
    }
    Path pf = goldenFile(golden, "portfolio");
    if (pf.toFile().exists()) {
      comparison.fileUnlessNotYet("portfolio", pf, columns::portfolio, notYet[0]);
    }
    Path wf = goldenFile(golden, "instrument_weights");
    Map<String, TimeSeries> goldenWeights = null;
    if (wf.toFile().exists()) {
      goldenWeights = comparison.file("== instrument weights", wf,
          columns::instrumentWeights);
    }
    Path idm = goldenFile(golden, "idm");
    if (idm.toFile().exists()) {
      comparison.file("== idm", idm, columns::idm, "idm");
    }
    compareRiskAndOptimisation(system, columns, golden, comparison);
    List<String> missing = missingInstruments(system, golden, goldenWeights);
    long cells = comparison.results.stream().mapToLong(GoldenComparison.ColumnResult::compared).sum();
    long bad = comparison.results.stream().mapToLong(GoldenComparison.ColumnResult::mismatched).sum();
    double worst = comparison.results.stream().mapToDouble(GoldenComparison.ColumnResult::worstRelError).max()
        .orElse(0);
    out.printf("TOTAL %d cells, %d outside tolerance %.1g, worst relative error %.3g%n", cells, bad, tol, worst);
    List<String> unread = NotYetSupported.unreadGoldenFiles(golden, comparison.read);
    if (!unread.isEmpty()) {
      out.println("NOT COMPARED (compare has no comparison for them): " + String.join(", ", unread));
    }
    if (comparison.notYetColumns > 0 || comparison.notYetFiles > 0) {
      out.printf("NOT YET SUPPORTED (not compared): %d columns of compared files, %d whole files%n",
          comparison.notYetColumns, comparison.notYetFiles);
    }
    if (comparison.results.isEmpty()) {
      throw new IllegalArgumentException("nothing compared: " + golden + " has no file for the system's instruments "
          + system.instruments() + " (NAME.csv.gz or NAME.csv, portfolio, instrument_weights, idm)");
    }
    if (cells == 0) {
      throw new IllegalArgumentException("nothing compared: the golden files in " + golden + " ("
          + comparison.files + " files, " + comparison.results.size() + " columns) have no values to compare");
    }
    for (String m : missing) {
      err.println("error: " + m);
    }
    if (bad > 0) {
      err.println("error: " + bad + " of " + cells + " cells outside the tolerance");
    }
    return bad == 0 && missing.isEmpty() ? Commands.OK : Commands.MISMATCH;
  }

  /**
   * The risk overlay's and the dynamic optimisation's files, where the golden folder has them:
   * {@code notional_position_before_risk_scaling}, {@code risk_overlay}, {@code risk_stage},
   * {@code optimised_positions}, {@code INSTRUMENT.optimised}, {@code optimised_portfolio}.
   */
  private static void compareRiskAndOptimisation(TradingSystem system, ResultColumns columns, Path golden,
      Comparison comparison) throws IOException {
    Map<String, Supplier<Map<String, TimeSeries>>> files = new LinkedHashMap<>();
    files.put("notional_position_before_risk_scaling", columns::notionalBeforeRiskScaling);
    files.put("risk_overlay", columns::riskOverlay);
    files.put("risk_stage", columns::riskStage);
    files.put("optimised_positions", columns::optimisedPositions);
    for (InstrumentCode code : system.instruments()) {
      files.put(code.value() + ".optimised", () -> columns.optimisedInstrument(code));
    }
    files.put("optimised_portfolio", columns::optimisedPortfolio);
    for (var file : files.entrySet()) {
      Path f = goldenFile(golden, file.getKey());
      if (f.toFile().exists()) {
        comparison.file("== " + file.getKey(), f, file.getValue());
      }
    }
  }

  /** Our columns of an instrument's file: none if even its prices cannot be had (every golden cell then fails). */
  private static Map<String, TimeSeries> ourColumns(ResultColumns columns, InstrumentCode code) {
    try {
      return columns.instrument(code);
    } catch (DataException ex) {
      return Map.of();
    }
  }

  /**
   * The instruments of the golden portfolio that ours lacks, each with why if known. The golden portfolio's
   * instruments are the columns of its {@code instrument_weights} file, or, without one, the instruments of this run
   * that have a golden file.
   */
  private static List<String> missingInstruments(TradingSystem system, Path golden,
      Map<String, TimeSeries> goldenWeights) {
    Set<String> goldenInstruments = new LinkedHashSet<>();
    if (goldenWeights != null) {
      goldenInstruments.addAll(goldenWeights.keySet());
    } else {
      for (InstrumentCode code : system.configuredInstruments()) {
        if (goldenFile(golden, code.value()).toFile().exists()) {
          goldenInstruments.add(code.value());
        }
      }
    }
    Set<String> ours = new HashSet<>();
    system.instruments().forEach(c -> ours.add(c.value()));
    Set<String> configured = new HashSet<>();
    system.configuredInstruments().forEach(c -> configured.add(c.value()));
    Map<String, String> why = new HashMap<>();
    system.failures().forEach(f -> why.putIfAbsent(f.instrument().value(), "left out: " + f.reason()));
    List<String> missing = new ArrayList<>();
    for (String code : goldenInstruments) {
      if (!ours.contains(code)) {
        missing.add("golden instrument " + code + " is missing from ours: " + why.getOrDefault(code,
            configured.contains(code) ? "not in the portfolio"
                : "not among this run's instruments (the config's instrument_weights or instruments, or "
                    + Commands.INSTRUMENTS + ")"));
      }
    }
    return missing;
  }

  /** The columns compared so far, printed as they are compared. */
  private static final class Comparison {
    private final double tol;
    private final PrintStream out;
    private final Function<String, Optional<String>> notYetColumn;
    private final List<GoldenComparison.ColumnResult> results = new ArrayList<>();
    private int files;
    private int notYetColumns;
    private int notYetFiles;
    /** The golden files read or reported as not yet supported. */
    private final Set<Path> read = new HashSet<>();

    /**
     * A comparison.
     *
     * @param tol the relative tolerance
     * @param out where each column's result is printed
     * @param notYetColumn why a golden column of an instrument's file is not compared (empty: it is)
     */
    Comparison(double tol, PrintStream out, Function<String, Optional<String>> notYetColumn) {
      this.tol = tol;
      this.out = out;
      this.notYetColumn = notYetColumn;
    }

    /** Reports a golden file whose outputs pystrade does not compute yet. */
    void notYet(String heading, String reason) {
      notYetFiles++;
      out.println(heading + ": not yet supported, not compared: " + reason);
    }

    /** Compares a golden file, or reports it when pystrade cannot compare it yet. */
    void fileUnlessNotYet(String name, Path file, Supplier<Map<String, TimeSeries>> ours, NotYetSupported notYet)
        throws IOException {
      Optional<String> why = notYet.file(name);
      if (why.isPresent()) {
        read.add(file);
        notYet("== " + name, why.get());
      } else {
        file("== " + name, file, ours);
      }
    }

    Map<String, TimeSeries> file(String heading, Path file, Supplier<Map<String, TimeSeries>> ours)
        throws IOException {
      return file(heading, file, ours, null);
    }

    /**
     * Compares every column of a golden file with ours.
     *
     * @param heading the line printed first
     * @param file the golden file
     * @param ours our columns
     * @param required a column the golden file must have (null: none)
     * @return the golden columns
     */
    Map<String, TimeSeries> file(String heading, Path file, Supplier<Map<String, TimeSeries>> ours,
        String required) throws IOException {
      Map<String, TimeSeries> golden = GoldenComparison.read(file);
      read.add(file);
      if (required != null) {
        GoldenComparison.column(golden, required, file);
      }
      files++;
      out.println(heading);
      Map<String, TimeSeries> mine = ours.get();
      Map<String, List<String>> notYetByReason = new LinkedHashMap<>();
      for (Map.Entry<String, TimeSeries> e : golden.entrySet()) {
        Optional<String> notYet = notYetColumn.apply(e.getKey());
        if (notYet.isPresent()) {
          notYetColumns++;
          notYetByReason.computeIfAbsent(notYet.get(), k -> new ArrayList<>()).add(e.getKey());
          continue;
        }
        TimeSeries our = mine.get(e.getKey());
        var r = GoldenComparison.compare(e.getKey(), e.getValue(), our, tol, 1e-12);
        results.add(r);
        out.println("  " + r + (our == null ? " — ours has no column " + e.getKey() : ""));
      }
      notYetByReason.forEach((reason, columns) -> out.println("  " + String.join(", ", columns)
          + ": not yet supported, not compared: " + reason));
      return golden;
    }
  }
}
