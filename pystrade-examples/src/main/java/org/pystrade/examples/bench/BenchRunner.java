package org.pystrade.examples.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.csv.CacheOptions;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.csv.Retention;
import org.pystrade.data.store.StoreListener;
import org.pystrade.data.store.StoreSimData;
import org.pystrade.data.stores.DataStores;

/**
 * The {@code bench} command: the pysystemtrade comparison workload, timed in process.
 *
 * <h2>Workload</h2>
 * The seven chapter-15 rules with their fixed forecast scalars, the fixed forecast weights, FDM, forecast cap,
 * IDM, volatility target and capital of the config ({@code sample-data/configs/chapter15.yaml} unless
 * {@code --config} names another), but with {@code instrument_weights} removed and the {@code instruments} key set
 * to N instruments, so that every instrument has the equal weight 1/N (pysystemtrade's behaviour without
 * {@code instrument_weights}). The whole portfolio P&amp;L is computed and its statistics are printed.
 *
 * <h2>Which instruments</h2>
 * The first N <em>usable</em> instruments of the data directory in sorted code order, where usable means: it has an
 * adjusted prices file, a multiple prices file, a row in {@code csvconfig/instrumentconfig.csv} and an FX rate (a
 * file, its inverse or a USD cross) for its currency into the config's base currency. The system itself leaves out
 * and reports any of them whose data then fails.
 *
 * <h2>What is measured</h2>
 * For each of K repeats, on a fresh {@link CsvFuturesSimData} and a fresh system: <b>load</b>, <b>compute</b>
 * (system built, every stage run, portfolio P&amp;L and its statistics), <b>wall</b> (the whole repeat), <b>CPU</b>
 * (the process's CPU time during the repeat, every thread's: the computation's, the JIT compilers', the
 * collector's), the peak heap in use during the repeat (sum of the heap pools' peak usage, reset before each
 * repeat) and the GC count and time. How files are read depends on {@code --retain}:
 * <ul>
 *   <li>{@code in-use} (the default, {@link Retention#IN_USE}): files are read when the system first needs them,
 *       during compute, and let go once the system has derived its daily series from them, as a whole-universe
 *       run should; <b>load</b> is then the time spent reading files summed over the threads that read them (part
 *       of compute, not added to it);</li>
 *   <li>{@code all} ({@link Retention#ALL}): every file of the N instruments and their FX is read first,
 *       instruments in parallel, and kept; <b>load</b> is that phase's wall time and wall = load + compute.</li>
 * </ul> The first repeat runs on a cold
 * JVM; later ones show warm (JIT-compiled) performance. The time from JVM start to the first statistics printed is
 * reported too.
 *
 * <p>The data is opened with the binary cache of parsed files ({@link CacheOptions}) in {@code --cache DIR} (default:
 * the user's cache folder, {@link CacheOptions#defaultDirectory()}, as for the other commands): the first run fills it,
 * later runs (and processes) read the columns back instead of parsing CSV. {@code --cache none} parses the gzipped
 * CSV files every time (the cold figures).
 */
public final class BenchRunner {

  private final Path dataDir;
  private final SystemConfig baseConfig;
  private final int instrumentCount;
  private final int repeats;
  private final Path cacheDir;
  private final Retention retention;

  /**
   * Creates a runner.
   *
   * @param dataDir data in pysystemtrade's CSV layout
   * @param baseConfig the chapter-15 config (its {@code instrument_weights} are ignored)
   * @param instrumentCount N, or 0 for every usable instrument
   * @param repeats K, at least 1
   * @param cacheDir the binary cache of parsed files ({@link CacheOptions}), or null to parse the CSV files
   * @param retention how long price files are kept once read
   */
  public BenchRunner(Path dataDir, SystemConfig baseConfig, int instrumentCount, int repeats, Path cacheDir,
      Retention retention) {
    if (repeats < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1 but was " + repeats);
    }
    if (instrumentCount < 0) {
      throw new IllegalArgumentException("--instruments must be at least 1 but was " + instrumentCount);
    }
    this.dataDir = dataDir;
    this.baseConfig = baseConfig;
    this.instrumentCount = instrumentCount;
    this.repeats = repeats;
    this.cacheDir = cacheDir;
    this.retention = retention;
  }

