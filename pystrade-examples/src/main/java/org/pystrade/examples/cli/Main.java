package org.pystrade.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.Messages;
import org.pystrade.data.csv.CacheOptions;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.csv.Retention;
import org.pystrade.examples.bench.BenchRunner;
import org.pystrade.optimisation.PysystemtradeEstimators;
import org.pystrade.optimisation.fitting.EstimationProgress;

/**
 * The {@code pystrade.jar} command line: {@code backtest}, {@code export}, {@code compare}, {@code bench}.
 */
public final class Main {

  private static final String USAGE = String.join("\n",
      "usage: java -jar pystrade.jar <command> [options]",
      "commands:",
      "  backtest --config FILE.yaml --data DIR [--detail true] [--progress bar|log|none]",
      "                                               run a backtest and print the portfolio statistics",
      "                                               (--detail: also per instrument and per trading rule)",
      "  export   --config FILE.yaml --data DIR --out DIR",
      "                                               write per-instrument and portfolio CSVs (golden layout)",
      "  compare  --config FILE.yaml --data DIR --golden DIR [--tol 1e-9]",
      "                                               compare with pysystemtrade's golden exports (exit code 3",
      "                                               when cells are outside the tolerance)",
      "  bench    --data DIR [--instruments N] [--repeat K] [--out FILE] [--config FILE.yaml] [--cache DIR]",
      "           [--retain in-use|all]",
      "                                               time the chapter-15 workload on the first N usable instruments",
      "                                               (--retain all: read every file first and keep it)",
      "defaults: --config sample-data/configs/chapter15.yaml --data sample-data",
      "backtest, export and compare take --instruments A,B,C to replace the config's instruments (fixed instrument",
      "weights in the config become equal weights on them)",
      "backtest, export and compare show the progress of estimations (--progress: a bar on a terminal, else log",
      "lines; none: nothing)",
      "backtest, export, compare and bench keep a binary cache of parsed data files in --cache DIR (default: the",
      "pystrade-cache folder in the temporary directory; --cache none to read the CSV files every time)");

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
    if (args.length == 0 || Arrays.asList(args).contains("--help")
        || Arrays.asList(args).contains("-h")) {
      out.println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    try {
      Map<String, String> opts = options(args);
      switch (args[0]) {
        case "backtest":
          return backtest(opts, out, progress(opts, err));
        case "export":
          return export(opts, out, progress(opts, err));
        case "compare":
          return compare(opts, out, progress(opts, err));
        case "bench":
          return BenchRunner.command(opts, out);
        default:
          err.println("unknown command '" + args[0] + "'");
          err.println(USAGE);
          return 2;
      }
    } catch (ConfigException | DataException | IllegalArgumentException ex) {
      err.println("error: " + ex.getMessage());
      return 1;
    } catch (IOException ex) {
      err.println("error: " + ex);
      return 1;
    }
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + a + "'");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + a + " needs a value");
      }
      m.put(a.substring(2), args[++i]);
    }
    return m;
  }

  /**
   * The estimations' progress listener chosen by {@code --progress}: {@code bar} (the default on a terminal),
   * {@code log} (SLF4J lines, the default otherwise) or {@code none}.
   */
  static EstimationProgress progress(Map<String, String> opts, PrintStream err) {
    String mode = opts.getOrDefault("progress", System.console() != null ? "bar" : "log");
    switch (mode) {
      case "bar":
        return new ConsoleProgress(err);
      case "log":
        return EstimationProgress.logging();
      case "none":
        return EstimationProgress.silent();
      default:
        throw new IllegalArgumentException("--progress must be bar, log or none but was '" + mode + "'");
    }
  }

  /** Ends the progress bar's line, if there is one. */
  private static void endProgress(EstimationProgress progress) {
    if (progress instanceof ConsoleProgress) {
      ((ConsoleProgress) progress).finish();
    }
  }

  /** The codes of {@code --instruments A,B,C}, in the order given. */
  static List<String> instrumentList(String value) {
    List<String> codes = new ArrayList<>();
    for (String c : value.split(",")) {
      String code = c.trim();
      if (code.isEmpty()) {
        throw new IllegalArgumentException("--instruments needs comma-separated instrument codes but was '" + value
            + "'");
      }
      if (codes.contains(code)) {
        throw new IllegalArgumentException("--instruments names " + code + " twice");
      }
      codes.add(code);
    }
    return codes;
  }

  static TradingSystem system(Map<String, String> opts, EstimationProgress progress) {
    List<String> codes = opts.containsKey("instruments") ? instrumentList(opts.get("instruments")) : null;
    Path configFile = Path.of(opts.getOrDefault("config", "sample-data/configs/chapter15.yaml"));
    Path data = Path.of(opts.getOrDefault("data", "sample-data"));
    String cache = opts.getOrDefault("cache",
        Path.of(System.getProperty("java.io.tmpdir"), "pystrade-cache").toString());
    // the data directory is opened while the config is parsed (both are start-up costs of a short run)
    // price files are let go once the system has its daily series from them (Retention.IN_USE): a whole-universe
    // run then needs memory for its daily series, not for every intraday file
    CompletableFuture<CsvFuturesSimData> simData = CompletableFuture.supplyAsync(() -> (cache.equals("none")
        ? CsvFuturesSimData.open(data) : CsvFuturesSimData.open(data, CacheOptions.in(Path.of(cache))))
        .retaining(Retention.IN_USE));
    SystemConfig config = SystemConfig.fromYaml(configFile);
    try {
      TradingSystem.Builder builder = TradingSystem.builder().config(config).data(simData.join())
          .estimators(PysystemtradeEstimators.standard(progress));
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

  private static int backtest(Map<String, String> opts, PrintStream out, EstimationProgress progress) {
    long start = System.nanoTime();
    TradingSystem system = system(opts, progress);
    var portfolio = system.accounts().portfolio();
    long elapsed = System.nanoTime() - start;
    endProgress(progress);
    out.println("pystrade backtest: " + system.instruments().size() + " instruments "
        + Messages.list(system.instruments()) + ", rules " + system.tradingRules().keySet());
    reportFailures(system, out);
    out.println(StatsTable.format(portfolio));
    out.printf("computed in %.3f s%n", elapsed / 1e9);
    if (opts.containsKey("detail") && !opts.get("detail").equals("false")) {
      out.println(StatsTable.byInstrument(system));
      out.println(StatsTable.byRule(system));
    }
    return 0;
  }

  private static void reportFailures(TradingSystem system, PrintStream out) {
    for (InstrumentFailure f : system.failures()) {
      out.println("left out " + f);
    }
    for (InstrumentFailure w : system.warnings()) {
      out.println("warning " + w + " — kept in the portfolio as pysystemtrade keeps it (config "
          + "leave_out_defective_instruments: True leaves it out)");
    }
  }

  private static int export(Map<String, String> opts, PrintStream out, EstimationProgress progress)
      throws IOException {
    String dir = opts.get("out");
    if (dir == null) {
      throw new IllegalArgumentException("export needs --out DIR");
    }
    TradingSystem system = system(opts, progress);
    system.accounts().portfolio();
    endProgress(progress);
    List<Path> files = new ArrayList<>(new Exporter(system).exportAll(Path.of(dir)));
    EstimationExporter estimated = new EstimationExporter(system);
    if (estimated.isEstimated()) {
      files.addAll(estimated.exportAll(Path.of(dir)));
    }
    SummaryJson.write(system, Path.of(dir).resolve("summary.json"));
    reportFailures(system, out);
    out.println("wrote " + (files.size() + 1) + " files to " + dir);
    return 0;
  }

  /**
   * A golden folder's file {@code NAME.csv.gz}, or {@code NAME.csv} when only that exists (pysystemtrade exports
   * of one's own are often not compressed).
   */
  static Path goldenFile(String dir, String name) {
    Path gz = Path.of(dir).resolve(name + ".csv.gz");
    Path plain = Path.of(dir).resolve(name + ".csv");
    return !gz.toFile().exists() && plain.toFile().exists() ? plain : gz;
  }

  private static int compare(Map<String, String> opts, PrintStream out, EstimationProgress progress)
      throws IOException {
    String golden = opts.get("golden");
    if (golden == null) {
      throw new IllegalArgumentException("compare needs --golden DIR");
    }
    double tol = Double.parseDouble(opts.getOrDefault("tol", "1e-9"));
    if (!Files.isDirectory(Path.of(golden))) {
      throw new IllegalArgumentException("golden folder " + golden + " not found");
    }
    TradingSystem system = system(opts, progress);
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
      Map<String, Supplier<Map<String, TimeSeries>>> files = new LinkedHashMap<>();
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
    return bad == 0 ? 0 : 3;
  }
}
