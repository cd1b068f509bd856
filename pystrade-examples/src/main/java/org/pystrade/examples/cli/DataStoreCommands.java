package org.pystrade.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.data.check.DataCheck;
import org.pystrade.data.check.DataCheckReport;
import org.pystrade.data.csv.CacheOptions;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.store.StoreSimData;
import org.pystrade.data.stores.DataStores;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The {@code data} commands on stores, and the store specs of {@code --data}:
 * <ul>
 *   <li>{@code data convert --from STORE --to STORE}: copies a whole store (configuration, FX, then every
 *       instrument's series, one all-or-nothing update per instrument) into another of any kind; a series the
 *       source cannot read is named and not copied, and the exit code is then {@value Commands#PARTIAL};</li>
 *   <li>{@code data check --data STORE [--json FILE]}: the data-quality report of a store ({@link DataCheck}), as
 *       text on standard output and, with {@code --json}, as JSON in a file ({@code -}: JSON on standard output
 *       instead of the text);</li>
 *   <li>{@code data load --data STORE [--repeat K] [--cache DIR|none]}: times loading the universe (every
 *       instrument's adjusted and multiple prices and its FX rate into USD, instruments in parallel) from a store,
 *       K times in one JVM, each on freshly opened data.</li>
 * </ul>
 * A store is {@code csv:DIR}, {@code parquet:DIR}, {@code arrow:DIR} or {@code jdbc:URL}; a plain folder is a CSV
 * tree. {@code --data} of backtest, export, compare and bench takes the same specs
 * ({@link #openStore(Path)}).
 */
final class DataStoreCommands {

  /** The command group. */
  static final String DATA = "data";
  static final String CONVERT = "convert";
  static final String CHECK = "check";
  static final String LOAD = "load";

  private static final String FROM = "--from";
  private static final String TO = "--to";
  private static final String JSON = "--json";
  private static final String STORE = "--data";
  private static final String REPEAT = "--repeat";
  private static final String CACHE = "--cache";
  private static final String STORE_HELP = "csv:DIR, parquet:DIR, arrow:DIR or jdbc:URL (jdbc:sqlite:FILE, "
      + "jdbc:postgresql://HOST/DB?user=U&password=P); a plain folder is a CSV tree";

  private DataStoreCommands() {
  }

  /**
   * The {@code data} command and its subcommands.
   *
   * @return the spec
   */
  static CommandSpec spec() {
    CommandSpec data = command(DATA, Commands.JAR + " " + DATA + " COMMAND [OPTIONS]",
        "Data stores: convert between them, check their data, time loading them.");
    data.addSubcommand(CONVERT, new CommandLine(convert()));
    data.addSubcommand(CHECK, new CommandLine(check()));
    data.addSubcommand(LOAD, new CommandLine(load()));
    return data;
  }

  private static CommandSpec command(String name, String synopsis, String description) {
    CommandSpec spec = CommandSpec.create().name(name);
    spec.usageMessage().synopsisHeading("Usage: ").customSynopsis(synopsis).description(description)
        .optionListHeading("%nOptions:%n").sortOptions(false);
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.")
        .build());
    return spec;
  }

  private static OptionSpec text(String name, String label, boolean required, String defaultValue,
      String description) {
    return OptionSpec.builder(name).type(String.class).paramLabel(label).required(required)
        .defaultValue(defaultValue).description(description).build();
  }

  private static CommandSpec convert() {
    CommandSpec c = command(CONVERT, Commands.JAR + " " + DATA + " " + CONVERT + " --from STORE --to STORE",
        "Copy a whole store (configuration, FX, every instrument's series) into another store.");
    c.addOption(text(FROM, "STORE", true, null, "The store read: " + STORE_HELP + " (required)."));
    c.addOption(text(TO, "STORE", true, null, "The store written (created if need be; series already there and "
        + "not in the source are kept): " + STORE_HELP + " (required)."));
    return c;
  }

  private static CommandSpec check() {
    CommandSpec c = command(CHECK, Commands.JAR + " " + DATA + " " + CHECK + " --data STORE [--json FILE]",
        "Per-instrument data-quality report: dates, gaps, spikes, zero/negative and stale prices, duplicate "
            + "timestamps, missing pieces, and the instruments usable for a backtest.");
    c.addOption(text(STORE, "STORE", false, Commands.DEFAULT_DATA, "The store: " + STORE_HELP + " (default: "
        + Commands.DEFAULT_DATA + ")."));
    c.addOption(text(JSON, "FILE", false, null, "Also write the report as JSON to FILE; '-' prints the JSON "
        + "instead of the text."));
    return c;
  }

  private static CommandSpec load() {
    CommandSpec c = command(LOAD, Commands.JAR + " " + DATA + " " + LOAD + " --data STORE [--repeat K] "
        + "[--cache DIR|none]", "Time loading the universe from a store: every instrument's adjusted and "
            + "multiple prices and FX rate into USD, instruments in parallel, on freshly opened data each repeat.");
    c.addOption(text(STORE, "STORE", false, Commands.DEFAULT_DATA, "The store: " + STORE_HELP + " (default: "
        + Commands.DEFAULT_DATA + ")."));
    c.addOption(text(REPEAT, "K", false, "3", "How many loads in this JVM (default: 3; the first is cold)."));
    c.addOption(text(CACHE, "DIR|none", false, "none", "For a CSV tree: the binary cache of parsed files "
        + "(default: none, parse the CSV files)."));
    return c;
  }

  /**
   * Runs a {@code data} subcommand.
   *
   * @param data the parse of the {@code data} command
   * @param out standard output
   * @param err standard error
   * @return the exit code
   * @throws IOException if a file cannot be written
   */
  static int run(ParseResult data, PrintStream out, PrintStream err) throws IOException {
    if (!data.hasSubcommand()) {
      err.println("error: no data command given: " + CONVERT + ", " + CHECK + " or " + LOAD);
      data.commandSpec().commandLine().usage(err);
      return Commands.USAGE_ERROR;
    }
    CommandSpec sub = data.subcommand().commandSpec();
    switch (sub.name()) {
      case CONVERT:
        return convert(value(sub, FROM), value(sub, TO), out, err);
      case CHECK:
        return check(value(sub, STORE), value(sub, JSON), out, err);
      case LOAD:
        return load(value(sub, STORE), repeats(value(sub, REPEAT)), value(sub, CACHE), out, err);
      default:
        throw new IllegalStateException("no implementation of data " + sub.name());
    }
  }

  private static String value(CommandSpec command, String option) {
    return command.findOption(option).getValue();
  }

  private static int repeats(String text) {
    try {
      int k = Integer.parseInt(text.trim());
      if (k >= 1) {
        return k;
      }
    } catch (NumberFormatException ex) {
      // below
    }
    throw new IllegalArgumentException(REPEAT + ": '" + text + "' is not a whole number, 1 or more");
  }

  /** A store to read: a file store's folder must exist. */
  private static DataStores.Spec source(String option, String text) {
    DataStores.Spec spec = DataStores.Spec.parse(text);
    if (spec.backend() != DataStores.Backend.JDBC) {
      Path folder = spec.folder();
      if (!Files.isDirectory(folder)) {
        throw new IllegalArgumentException(option + " " + text + ": " + (Files.exists(folder) ? "not a folder"
            : "folder not found"));
      }
    }
    return spec;
  }

  private static int convert(String fromText, String toText, PrintStream out, PrintStream err) {
    DataStores.Spec from = source(FROM, fromText);
    DataStores.Spec to = DataStores.Spec.parse(toText);
    if (from.equals(to) || from.backend() == to.backend() && to.backend() != DataStores.Backend.JDBC
        && from.folder().toAbsolutePath().normalize().equals(to.folder().toAbsolutePath().normalize())) {
      throw new IllegalArgumentException(FROM + " and " + TO + " name the same store: " + from);
    }
    long t0 = System.nanoTime();
    try (DataStore source = DataStores.open(from, org.pystrade.data.store.StoreListener.NONE);
        DataStore target = DataStores.open(to, org.pystrade.data.store.StoreListener.NONE)) {
      int total = source.contents().instruments().size();
      AtomicInteger done = new AtomicInteger();
      DataStores.CopySummary s = DataStores.copy(source, target, item -> {
        int n = done.getAndIncrement();
        if (n > 0 && (n % 25 == 0 || n == total)) {
          err.printf(Locale.ROOT, "  %d of %d instruments copied%n", n, total);
        }
      });
      out.printf(Locale.ROOT, "copied %d instruments (%d series, %d rows) and the configuration from %s to %s "
          + "in %.1f s%n", s.instruments(), s.series(), s.rows(), source.location(), target.location(),
          (System.nanoTime() - t0) / 1e9);
      for (String skipped : s.skipped()) {
        out.println("not copied: " + skipped);
      }
      if (!s.skipped().isEmpty()) {
        err.println("partial copy: " + s.skipped().size() + " series could not be read and were not copied (exit "
            + "code " + Commands.PARTIAL + ")");
        return Commands.PARTIAL;
      }
    }
    return Commands.OK;
  }

  private static int check(String storeText, String json, PrintStream out, PrintStream err) throws IOException {
    DataStores.Spec spec = source(STORE, storeText);
    Path jsonFile = json == null || json.equals("-") ? null : Path.of(json);
    if (jsonFile != null) {
      Locations.outputFile(JSON, jsonFile);
    }
    DataCheckReport report;
    try (DataStore store = DataStores.open(spec, org.pystrade.data.store.StoreListener.NONE)) {
      report = new DataCheck(DataCheck.Options.defaults()).run(store, code -> { });
    }
    if ("-".equals(json)) {
      out.print(report.toJson());
    } else {
      out.print(report.toText());
    }
    if (jsonFile != null) {
      Files.writeString(jsonFile, report.toJson(), StandardCharsets.UTF_8);
      err.println("wrote " + jsonFile);
    }
    return Commands.OK;
  }

  private static int load(String storeText, int repeats, String cacheText, PrintStream out, PrintStream err) {
    DataStores.Spec spec = source(STORE, storeText);
    Path cache = cacheText.equals("none") ? null : Path.of(cacheText);
    if (cache != null) {
      Locations.cacheFolder(cache);
    }
    out.printf(Locale.ROOT, "load: %s%s, %d repeats, %d threads%n", spec,
        spec.isCsv() ? (cache == null ? " (parsing the CSV files)" : " (binary cache " + cache + ")") : "", repeats,
        java.util.concurrent.ForkJoinPool.commonPool().getParallelism());
    List<Double> seconds = new ArrayList<>();
    List<Double> cpuSeconds = new ArrayList<>();
    for (int r = 1; r <= repeats; r++) {
      long t0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      DataStore store = spec.isCsv() ? null : DataStores.open(spec, org.pystrade.data.store.StoreListener.NONE);
      try {
        FuturesSimData data = store == null
            ? (cache == null ? CsvFuturesSimData.open(spec.folder())
                : CsvFuturesSimData.open(spec.folder(), CacheOptions.in(cache)))
            : StoreSimData.of(store);
        AtomicLong rows = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        List<InstrumentCode> instruments = data.instruments();
        instruments.parallelStream().forEach(code -> {
          try {
            rows.addAndGet(data.adjustedPrices(code).size());
            rows.addAndGet(data.multiplePrices(code).size());
            data.fxRateForInstrument(code, Currency.USD);
          } catch (DataException ex) {
            failed.incrementAndGet();
          }
        });
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        seconds.add(s);
        cpuSeconds.add(cpu);
        out.printf(Locale.ROOT, "repeat %d: %d instruments (%d failed), %d rows in %.3f s (CPU %.3f s)%n", r,
            instruments.size(), failed.get(), rows.get(), s, cpu);
      } finally {
        if (store != null) {
          store.close();
        }
      }
    }
    out.printf(Locale.ROOT, "cold %.3f s, warm median %.3f s (CPU: cold %.3f s, warm median %.3f s)%n",
        seconds.get(0), warmMedian(seconds), cpuSeconds.get(0), warmMedian(cpuSeconds));
    return Commands.OK;
  }

  private static double warmMedian(List<Double> values) {
    List<Double> warm = values.size() > 1 ? new ArrayList<>(values.subList(1, values.size())) : new ArrayList<>(values);
    warm.sort(null);
    return warm.get(warm.size() / 2);
  }

  /**
   * The CPU time of the whole process (all threads, the collector's too), less sensitive than wall time to a busy
   * machine; -1 where the JVM cannot tell.
   */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
  }

  /**
   * The backtest's data for a {@code --data} value that names a store other than a CSV tree ({@code parquet:DIR},
   * {@code arrow:DIR}, {@code jdbc:URL}); empty for a CSV tree ({@code csv:DIR} or a plain folder), which the
   * commands open as before ({@link #csvFolder(Path)}).
   *
   * @param data the {@code --data} value
   * @return the data over the store
   * @throws IllegalArgumentException if a file store's folder does not exist
   */
  static Optional<FuturesSimData> openStore(Path data) {
    DataStores.Spec spec = DataStores.Spec.parse(text(data));
    if (spec.isCsv()) {
      return Optional.empty();
    }
    source(Commands.DATA, text(data));
    DataStore store = DataStores.open(spec, org.pystrade.data.store.StoreListener.NONE);
    try {
      return Optional.of(StoreSimData.of(store));
    } catch (DataException ex) {
      store.close();
      throw new DataException(ReasonCode.MISSING_DATA, "cannot read the store " + spec + ": " + ex.getMessage(), ex);
    }
  }

  /**
   * Checks a {@code --data} value before anything is run: a CSV tree's folder as {@link Locations#dataFolder}, a
   * file store's folder exists.
   *
   * @param data the {@code --data} value
   */
  static void checkData(Path data) {
    DataStores.Spec spec = DataStores.Spec.parse(text(data));
    if (spec.isCsv()) {
      Locations.dataFolder(csvFolder(data));
    } else {
      source(Commands.DATA, text(data));
    }
  }

  /**
   * The store spec of a {@code --data} value, which the command line reads as a path: a path joins the two slashes
   * of {@code jdbc:postgresql://HOST/DB} into one, and {@code jdbc:postgresql:/HOST} (not a PostgreSQL URL) gets
   * them back.
   *
   * @param data the {@code --data} value
   * @return the spec's text
   */
  static String text(Path data) {
    String t = data.toString();
    String pg = "jdbc:postgresql:/";
    if (t.startsWith(pg) && t.length() > pg.length() && t.charAt(pg.length()) != '/') {
      return pg + "/" + t.substring(pg.length());
    }
    return t;
  }

  /**
   * The folder of a CSV tree given as {@code --data}: {@code csv:DIR} is {@code DIR}, a plain folder itself.
   *
   * @param data the {@code --data} value
   * @return the folder
   */
  static Path csvFolder(Path data) {
    String text = data.toString();
    return text.startsWith("csv:") ? Path.of(text.substring("csv:".length())) : data;
  }
}
