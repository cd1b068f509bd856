package org.pystrade.data.csv;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.pystrade.core.data.DailyPrices;
import org.pystrade.core.data.DataDefect;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.FxRates;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.RollCycle;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.core.util.Messages;
import org.pystrade.data.ipc.ArrowIpc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link FuturesSimData} over pysystemtrade's CSV directory layout, as its {@code csvFuturesSimData} reads it:
 *
 * <pre>
 * DIR/adjusted_prices_csv/INSTRUMENT.csv[.gz]   DATETIME,price
 * DIR/multiple_prices_csv/INSTRUMENT.csv[.gz]   DATETIME,CARRY,CARRY_CONTRACT,PRICE,PRICE_CONTRACT,FORWARD,FORWARD_CONTRACT
 * DIR/fx_prices_csv/XXXYYY.csv[.gz]             DATETIME,PRICE   (value of one XXX in YYY)
 * DIR/csvconfig/instrumentconfig.csv            Instrument,Description,Pointsize,Currency,AssetClass,PerBlock,...
 * DIR/csvconfig/spreadcosts.csv                 Instrument,SpreadCost        (optional)
 * DIR/csvconfig/rollconfig.csv                  Instrument,HoldRollCycle,... (optional)
 * </pre>
 *
 * A file may be plain or gzip-compressed ({@code NAME.csv} is preferred when both exist). The instruments are those
 * with an adjusted prices file, sorted by code.
 *
 * <h2>Loading</h2>
 * Nothing but the directory listings is read by {@link #open(Path)}. Each file is read on first use, once, and kept
 * (a failure is kept too, and reported again on every later request); concurrent callers may ask for the same or
 * different instruments: a file is parsed by one thread while the others asking for it wait. {@link #preload()}
 * reads everything in parallel. Parsing works on bytes with primitive arrays (see {@link PriceCsvParser}); with
 * {@link #open(Path, CacheOptions)} parsed files are also kept in a binary cache directory and read back from it,
 * bit for bit, as long as the source file's bytes are the same (see {@link CacheOptions}). Each file's bytes are
 * read once and everything is derived from that one copy, so a file replaced while it is read gives its old or its
 * new content, never a mix (see {@code CsvFiles}). Warnings about a file's rows (sorted, merged) are logged each time
 * it is loaded, with or without the cache, naming the file, the line and the timestamp.
 *
 * <h2>Values</h2>
 * An empty cell (or a pandas missing-value marker such as {@code NaN}) is NaN and the row is kept, as pandas keeps
 * it. Contract ids ({@code 19731200}) are numbers; an empty id is NaN. Timestamps are naive, seconds since the
 * epoch, with the semantics of {@link org.pystrade.core.series.Timestamps#parse(CharSequence)} (date-only allowed).
 *
 * <h2>Row order</h2>
 * Rows must end up strictly increasing in time. The bundled data has no repeated or out-of-order timestamps; for
 * other data pysystemtrade's own handling is followed as far as a {@link TimeSeries} can represent it (see
 * {@link RowOrder}): adjusted prices are sorted and a repeated timestamp keeps the last non-NaN value (pandas'
 * {@code groupby(level=0).last()}); FX rows are sorted; in FX and multiple prices a repeated timestamp with
 * identical values becomes one row and with different values is a {@link DataException} naming the file and lines;
 * out-of-order multiple prices (which pysystemtrade does not sort) are a {@code DataException}.
 *
 * <h2>Errors</h2>
 * Every data failure is a {@link DataException}: a missing directory or file names the path; a malformed row (wrong
 * number of cells, unparsable date or number) names the file, the 1-based line number and the offending text; an
 * unknown instrument is named with the list of known ones; a missing FX rate names the currency.
 *
 * <p>Instances are thread-safe.
 */
public final class CsvFuturesSimData implements FuturesSimData {

  private static final Logger LOG = LoggerFactory.getLogger(CsvFuturesSimData.class);

  /** Folder of adjusted prices. */
  static final String ADJUSTED_DIR = "adjusted_prices_csv";
  /** Folder of multiple prices. */
  static final String MULTIPLE_DIR = "multiple_prices_csv";
  /** Folder of FX prices. */
  static final String FX_DIR = "fx_prices_csv";
  /** Folder of configuration files. */
  static final String CONFIG_DIR = "csvconfig";

  private static final String DATETIME = "DATETIME";
  private static final String USD = "USD";
  private static final List<String> MULTIPLE_COLUMNS =
      List.of("PRICE", "PRICE_CONTRACT", "CARRY", "CARRY_CONTRACT", "FORWARD", "FORWARD_CONTRACT");
  private static final List<String> FX_COLUMNS = List.of("PRICE");

  private final Path root;
  private final Path adjustedDir;
  private final Path multipleDir;
  private final Path fxDir;
  private final Path configDir;
  private final Map<InstrumentCode, Path> adjustedFiles;
  private final Map<InstrumentCode, Path> multipleFiles;
  private final Map<String, Path> fxFiles;
  private final List<InstrumentCode> instruments;
  private final TableLoader loader;
  private final TableLoader rawLoader;
  private final TableCache tableCache;

  private final Retention retention;
  private final LongAdder filesRead = new LongAdder();
  private final LongAdder readNanos = new LongAdder();
  private final Map<InstrumentCode, Supplier<TimeSeries>> adjusted = new ConcurrentHashMap<>();
  private final Map<InstrumentCode, Supplier<MultiplePrices>> multiple = new ConcurrentHashMap<>();
  private final Map<InstrumentCode, Lazy<InstrumentMeta>> metas = new ConcurrentHashMap<>();
  private final Map<InstrumentCode, Supplier<Optional<DailyPrices>>> dailies = new ConcurrentHashMap<>();
  /** Price files read successfully at least once (their holders remember failures, so this never changes back). */
  private final Set<Path> readOnce = ConcurrentHashMap.newKeySet();
  private final Map<String, Lazy<TimeSeries>> fxByFile = new ConcurrentHashMap<>();
  private final Map<String, Lazy<TimeSeries>> fxByPair = new ConcurrentHashMap<>();
  private final Lazy<ConfigTable> instrumentConfig;
  private final Lazy<Optional<ConfigTable>> spreadConfig;
  private final Lazy<Optional<ConfigTable>> rollConfig;

  private CsvFuturesSimData(Path root, TableLoader loader, TableCache tableCache, Retention retention) {
    this.root = root;
    this.rawLoader = loader;
    this.loader = instrumented(loader);
    this.tableCache = tableCache;
    this.retention = retention;
    this.adjustedDir = root.resolve(ADJUSTED_DIR);
    this.multipleDir = root.resolve(MULTIPLE_DIR);
    this.fxDir = root.resolve(FX_DIR);
    this.configDir = root.resolve(CONFIG_DIR);
    if (!Files.isDirectory(adjustedDir)) {
      throw new DataException(ReasonCode.MISSING_DATA,
          "no adjusted prices directory " + adjustedDir + " in data directory " + root);
    }
    this.adjustedFiles = listInstruments(adjustedDir);
    this.multipleFiles = Files.isDirectory(multipleDir) ? listInstruments(multipleDir) : Map.of();
    this.fxFiles = Files.isDirectory(fxDir) ? listFiles(fxDir) : Map.of();
    this.instruments = List.copyOf(adjustedFiles.keySet());
    this.instrumentConfig = new Lazy<>(() -> ConfigTable.read(configDir.resolve("instrumentconfig.csv"),
        "Instrument", "Pointsize", "Currency"));
    this.spreadConfig = new Lazy<>(() -> optionalConfig(configDir.resolve("spreadcosts.csv"), "SpreadCost"));
    this.rollConfig = new Lazy<>(() -> optionalConfig(configDir.resolve("rollconfig.csv"), "HoldRollCycle",
        "RollOffsetDays", "CarryOffset", "PricedRollCycle", "ExpiryOffset"));
    LOG.debug("opened {}: {} instruments with adjusted prices, {} with multiple prices, {} FX files", root,
        instruments.size(), multipleFiles.size(), fxFiles.size());
  }

  /**
   * Opens a directory in pysystemtrade's CSV layout. Only the directory listings are read now; files are read on
   * first use.
   *
   * @param directory the directory holding {@code adjusted_prices_csv} and the other folders
   * @return the data
   * @throws DataException naming the path if the directory or its {@code adjusted_prices_csv} folder is missing
   */
  public static CsvFuturesSimData open(Path directory) {
    ArgChecker.notNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      throw new DataException(ReasonCode.MISSING_DATA, "data directory not found: " + directory.toAbsolutePath());
    }
    return new CsvFuturesSimData(directory, TableLoader.DIRECT, null, Retention.ALL);
  }

  /**
   * Opens a directory in pysystemtrade's CSV layout with a binary cache of parsed price files (see
   * {@link CacheOptions}): a file whose bytes were parsed before is read back from the cache bit for bit instead of
   * being parsed, with the same warnings. A cache directory that belongs to another user or that others may write
   * to is not used: a warning names it and the files are parsed directly ({@link #cache()} is then null).
   *
   * @param directory the directory holding {@code adjusted_prices_csv} and the other folders
   * @param cache where to keep the cache
   * @return the data
   * @throws DataException naming the path if the data directory or its {@code adjusted_prices_csv} folder is
   *     missing, or if the cache directory cannot be created
   */
  public static CsvFuturesSimData open(Path directory, CacheOptions cache) {
    ArgChecker.notNull(directory, "directory");
    ArgChecker.notNull(cache, "cache");
    if (!Files.isDirectory(directory)) {
      throw new DataException(ReasonCode.MISSING_DATA, "data directory not found: " + directory.toAbsolutePath());
    }
    Optional<TableCache> tableCache = TableCache.open(cache);
    if (tableCache.isEmpty()) {
      return new CsvFuturesSimData(directory, TableLoader.DIRECT, null, Retention.ALL);
    }
    TableCache c = tableCache.get();
    TableLoader loader = (file, dateColumn, columns, order) -> c.load(file, variant(dateColumn, columns, order),
        raw -> TableLoader.parse(file, raw, dateColumn, columns, order));
    return new CsvFuturesSimData(directory, loader, c, Retention.ALL);
  }

  /** The cache variant of a table read: what {@link TableLoader#load} is asked for. */
  private static String variant(String dateColumn, List<String> columns, RowOrder order) {
    return dateColumn + "|" + columns + "|" + order;
  }

  /**
   * The same data directory (and cache) with another policy for keeping the price files read: a new, empty data
   * object; this one is unchanged.
   *
   * @param policy how long price files are kept once read
   * @return the data
   */
  public CsvFuturesSimData retaining(Retention policy) {
    ArgChecker.notNull(policy, "policy");
    return new CsvFuturesSimData(root, rawLoader, tableCache, policy);
  }

  /**
   * How long this data object keeps the price files it reads.
   *
   * @return the policy
   */
  public Retention retention() {
    return retention;
  }

  /**
   * How many price files (adjusted, multiple or FX prices) this data object has read so far, from CSV or from the
   * binary cache; with {@link Retention#IN_USE} a file may be counted more than once.
   *
   * @return the number of files read
   */
  public long filesRead() {
    return filesRead.sum();
  }

  /**
   * The time spent reading price files so far, summed over the threads that read them.
   *
   * @return seconds
   */
  public double readSeconds() {
    return readNanos.sum() / 1e9;
  }

  /**
   * The loader timed and counted, logging each table's warnings whenever it is loaded, parsed or read back from the
   * cache alike (so a run with a warm cache says what a cold one says).
   */
  private TableLoader instrumented(TableLoader inner) {
    return (file, dateColumn, columns, order) -> {
      long t0 = System.nanoTime();
      PriceTable table;
      try {
        table = inner.load(file, dateColumn, columns, order);
      } finally {
        readNanos.add(System.nanoTime() - t0);
        filesRead.increment();
      }
      for (String warning : table.warnings()) {
        LOG.warn(warning);
      }
      return table;
    };
  }

  private <T> Supplier<T> holder(Supplier<T> supplier) {
    return retention == Retention.ALL ? new Lazy<>(supplier) : new Reloadable<>(supplier);
  }

  /** The cache, or null: for tests. */
  TableCache cache() {
    return tableCache;
  }

  // ------------------------------------------------------------------ listings

  private static Map<InstrumentCode, Path> listInstruments(Path dir) {
    Map<InstrumentCode, Path> out = new TreeMap<>();
    listFiles(dir).forEach((name, path) -> out.put(InstrumentCode.of(name), path));
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, Path> listFiles(Path dir) {
    Map<String, Path> out = new TreeMap<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        String base = CsvFiles.baseName(p.getFileName().toString());
        if (base == null || base.isBlank() || !base.equals(base.strip()) || !Files.isRegularFile(p)) {
          continue;
        }
        Path previous = out.get(base);
        if (previous == null || previous.getFileName().toString().endsWith(CsvFiles.CSV_GZ)) {
          if (previous != null) {
            LOG.warn("both {} and {} exist; reading {}", previous, p, p);
          }
          out.put(base, p);
        } else {
          LOG.warn("both {} and {} exist; reading {}", previous, p, previous);
        }
      }
    } catch (IOException ex) {
      throw new DataException(ReasonCode.MISSING_DATA, "cannot list directory " + dir + ": " + ex, ex);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Why a data file the listing skipped is not there: {@code " (DIR/NAME.csv is a folder, not a file)"} when
   * {@code NAME.csv} or {@code NAME.csv.gz} exists but is not a regular file; empty otherwise.
   */
  private static String notAFile(Path dir, String name) {
    for (String suffix : List.of(CsvFiles.CSV, CsvFiles.CSV_GZ)) {
      Path p = dir.resolve(name + suffix);
      if (Files.exists(p) && !Files.isRegularFile(p)) {
        return " (" + p + (Files.isDirectory(p) ? " is a folder" : " is not a regular file") + ", not a data file)";
      }
    }
    return "";
  }

  private static Optional<ConfigTable> optionalConfig(Path path, String... columns) {
    if (!Files.exists(path)) {
      LOG.warn("no {}: using defaults for every instrument", path);
      return Optional.empty();
    }
    return Optional.of(ConfigTable.read(path, columns));
  }

  // ------------------------------------------------------------------ instruments

  /**
   * The data directory.
   *
   * @return the directory given to {@link #open(Path)}
   */
  public Path directory() {
    return root;
  }

  /**
   * The instruments with an adjusted prices file, sorted by code.
   *
   * @return the instruments
   */
  @Override
  public List<InstrumentCode> instruments() {
    return instruments;
  }

  /**
   * The instruments with a multiple prices file, sorted by code (they need not have adjusted prices).
   *
   * @return the instruments
   */
  public List<InstrumentCode> instrumentsWithMultiplePrices() {
    return List.copyOf(multipleFiles.keySet());
  }

  /**
   * The FX files' codes ({@code "EURUSD"}: value of one EUR in USD), sorted.
   *
   * @return the codes
   */
  public List<String> fxCodes() {
    return List.copyOf(fxFiles.keySet());
  }

  private Path adjustedFile(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    Path p = adjustedFiles.get(instrument);
    if (p == null) {
      throw new DataException(ReasonCode.MISSING_DATA,
          "unknown instrument " + instrument + ": no adjusted prices file " + instrument
          + ".csv[.gz] in " + adjustedDir + notAFile(adjustedDir, instrument.value()) + "; known instruments: "
          + Messages.list(instruments));
    }
    return p;
  }

  /**
   * Reads, in parallel on the common fork-join pool, every instrument's adjusted prices, multiple prices (when it
   * has a file) and metadata, so that later calls are served from memory; failures do not stop the others.
   *
   * @return the first failure of each instrument that has one, sorted by instrument; empty if all loaded
   */
  public Map<InstrumentCode, DataException> preload() {
    Map<InstrumentCode, DataException> failures = new ConcurrentHashMap<>();
    List<InstrumentCode> all = new ArrayList<>(new TreeSet<>(adjustedFiles.keySet()));
    all.parallelStream().forEach(code -> {
      try {
        adjustedPrices(code);
        if (multipleFiles.containsKey(code)) {
          multiplePrices(code);
        }
        meta(code);
      } catch (DataException ex) {
        failures.put(code, ex);
      }
    });
    return Collections.unmodifiableMap(new TreeMap<>(failures));
  }

  // ------------------------------------------------------------------ prices

  /**
   * The back-adjusted price from {@code adjusted_prices_csv}, at the file's own timestamps (often 23:00, some
   * intraday); an empty cell is a NaN row.
   *
   * @param instrument the instrument
   * @return the adjusted price, in price points
   * @throws DataException for an unknown instrument (listing the known ones) or a malformed file (naming file and
   *     line)
   */
  @Override
  public TimeSeries adjustedPrices(InstrumentCode instrument) {
    Path file = adjustedFile(instrument);
    return adjusted.computeIfAbsent(instrument, k -> holder(() -> adjustedSeries(file, loadAdjusted(file)))).get();
  }

  /** A price file's table and the prices made of it. */
  private record Read<T>(PriceTable table, T prices) {
  }

  /**
   * Reads a price file for the daily prices; if the read fails, the failure is remembered where the prices' own
   * reads find it (so that they fail alike, without reading the file again) and null returned.
   */
  private static <T> Read<T> read(Map<InstrumentCode, Supplier<T>> reads, InstrumentCode instrument,
      Supplier<Read<T>> read) {
    try {
      return read.get();
    } catch (DataException ex) {
      reads.putIfAbsent(instrument, new Lazy<>(() -> {
        throw ex;
      }));
      return null;
    }
  }

  private PriceTable loadAdjusted(Path file) {
    return loader.load(file, DATETIME, null, RowOrder.GROUP_LAST);
  }

  /** The adjusted prices of a loaded table (checked to have one column). */
  private TimeSeries adjustedSeries(Path file, PriceTable t) {
    if (t.columns().size() != 1) {
      throw new DataException(ReasonCode.MALFORMED_DATA,
          "adjusted prices file " + file + " must have 2 columns (DATETIME and the price)"
          + " but has columns " + DATETIME + " and " + t.columns());
    }
    readOnce.add(file);
    return t.series(0);
  }

  /**
   * The multiple prices from {@code multiple_prices_csv}: prices (NaN where empty) and contract ids as
   * {@code YYYYMMDD} numbers (NaN where empty).
   *
   * @param instrument the instrument
   * @return the multiple prices
   * @throws DataException for an unknown instrument (neither adjusted nor multiple prices), a missing file (naming
   *     the path) or a malformed file (naming file and line)
   */
  @Override
  public MultiplePrices multiplePrices(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    Path file = multipleFiles.get(instrument);
    if (file == null) {
      adjustedFile(instrument);
    }
    return multiple.computeIfAbsent(instrument, k -> holder(() -> {
      if (file == null) {
        throw new DataException(ReasonCode.MISSING_DATA,
            "no multiple prices file for instrument " + instrument + ": looked for "
            + multipleDir.resolve(instrument + CsvFiles.CSV) + " and " + CsvFiles.CSV_GZ
            + notAFile(multipleDir, instrument.value()) + "; instruments with"
            + " multiple prices: " + Messages.list(multipleFiles.keySet()));
      }
      return multipleSeries(file, loadMultiple(file));
    })).get();
  }

  private PriceTable loadMultiple(Path file) {
    return loader.load(file, DATETIME, MULTIPLE_COLUMNS, RowOrder.REJECT_UNORDERED);
  }

  /** The multiple prices of a loaded table (contract ids checked). */
  private MultiplePrices multipleSeries(Path file, PriceTable t) {
    readOnce.add(file);
    checkContractIds(file, t);
    return new MultiplePrices(t.series(0), t.series(1), t.series(2), t.series(3), t.series(4), t.series(5));
  }

  /**
   * The instrument's daily prices from the binary cache, with the defects of their rows (see
   * {@link FuturesSimData#daily}): read from the cache entry derived from the same bytes of both price files (which
   * are read and hashed to tell, but neither inflated nor parsed), or derived from the prices
   * ({@link DailyPrices#derive}) and stored. The warnings the price files' reading gave are logged either way.
   * Served only when files are kept while in use ({@link Retention#IN_USE}, as the command line opens data): with
   * {@link Retention#ALL} this object is a snapshot of every file it has read, which a daily entry served for the
   * bytes a file had when it was hashed, and the file read later, could contradict. Without a binary cache, for an
   * instrument without multiple prices and wherever the prices cannot be read, none either: the system reads the
   * prices themselves and reports what is wrong as it always has.
   *
   * @param instrument the instrument
   * @return the daily prices, or empty
   * @throws DataException for an unknown instrument, as {@link #adjustedPrices}
   */
  @Override
  public Optional<DailyPrices> daily(InstrumentCode instrument) {
    Path adjustedFile = adjustedFile(instrument);
    Path multipleFile = multipleFiles.get(instrument);
    if (tableCache == null || retention != Retention.IN_USE || multipleFile == null) {
      return Optional.empty();
    }
    // held, not let go as the price tables are: a few daily rows, the very series the system keeps for its life
    return dailies.computeIfAbsent(instrument, k -> new Lazy<>(() -> loadDaily(instrument, adjustedFile,
        multipleFile))).get();
  }

  private Optional<DailyPrices> loadDaily(InstrumentCode instrument, Path adjustedFile, Path multipleFile) {
    long t0 = System.nanoTime();
    Map<String, String> key;
    Optional<ArrowIpc.Table> entry;
    try {
      key = DailyEntries.key(adjustedFile, TableCache.contentNow(adjustedFile), multipleFile,
          TableCache.contentNow(multipleFile));
      entry = tableCache.readDerived(adjustedFile, DailyEntries.variant(root), key);
    } catch (DataException ex) {
      return Optional.empty(); // reported as it is when the prices are read
    } finally {
      readNanos.add(System.nanoTime() - t0);
    }
    if (entry.isPresent()) {
      try {
        DailyEntries.Decoded d = DailyEntries.decode(instrument, entry.get());
        filesRead.increment();
        for (String warning : d.warnings()) {
          LOG.warn(warning);
        }
        readOnce.add(adjustedFile);
        readOnce.add(multipleFile);
        return Optional.of(d.daily());
      } catch (RuntimeException ex) {
        LOG.warn("ignoring corrupt cache entry of the daily prices of {}: {}; deriving them again", instrument,
            ex.toString());
      }
    }
    // derived from the two tables loaded here, and stored under the content keys of the very bytes they were parsed
    // from (not those hashed above: a file replaced meanwhile would otherwise have values of its new bytes served
    // for its old ones); their warnings are logged by the load, and kept in the entry to be logged when it is read
    Read<TimeSeries> a = read(adjusted, instrument, () -> {
      PriceTable t = loadAdjusted(adjustedFile);
      return new Read<>(t, adjustedSeries(adjustedFile, t));
    });
    Read<MultiplePrices> m = a == null ? null : read(multiple, instrument, () -> {
      PriceTable t = loadMultiple(multipleFile);
      return new Read<>(t, multipleSeries(multipleFile, t));
    });
    if (m == null) {
      return Optional.empty(); // thrown when the prices are read
    }
    Optional<DailyPrices> derived = DailyPrices.derive(this, instrument, a.prices(), m.prices());
    if (derived.isPresent()) {
      List<String> warnings = new ArrayList<>(a.table().warnings());
      warnings.addAll(m.table().warnings());
      tableCache.writeDerived(adjustedFile, DailyEntries.variant(root), DailyEntries.key(adjustedFile,
          TableCache.contentOf(a.table()), multipleFile, TableCache.contentOf(m.table())),
          DailyEntries.encode(derived.get(), warnings));
    }
    return derived;
  }

  /**
   * Refuses a contract id that names no contract month: pysystemtrade's carry takes the year and month from the
   * number's digits whatever they are ({@code floordiv(10000)}, {@code divmod}), so that {@code inf}, {@code 0} or
   * {@code 20171300} would give a believable wrong carry. Ids repeat for months of rows: each run is checked once.
   */
  private static void checkContractIds(Path file, PriceTable t) {
    for (int c = 1; c < MULTIPLE_COLUMNS.size(); c += 2) {
      double[] ids = t.column(c);
      int n = ids.length;
      // run by run: the end of each run of one value found by a bulk comparison of the column with itself one row on
      for (int row = 0; row < n; row = nextRun(ids, row)) {
        double id = ids[row];
        if (id == id && !validContractId(id)) {
          throw new DataException(ReasonCode.MALFORMED_DATA, file + " line " + t.line(row) + ": "
              + MULTIPLE_COLUMNS.get(c) + " " + (id == Math.rint(id) && Math.abs(id) < 1e15 ? String.valueOf((long) id)
                  : String.valueOf(id)) + " is not a contract id (an eight-digit YYYYMMDD number, month 01-12, day "
              + "00-31, as 20170300)");
        }
      }
    }
  }

  /** The first row after the run of equal values (as {@link Double#equals}) that starts at {@code row}. */
  private static int nextRun(double[] values, int row) {
    int n = values.length;
    if (row + 1 >= n) {
      return n;
    }
    int m = Arrays.mismatch(values, row, n - 1, values, row + 1, n);
    return m < 0 ? n : row + 1 + m;
  }

  private static boolean validContractId(double id) {
    if (!(id >= 10_000_000 && id <= 99_991_231) || id != Math.rint(id)) {
      return false;
    }
    int v = (int) id;
    int month = v / 100 % 100;
    int day = v % 100;
    return month >= 1 && month <= 12 && day <= 31;
  }

  /**
   * Checks that the instrument's adjusted and multiple prices can be read. Where this object serves the
   * instrument's {@link #daily} prices, they are read (or derived) now, and the files are known readable. A file
   * this object has already read successfully is not read again; with {@link Retention#IN_USE} and a binary cache,
   * neither is a file with an up-to-date cache entry of the expected shape (the source's bytes are read and hashed
   * to tell, but neither inflated nor parsed, and only the entry's header is read), so that checking a whole
   * universe does not load every file only to let it go before it is used; otherwise the files are read as
   * {@link #adjustedPrices} and {@link #multiplePrices} read them.
   *
   * @param instrument the instrument
   * @throws DataException for an unknown instrument or a missing or malformed file, as those methods
   */
  @Override
  public void checkPrices(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    if (daily(instrument).isPresent()) {
      return; // derived from both files, now read successfully (or from their cache entry, up to date)
    }
    if (!knownReadable(adjustedFile(instrument), variant(DATETIME, null, RowOrder.GROUP_LAST), 1)) {
      adjustedPrices(instrument);
    }
    Path multipleFile = multipleFiles.get(instrument);
    if (multipleFile == null || !knownReadable(multipleFile,
        variant(DATETIME, MULTIPLE_COLUMNS, RowOrder.REJECT_UNORDERED), MULTIPLE_COLUMNS.size())) {
      multiplePrices(instrument);
    }
  }

  /**
   * Whether a price file is known to be readable without reading it: read successfully before, or (files kept only
   * while in use, with a cache) holding a cache entry parsed from the file's current bytes with the expected number
   * of columns.
   */
  private boolean knownReadable(Path file, String variant, int columns) {
    return readOnce.contains(file) || retention == Retention.IN_USE && tableCache != null
        && tableCache.cachedColumns(file, variant).filter(c -> c.size() == columns).isPresent();
  }

  // ------------------------------------------------------------------ metadata

  /**
   * The instrument's facts from {@code csvconfig}: {@code instrumentconfig.csv} (required), the spread from
   * {@code spreadcosts.csv} (0 if the file, the row or the value is missing, as pysystemtrade reads it: reported by
   * {@link #sourceDefects}) and the roll
   * parameters from {@code rollconfig.csv} (empty if absent). Empty commission cells are 0 (reported by
   * {@link #sourceDefects}). Works
   * for any configured instrument, with or without prices.
   *
   * @param instrument the instrument
   * @return the metadata
   * @throws DataException if the configuration file is missing, the instrument is not configured (listing the
   *     configured ones) or a value is malformed or invalid (naming file and line)
   */
  @Override
  public InstrumentMeta meta(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    return metas.computeIfAbsent(instrument, k -> new Lazy<>(() -> buildMeta(instrument))).get();
  }

  private InstrumentMeta buildMeta(InstrumentCode code) {
    ConfigTable config = instrumentConfig.get();
    ConfigTable.Row row = config.row(code.value()).orElseThrow(() -> new DataException(ReasonCode.NO_CONFIGURATION,
        "unknown instrument "
        + code + ": not in " + config.path() + "; configured instruments: " + config.keys()));
    double pointSize = row.number("Pointsize");
    String where = config.path() + " line " + row.line() + " (" + code + ")";
    if (Double.isNaN(pointSize)) {
      throw new DataException(ReasonCode.BAD_VALUE, where + ": empty Pointsize");
    }
    double perBlock = costOrZero(row, "PerBlock");
    double percentage = costOrZero(row, "Percentage");
    double perTrade = costOrZero(row, "PerTrade");
    double spreadCost = spreadCost(code);
    Optional<RollParameters> roll = rollParameters(code);
    try {
      InstrumentMeta.Builder b = InstrumentMeta.builder(code)
          .description(row.text("Description"))
          .pointSize(pointSize)
          .currency(row.text("Currency"))
          .assetClass(row.text("AssetClass"))
          .region(row.text("Region"))
          .perBlock(perBlock)
          .percentage(percentage)
          .perTrade(perTrade)
          .spreadCost(spreadCost);
      roll.ifPresent(b::rollParameters);
      return b.build();
    } catch (IllegalArgumentException ex) {
      throw new DataException(ReasonCode.BAD_VALUE, where + ": invalid configuration: " + ex.getMessage(), ex);
    }
  }

  /** A commission: 0 if the cell is empty or has no column ({@link #sourceDefects} reports it). */
  private static double costOrZero(ConfigTable.Row row, String column) {
    double v = row.number(column);
    return Double.isNaN(v) ? 0.0 : v;
  }

  /**
   * The spread cost of {@code spreadcosts.csv}: 0 if the file, the row or the value is missing (as pysystemtrade
   * reads it; {@link #sourceDefects} reports it); a value that is negative or not finite is a {@link DataException}
   * naming that file and line.
   */
  private double spreadCost(InstrumentCode code) {
    Optional<ConfigTable> table = spreadConfig.get();
    if (table.isEmpty()) {
      return 0.0;
    }
    Optional<ConfigTable.Row> row = table.get().row(code.value());
    if (row.isEmpty()) {
      return 0.0;
    }
    double v = row.get().number("SpreadCost");
    if (Double.isNaN(v)) {
      return 0.0;
    }
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new DataException(ReasonCode.BAD_VALUE, table.get().path() + " line " + row.get().line() + " (" + code
          + "): SpreadCost must be zero or positive and finite but was " + v);
    }
    return v;
  }

  /**
   * The costs {@link #meta} reads as 0: a missing spread cost (no {@code spreadcosts.csv}, no row for the
   * instrument, or an empty value), as pysystemtrade reads it, a {@link DataDefect.Kind#MISSING_SPREAD_COST}; and
   * commissions ({@code PerBlock}, {@code Percentage}, {@code PerTrade} of {@code instrumentconfig.csv}) that are
   * empty or have no column, a {@link DataDefect.Kind#MISSING_COMMISSION}; each naming the file (and line).
   *
   * @param instrument the instrument
   * @return the defects, empty if none
   */
  @Override
  public List<DataDefect> sourceDefects(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    List<DataDefect> out = new ArrayList<>();
    missingSpreadCost(instrument).ifPresent(out::add);
    missingCommission(instrument).ifPresent(out::add);
    return List.copyOf(out);
  }

  private Optional<DataDefect> missingSpreadCost(InstrumentCode instrument) {
    Optional<ConfigTable> table = spreadConfig.get();
    Path file = configDir.resolve("spreadcosts.csv");
    String detail;
    String location = file.toString();
    if (table.isEmpty()) {
      detail = "no spread cost: the file does not exist, so 0 is used (as pysystemtrade does)";
    } else {
      Optional<ConfigTable.Row> row = table.get().row(instrument.value());
      if (row.isEmpty()) {
        detail = "no spread cost: no row for " + instrument + ", so 0 is used (as pysystemtrade does)";
      } else if (Double.isNaN(row.get().number("SpreadCost"))) {
        location = file + " line " + row.get().line();
        detail = "empty SpreadCost for " + instrument + ", so 0 is used (as pysystemtrade does)";
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new DataDefect(instrument, DataDefect.Kind.MISSING_SPREAD_COST, location, detail));
  }

  private Optional<DataDefect> missingCommission(InstrumentCode instrument) {
    Optional<ConfigTable.Row> found = instrumentConfig.get().row(instrument.value());
    if (found.isEmpty()) {
      return Optional.empty(); // meta reports it
    }
    ConfigTable.Row row = found.get();
    List<String> missing = new ArrayList<>();
    for (String column : List.of("PerBlock", "Percentage", "PerTrade")) {
      if (!row.hasColumn(column)) {
        missing.add("no " + column + " column");
      } else if (row.text(column).isEmpty()) {
        missing.add("empty " + column);
      }
    }
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DataDefect(instrument, DataDefect.Kind.MISSING_COMMISSION, row.path() + " line "
        + row.line() + " (" + instrument + ")", String.join(", ", missing) + ", so a commission of 0 is used"));
  }

  /**
   * The file and line of a price row, found by reading the file again (only asked when a row is wrong).
   *
   * @param instrument the instrument
   * @param series its adjusted or multiple prices
   * @param time the row's timestamp
   * @return e.g. {@code DIR/multiple_prices_csv/CORN.csv line 12}; the file alone if no line has that timestamp
   *     now; empty if the instrument has no such file
   */
  @Override
  public String locate(InstrumentCode instrument, PriceData series, long time) {
    Path file = (series == PriceData.ADJUSTED_PRICES ? adjustedFiles : multipleFiles).get(instrument);
    return file == null ? "" : CsvFiles.locate(file, time);
  }

  /**
   * The FX file and line of a rate that is wrong at a moment: the first of the files the rate is made from (see
   * {@link #fxRate}) whose row at that moment is zero, negative or infinite.
   *
   * @param currency the currency converted from
   * @param baseCurrency the currency converted into
   * @param time the row's timestamp
   * @return the file and line, or the files the rate is made from if none has such a row
   */
  @Override
  public String locateFx(Currency currency, Currency baseCurrency, long time) {
    List<String> candidates = List.of(currency.code() + baseCurrency.code(), baseCurrency.code() + currency.code(),
        currency.code() + USD, USD + currency.code(), baseCurrency.code() + USD, USD + baseCurrency.code());
    List<String> used = new ArrayList<>();
    for (String code : candidates) {
      if (!fxFiles.containsKey(code) || used.contains(code)) {
        continue;
      }
      used.add(code);
      TimeSeries s;
      try {
        s = fxFile(code);
      } catch (DataException ex) {
        continue;
      }
      int i = s.indexOf(time);
      if (i >= 0 && !(s.value(i) > 0 && s.value(i) < Double.POSITIVE_INFINITY)) {
        return CsvFiles.locate(fxFiles.get(code), time);
      }
    }
    return used.isEmpty() ? "" : "FX files " + Messages.list(used.stream().map(fxFiles::get).toList());
  }

  private Optional<RollParameters> rollParameters(InstrumentCode code) {
    Optional<ConfigTable> table = rollConfig.get();
    if (table.isEmpty()) {
      return Optional.empty();
    }
    Optional<ConfigTable.Row> found = table.get().row(code.value());
    if (found.isEmpty()) {
      LOG.debug("no roll configuration for {} in {}", code, table.get().path());
      return Optional.empty();
    }
    ConfigTable.Row row = found.get();
    try {
      return Optional.of(RollParameters.builder()
          .holdCycle(RollCycle.of(row.text("HoldRollCycle")))
          .pricedCycle(RollCycle.of(row.text("PricedRollCycle")))
          .rollOffsetDays(wholeDays(row.number("RollOffsetDays"), "RollOffsetDays"))
          .carryOffset(wholeDays(row.number("CarryOffset"), "CarryOffset"))
          .expiryOffset(wholeDays(row.number("ExpiryOffset"), "ExpiryOffset"))
          .build());
    } catch (IllegalArgumentException ex) {
      throw new DataException(ReasonCode.BAD_VALUE,
          table.get().path() + " line " + row.line() + " (" + code + "): invalid roll "
          + "configuration: " + ex.getMessage(), ex);
    }
  }

  private static int wholeDays(double v, String column) {
    if (v != Math.rint(v) || Math.abs(v) > 100_000) {
      throw new IllegalArgumentException(column + " must be a whole number of days but was " + v);
    }
    return (int) v;
  }

  // ------------------------------------------------------------------ FX

  /**
   * The value of one unit of {@code currency} in {@code baseCurrency}, as pysystemtrade finds it: a constant 1 for
   * the same currency ({@link FxRates#unitSeries()}); else the file {@code CCYBASE} as it is; else the inverse of
   * {@code BASECCY}; else the cross through USD of the two currencies' USD values ({@link FxRates#cross}), a USD
   * value being the {@code XXXUSD} file or the inverse of {@code USDXXX}. Timestamps are the files' own; an empty
   * cell is a NaN row.
   *
   * @param currencyCode the currency converted from
   * @param baseCurrencyCode the currency converted into
   * @return the rate, units of base currency per unit of currency
   * @throws DataException naming the currency that has no rate, or a malformed file
   */
  @Override
  public TimeSeries fxRate(Currency currencyCode, Currency baseCurrencyCode) {
    ArgChecker.notNull(currencyCode, "currency");
    ArgChecker.notNull(baseCurrencyCode, "baseCurrency");
    String currency = currencyCode.code();
    String baseCurrency = baseCurrencyCode.code();
    if (currency.equals(baseCurrency)) {
      return FxRates.unitSeries();
    }
    return fxByPair.computeIfAbsent(currency + baseCurrency, k -> new Lazy<>(() -> {
      if (fxFiles.containsKey(currency + baseCurrency)) {
        return fxFile(currency + baseCurrency);
      }
      if (fxFiles.containsKey(baseCurrency + currency)) {
        return fxFile(baseCurrency + currency).map(v -> 1.0 / v);
      }
      if (currency.equals(USD)) {
        return usdValue(baseCurrency).map(v -> 1.0 / v);
      }
      if (baseCurrency.equals(USD)) {
        return usdValue(currency);
      }
      return FxRates.cross(usdValue(currency), usdValue(baseCurrency));
    })).get();
  }

  /**
   * Every currency that has no FX rate into {@code baseCurrency}, with the instruments (among
   * {@link #instruments()} that are configured) priced in it, judged from the FX files present (their content is
   * not read). A currency is missing when there is neither a direct nor an inverse file with the base currency
   * and no USD value (its own, or, when it is the base currency's that is missing, the base currency's); in the
   * latter case the base currency is named. Instruments without configuration are left out (see {@link #meta}).
   *
   * @param baseCurrencyCode the base currency of the account
   * @return currency to affected instruments, both sorted; empty if every instrument can be converted
   */
  public Map<String, List<InstrumentCode>> missingFx(Currency baseCurrencyCode) {
    ArgChecker.notNull(baseCurrencyCode, "baseCurrency");
    String baseCurrency = baseCurrencyCode.code();
    Map<String, List<InstrumentCode>> out = new TreeMap<>();
    ConfigTable config = instrumentConfig.get();
    for (InstrumentCode code : instruments) {
      Optional<ConfigTable.Row> row;
      try {
        row = config.row(code.value());
      } catch (DataException ex) {
        LOG.warn("FX coverage: skipping {}: {}", code, ex.getMessage());
        continue;
      }
      if (row.isEmpty()) {
        continue;
      }
      String ccy = row.get().text("Currency");
      for (String missing : missingCurrencies(ccy, baseCurrency)) {
        out.computeIfAbsent(missing, c -> new ArrayList<>()).add(code);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  private List<String> missingCurrencies(String ccy, String base) {
    if (ccy.isEmpty()) {
      return List.of("(blank currency)");
    }
    if (ccy.equals(base) || fxFiles.containsKey(ccy + base) || fxFiles.containsKey(base + ccy)) {
      return List.of();
    }
    List<String> missing = new ArrayList<>();
    for (String c : new TreeSet<>(List.of(ccy, base))) {
      if (!hasUsdValue(c)) {
        missing.add(c);
      }
    }
    return missing;
  }

  private boolean hasUsdValue(String ccy) {
    return ccy.equals(USD) || fxFiles.containsKey(ccy + USD) || fxFiles.containsKey(USD + ccy);
  }

  private TimeSeries usdValue(String ccy) {
    if (fxFiles.containsKey(ccy + USD)) {
      return fxFile(ccy + USD);
    }
    if (fxFiles.containsKey(USD + ccy)) {
      return fxFile(USD + ccy).map(v -> 1.0 / v);
    }
    throw new DataException(ReasonCode.NO_FX_RATE,
        "no FX rate for currency " + ccy + ": no file " + ccy + USD + ".csv[.gz] or " + USD
        + ccy + ".csv[.gz] in " + fxDir + notAFile(fxDir, ccy + USD) + notAFile(fxDir, USD + ccy) + "; available: "
        + Messages.list(fxFiles.keySet()));
  }

  private TimeSeries fxFile(String code) {
    Path file = fxFiles.get(code);
    return fxByFile.computeIfAbsent(code, k -> new Lazy<>(() ->
        loader.load(file, DATETIME, FX_COLUMNS, RowOrder.SORT_COLLAPSE_IDENTICAL).series(0))).get();
  }

  @Override
  public String toString() {
    return "CsvFuturesSimData[" + root + ", " + instruments.size() + " instruments]";
  }

  /** Reads a price file into a table with strictly increasing times (directly, or through a cache). */
  @FunctionalInterface
  interface TableLoader {

    /** Reads the file's bytes once and parses them, every time. */
    TableLoader DIRECT = (file, dateColumn, columns, order) ->
        parse(file, CsvFiles.readRaw(file), dateColumn, columns, order);

    /**
     * Parses a file's bytes, read once by the caller: inflates them if gzipped, parses and applies the row order.
     *
     * @param file the file, for messages
     * @param raw its bytes as on disk
     * @param dateColumn the date-time column
     * @param columns the value columns, null for all
     * @param order the row order policy
     * @return the table, with its warnings
     */
    static PriceTable parse(Path file, CsvFiles.Raw raw, String dateColumn, List<String> columns,
        RowOrder order) {
      CsvFiles.Content content = CsvFiles.inflate(file, raw);
      return order.apply(PriceCsvParser.parse(file, content.data(), content.length(), dateColumn, columns));
    }

    /**
     * Loads a file.
     *
     * @param file the file
     * @param dateColumn the date-time column
     * @param columns the value columns, null for all
     * @param order the row order policy
     * @return the table
     */
    PriceTable load(Path file, String dateColumn, List<String> columns, RowOrder order);
  }
}