  /** The data spec of {@code --data}: a CSV tree (a folder or {@code csv:DIR}), or another store. */
  private DataStores.Spec spec() {
    String text = dataDir.toString();
    // the command line reads --data as a path, which joins the two slashes of jdbc:postgresql://HOST/DB
    if (text.startsWith("jdbc:postgresql:/") && !text.startsWith("jdbc:postgresql://")) {
      text = "jdbc:postgresql://" + text.substring("jdbc:postgresql:/".length());
    }
    return DataStores.Spec.parse(text);
  }

  private FuturesSimData open() {
    DataStores.Spec spec = spec();
    if (!spec.isCsv()) {
      return StoreSimData.of(DataStores.open(spec, StoreListener.NONE));
    }
    CsvFuturesSimData data = cacheDir == null ? CsvFuturesSimData.open(spec.folder())
        : CsvFuturesSimData.open(spec.folder(), CacheOptions.in(cacheDir));
    return data.retaining(retention);
  }

  /**
   * The usable instruments of a store other than a CSV tree, sorted: with adjusted and multiple prices, configured
   * and with an FX rate into the base currency.
   */
  private static List<InstrumentCode> usableInstruments(StoreSimData data, Currency baseCurrency) {
    Set<InstrumentCode> withMultiple = new TreeSet<>(data.store().contents().multiple());
    List<InstrumentCode> out = new ArrayList<>();
    for (InstrumentCode c : data.instruments()) {
      try {
        if (withMultiple.contains(c)) {
          data.fxRate(data.meta(c).currency(), baseCurrency);
          out.add(c);
        }
      } catch (DataException ex) {
        // not usable
      }
    }
    return out;
  }

