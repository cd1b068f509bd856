package org.pystrade.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.ConfigProblem;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.csv.CacheOptions;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.csv.Retention;
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
 * or a missing required option is a usage error. Exit codes: {@value Commands#OK} success,
 * {@value Commands#DATA_ERROR} a config or data error (a message on standard error, no stack trace),
 * {@value Commands#USAGE_ERROR} a usage error, {@value Commands#MISMATCH} {@code compare} found cells outside the
 * tolerance.
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
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
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
      line.usage(line.getErr());
      return Commands.USAGE_ERROR;
    }
    CommandSpec command = parsed.subcommand().commandSpec();
    try {
      switch (command.name()) {
        case Commands.BACKTEST:
          return backtest(systemOptions(command, prefetch), value(command, Commands.DETAIL), out,
              progress(command, err));
        case Commands.EXPORT:
          return export(systemOptions(command, prefetch), value(command, Commands.OUT), out, progress(command, err));
        case Commands.COMPARE:
          return compare(systemOptions(command, prefetch), value(command, Commands.GOLDEN),
              value(command, Commands.TOL), out, progress(command, err));
        case Commands.BENCH:
          return BenchRunner.command(new BenchRunner.Options(value(command, Commands.DATA),
              value(command, Commands.INSTRUMENTS), value(command, Commands.REPEAT), value(command, Commands.OUT),
              value(command, Commands.CONFIG), value(command, Commands.CACHE), value(command, Commands.RETAIN)), out);
        default:
          throw new IllegalStateException("no implementation of command " + command.name());
      }
    } catch (ConfigException | DataException | IllegalArgumentException ex) {
      err.println("error: " + ex.getMessage());
      return Commands.DATA_ERROR;
    } catch (IOException ex) {
      err.println("error: " + ex);
      return Commands.DATA_ERROR;
    }
  }

  /** Reports a usage error: the message, picocli's suggestions (did you mean ...) and where help is. */
  private static int usageError(ParameterException ex, String[] args, PrintStream err) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    boolean top = spec.parent() == null;
    String message;
    if (ex.getCause() instanceof Commands.BadValue) {
      message = ex.getCause().getMessage();
    } else if (top && ex instanceof UnmatchedArgumentException && args.length > 0 && !args[0].startsWith("-")) {
      message = "unknown command '" + args[0] + "'";
    } else {
      message = ex.getMessage();
    }
    err.println("error: " + message);
    PrintWriter suggestions = writer(err);
    UnmatchedArgumentException.printSuggestions(ex, suggestions);
    suggestions.flush();
    err.println(top ? "'" + Commands.JAR + " --help' lists the commands."
        : "'" + Commands.JAR + " " + spec.name() + " --help' shows its options.");
    return Commands.USAGE_ERROR;
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
        command.findOption(Commands.LENIENT).getValue() != null
            && (Boolean) command.findOption(Commands.LENIENT).getValue(), prefetch);
  }

  /**
   * The estimations' progress listener chosen by {@code --progress}: {@code bar} (the default on a terminal),
   * {@code log} (SLF4J lines, the default otherwise) or {@code none}.
   */
  static EstimationProgress progress(CommandSpec command, PrintStream err) {
    Commands.Progress mode = value(command, Commands.PROGRESS);
    if (mode == null) {
      mode = System.console() != null ? Commands.Progress.BAR : Commands.Progress.LOG;
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
  private static void endProgress(EstimationProgress progress) {
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
    List<String> codes = options.instruments();
    Path configFile = options.config();
    Path data = options.data();
    Path cache = options.cache();
    // the data directory is opened while the config is parsed (both are start-up costs of a short run)
    // price files are let go once the system has its daily series from them (Retention.IN_USE): a whole-universe
    // run then needs memory for its daily series, not for every intraday file
    // (both usually started while the command line was parsed: see Prefetch)
    CompletableFuture<CsvFuturesSimData> simData = options.prefetch().data(data, cache)
        .orElseGet(() -> CompletableFuture.supplyAsync(() -> Prefetch.open(data, cache)));
    SystemConfig config = options.prefetch().config(configFile).orElseGet(() -> SystemConfig.fromYaml(configFile));
    try {
      // the data may still be opening: the system reads and checks its config and rules meanwhile
      TradingSystem.Builder builder = TradingSystem.builder().config(config).data(new PendingData(simData))
          .estimators(PysystemtradeEstimators.standard(progress));
      if (options.lenient()) {
        builder.strict(false);
      }
      if (codes != null) {
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

  private static int backtest(SystemOptions options, boolean detail, PrintStream out, EstimationProgress progress) {
    long start = System.nanoTime();
    TradingSystem system = system(options, progress);
    var portfolio = system.accounts().portfolio();
    long elapsed = System.nanoTime() - start;
    endProgress(progress);
    out.println("pystrade backtest: " + system.instruments().size() + " instruments "
        + org.pystrade.core.util.Messages.list(system.instruments()) + ", rules " + system.tradingRules().keySet());
    reportFailures(system, out);
    out.println(StatsTable.format(portfolio));
    out.printf("computed in %.3f s%n", elapsed / 1e9);
    if (detail) {
      out.println(StatsTable.byInstrument(system));
      out.println(StatsTable.byRule(system));
    }
    return 0;
  }

  private static void reportFailures(TradingSystem system, PrintStream out) {
    for (ConfigProblem p : system.configProblems()) {
      out.println("warning " + p.message() + " — ignored (--lenient)");
    }
    for (InstrumentFailure f : system.failures()) {
      out.println("left out " + f);
    }
    for (InstrumentFailure w : system.warnings()) {
      out.println("warning " + w + " — kept in the portfolio as pysystemtrade keeps it (config "
          + "leave_out_defective_instruments: True leaves it out)");
    }
  }

  private static int export(SystemOptions options, Path dir, PrintStream out, EstimationProgress progress)
      throws IOException {
    TradingSystem system = system(options, progress);
    system.accounts().portfolio();
    endProgress(progress);
    List<Path> files = new ArrayList<>(new Exporter(system).exportAll(dir));
    EstimationExporter estimated = new EstimationExporter(system);
    if (estimated.isEstimated()) {
      files.addAll(estimated.exportAll(dir));
    }
    SummaryJson.write(system, dir.resolve("summary.json"));
    reportFailures(system, out);
    out.println("wrote " + (files.size() + 1) + " files to " + dir);
    return 0;
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

  private static int compare(SystemOptions options, Path golden, double tol, PrintStream out,
      EstimationProgress progress) throws IOException {
    if (!java.nio.file.Files.isDirectory(golden)) {
      throw new IllegalArgumentException("golden folder " + golden + " not found");
    }
    TradingSystem system = system(options, progress);
    system.accounts().portfolio();
    endProgress(progress);
    Exporter exporter = new Exporter(system);
    List<GoldenComparison.ColumnResult> results = new ArrayList<>();
    for (InstrumentCode code : system.instruments()) {
      Path f = goldenFile(golden, code.value());
      if (!f.toFile().exists()) {
        continue;
      }
      Map<String, TimeSeries> g = GoldenComparison.read(f);
      Map<String, TimeSeries> ours = exporter.instrumentColumns(code);
      out.println("== " + code);
      for (Map.Entry<String, TimeSeries> e : g.entrySet()) {
        var r = GoldenComparison.compare(e.getKey(), e.getValue(), ours.get(e.getKey()), tol, 1e-12);
        results.add(r);
        out.println("  " + r);
      }
    }
    // the estimates of an estimated system, where the golden directory has them
    EstimationExporter estimates = new EstimationExporter(system);
    for (InstrumentCode code : system.instruments()) {
      Map<String, java.util.function.Supplier<Map<String, TimeSeries>>> files = new java.util.LinkedHashMap<>();
      files.put("forecast_scalars", () -> estimates.forecastScalars(code));
      files.put("forecast_weights", () -> estimates.forecastWeights(code));
      files.put("fdm", () -> estimates.fdm(code));
      for (var file : files.entrySet()) {
        Path f = goldenFile(golden, code.value() + "." + file.getKey());
        if (!f.toFile().exists()) {
          continue;
        }
        out.println("== " + code + " " + file.getKey());
        Map<String, TimeSeries> ours = file.getValue().get();
        for (Map.Entry<String, TimeSeries> e : GoldenComparison.read(f).entrySet()) {
          var r = GoldenComparison.compare(e.getKey(), e.getValue(), ours.get(e.getKey()), tol, 1e-12);
          results.add(r);
          out.println("  " + r);
        }
      }
    }
    Path pf = goldenFile(golden, "portfolio");
    if (pf.toFile().exists()) {
      out.println("== portfolio");
      Map<String, TimeSeries> g = GoldenComparison.read(pf);
      Map<String, TimeSeries> ours = exporter.portfolioColumns();
      for (Map.Entry<String, TimeSeries> e : g.entrySet()) {
        var r = GoldenComparison.compare(e.getKey(), e.getValue(), ours.get(e.getKey()), tol, 1e-12);
        results.add(r);
        out.println("  " + r);
      }
    }
    Path wf = goldenFile(golden, "instrument_weights");
    if (wf.toFile().exists()) {
      out.println("== instrument weights");
      Map<String, TimeSeries> g = GoldenComparison.read(wf);
      Map<String, TimeSeries> ours = system.portfolio().instrumentWeights().toMap();
      for (Map.Entry<String, TimeSeries> e : g.entrySet()) {
        var r = GoldenComparison.compare(e.getKey(), e.getValue(), ours.get(e.getKey()), tol, 1e-12);
        results.add(r);
        out.println("  " + r);
      }
    }
    Path idm = goldenFile(golden, "idm");
    if (idm.toFile().exists()) {
      out.println("== idm");
      var r = GoldenComparison.compare("idm", GoldenComparison.read(idm).get("idm"),
          system.portfolio().instrumentDiversificationMultiplier(), tol, 1e-12);
      results.add(r);
      out.println("  " + r);
    }
    long cells = results.stream().mapToLong(GoldenComparison.ColumnResult::compared).sum();
    long bad = results.stream().mapToLong(GoldenComparison.ColumnResult::mismatched).sum();
    double worst = results.stream().mapToDouble(GoldenComparison.ColumnResult::worstRelError).max().orElse(0);
    out.printf("TOTAL %d cells, %d outside tolerance %.1g, worst relative error %.3g%n", cells, bad, tol, worst);
    if (results.isEmpty()) {
      throw new IllegalArgumentException("nothing compared: " + golden + " has no file for the system's instruments "
          + system.instruments());
    }
    return bad == 0 ? Commands.OK : Commands.MISMATCH;
  }
}