  /**
   * The usable instruments of a data directory, sorted (see the class documentation).
   *
   * @param data the data
   * @param baseCurrency the account currency
   * @return the usable instruments
   */
  public static List<InstrumentCode> usableInstruments(CsvFuturesSimData data, Currency baseCurrency) {
    Set<InstrumentCode> withMultiple = new TreeSet<>(data.instrumentsWithMultiplePrices());
    Set<InstrumentCode> missingFx = new TreeSet<>();
    data.missingFx(baseCurrency).values().forEach(missingFx::addAll);
    List<InstrumentCode> out = new ArrayList<>();
    for (InstrumentCode c : data.instruments()) {
      if (withMultiple.contains(c) && !missingFx.contains(c) && configured(data, c)) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean configured(CsvFuturesSimData data, InstrumentCode c) {
    try {
      data.meta(c);
      return true;
    } catch (DataException ex) {
      return false;
    }
  }

  /** One repeat's measurements. */
  public record Run(int repeat, int instruments, int leftOut, double loadSeconds, double computeSeconds,
      double wallSeconds, double cpuSeconds, long peakHeapBytes, long gcCount, double gcSeconds, double sharpe) {
  }

  /**
   * The config of the workload for a list of instruments.
   *
   * @param base the chapter-15 config
   * @param instruments the instruments
   * @return the config with equal instrument weights over them
   */
  public static SystemConfig workloadConfig(SystemConfig base, List<InstrumentCode> instruments) {
    List<String> names = new ArrayList<>();
    instruments.forEach(c -> names.add(c.value()));
    return base.without("instrument_weights").toBuilder().set("instruments", names).build();
  }

  /**
   * Runs the repeats, printing a line per repeat.
   *
   * @param out where progress goes
   * @return the runs
   */
  public List<Run> run(PrintStream out) {
    Currency base = Currency.of(baseConfig.getString("base_currency"));
    long t0 = System.nanoTime();
    List<InstrumentCode> usable;
    if (spec().isCsv()) {
      usable = usableInstruments(CsvFuturesSimData.open(spec().folder()), base);
    } else {
      StoreSimData selection = (StoreSimData) open();
      try {
        usable = usableInstruments(selection, base);
      } finally {
        selection.store().close();
      }
    }
    if (usable.isEmpty()) {
      throw new DataException(ReasonCode.INSUFFICIENT_DATA, "no usable instrument in " + dataDir);
    }
    int n = instrumentCount == 0 ? usable.size() : instrumentCount;
    if (n > usable.size()) {
      throw new IllegalArgumentException("--instruments " + n + " but " + dataDir + " has only " + usable.size()
          + " usable instruments");
    }
    List<InstrumentCode> chosen = List.copyOf(usable.subList(0, n));
    SystemConfig config = workloadConfig(baseConfig, chosen);
    double selectSeconds = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "bench: %d of %d usable instruments (first in sorted order), %d threads, %d repeats,"
        + " files kept: %s; selection %.3f s%n", n, usable.size(), Parallel.defaults().threads(), repeats,
        retention.name().toLowerCase(Locale.ROOT).replace('_', '-'), selectSeconds);
    List<Run> runs = new ArrayList<>();
    for (int r = 1; r <= repeats; r++) {
      resetPeaks();
      long gcCount0 = gcCount();
      long gcTime0 = gcMillis();
      long cpu0 = processCpuNanos();
      long a = System.nanoTime();
      FuturesSimData data = open();
      // a store other than a CSV tree is read first, in full: its load is that phase's wall time
      boolean readFirst = retention == Retention.ALL || !(data instanceof CsvFuturesSimData);
      if (readFirst) {
        Parallel.defaults().map(chosen, code -> preload(data, code, base));
      }
      long b = System.nanoTime();
      TradingSystem system = TradingSystem.fromYaml(config, data);
      PandlCurve portfolio = system.accounts().portfolio();
      AccountStats stats = AccountStats.of(portfolio.netPercent());
      long c = System.nanoTime();
      long cpu1 = processCpuNanos();
      double load = readFirst ? (b - a) / 1e9 : ((CsvFuturesSimData) data).readSeconds();
      Run run = new Run(r, system.instruments().size(), system.failures().size(), load, (c - b) / 1e9,
          (c - a) / 1e9, cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) / 1e9, peakHeap(),
          gcCount() - gcCount0, (gcMillis() - gcTime0) / 1e3, stats.sharpe());
      runs.add(run);
      if (r == 1) {
        double sinceStart = (System.currentTimeMillis()
            - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        out.printf(Locale.ROOT, "first statistics %.3f s after JVM start (sharpe %.4f)%n", sinceStart,
            stats.sharpe());
        system.failures().forEach(f -> out.println("left out " + f));
        if (data instanceof CsvFuturesSimData csv) {
          out.printf(Locale.ROOT, "price files read: %d (%.3f s summed over threads)%n", csv.filesRead(),
              csv.readSeconds());
        }
      }
      out.printf(Locale.ROOT, "repeat %d: load %.3f s, compute %.3f s, wall %.3f s, CPU %.3f s, peak heap %.0f MB,"
          + " GC %d / %.3f s%n", r, run.loadSeconds(), run.computeSeconds(), run.wallSeconds(), run.cpuSeconds(),
          run.peakHeapBytes() / 1e6, run.gcCount(), run.gcSeconds());
      if (data instanceof StoreSimData store) {
        store.store().close();
      }
    }
    return runs;
  }

  /** Reads everything an instrument needs; a failure is left for the system to report. */
  private static Object preload(FuturesSimData data, InstrumentCode code, Currency base) {
    try {
      data.adjustedPrices(code);
      data.multiplePrices(code);
      data.fxRateForInstrument(code, base);
    } catch (DataException ex) {
      return ex;
    }
    return null;
  }

  /**
   * A markdown table of runs, with a summary row (median of the warm repeats when there are several).
   *
   * @param runs the runs
   * @return the table
   */
  public static String markdown(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    sb.append("| repeat | instruments | left out | load s | compute s | wall s | CPU s | peak heap MB | GC count "
        + "| GC s |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Run r : runs) {
      sb.append(String.format(Locale.ROOT, "| %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.0f | %d | %.3f |%n",
          r.repeat(), r.instruments(), r.leftOut(), r.loadSeconds(), r.computeSeconds(), r.wallSeconds(),
          r.cpuSeconds(), r.peakHeapBytes() / 1e6, r.gcCount(), r.gcSeconds()));
    }
    List<Run> warm = runs.size() > 1 ? runs.subList(1, runs.size()) : runs;
    Run first = runs.get(0);
    sb.append(String.format(Locale.ROOT,
        "| %s median | %d | %d | %.3f | %.3f | %.3f | %.3f | %.0f | | |%n", runs.size() > 1 ? "warm" : "cold",
        first.instruments(), first.leftOut(), median(warm, Run::loadSeconds), median(warm, Run::computeSeconds),
        median(warm, Run::wallSeconds), median(warm, Run::cpuSeconds), median(warm, x -> x.peakHeapBytes() / 1e6)));
    return sb.toString();
  }

  private static double median(List<Run> runs, ToDoubleFunction<Run> f) {
    double[] v = runs.stream().mapToDouble(f).sorted().toArray();
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  /**
   * The {@code bench} command's options.
   *
   * @param data {@code --data}: data in pysystemtrade's CSV layout
   * @param instruments {@code --instruments N}: N, or 0 for every usable instrument
   * @param repeats {@code --repeat K}: K, at least 1
   * @param out {@code --out FILE}: where the markdown table is also written, or null
   * @param config {@code --config FILE.yaml}: the chapter-15 config, or null for the copy bundled in the jar
   * @param cache {@code --cache DIR}: the binary cache of parsed files, or null ({@code --cache none}) to parse the
   *     CSV files
   * @param retention {@code --retain in-use|all}: how long price files are kept once read
   */
  public record Options(Path data, int instruments, int repeats, Path out, Path config, Path cache,
      Retention retention) {
  }

  /**
   * The {@code bench} command.
   *
   * @param options the command's options
   * @param out standard output
   * @return the exit code
   * @throws IOException if the table cannot be written
   */
  public static int command(Options options, PrintStream out) throws IOException {
    Path data = options.data();
    BenchRunner runner = new BenchRunner(data, config(options.config()), options.instruments(), options.repeats(),
        options.cache(), options.retention());
    List<Run> runs = runner.run(out);
    String table = markdown(runs);
    out.print(table);
    if (options.out() != null) {
      Path p = options.out();
      if (p.toAbsolutePath().getParent() != null) {
        Files.createDirectories(p.toAbsolutePath().getParent());
      }
      String header = String.format(Locale.ROOT, "Benchmark: %s, %d instruments, %d threads, java %s%n%n",
          data, runs.get(0).instruments(), Parallel.defaults().threads(), System.getProperty("java.version"));
      Files.writeString(p, header + table, StandardCharsets.UTF_8);
      out.println("wrote " + p);
    }
    return 0;
  }

  /** The named config file, else the chapter-15 config bundled in the jar (a copy of sample-data's). */
  static SystemConfig config(Path file) throws IOException {
    if (file != null) {
      return SystemConfig.fromYaml(file);
    }
    try (var in = BenchRunner.class.getResourceAsStream("chapter15.yaml")) {
      if (in == null) {
        throw new IOException("the bundled chapter15.yaml is missing from the jar; pass --config FILE.yaml");
      }
      return SystemConfig.fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), "chapter15.yaml");
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The CPU time of the whole process (every thread: the computation's, the compilers', the collector's), or -1. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1;
  }

  private static long gcCount() {
    long c = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      c += Math.max(0, gc.getCollectionCount());
    }
    return c;
  }

  private static long gcMillis() {
    long c = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      c += Math.max(0, gc.getCollectionTime());
    }
    return c;
  }
}
