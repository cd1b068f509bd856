package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library under load while its data folder changes underneath: reader threads open {@link CsvFuturesSimData}
 * (with a cache folder they all share, or without) and read series or run a small {@link TradingSystem}, while a
 * writer thread replaces files atomically, rewrites them in place, truncates them (gzip ones too), deletes and
 * re-creates them, and edits them keeping their size and modification time.
 *
 * <p>Every file has three valid versions, V0, V1 and V2. Every read must give a version the file had at some moment
 * of the read (never a mix of two, never an earlier version served by the cache), or fail with a
 * {@link DataException} naming the file, and only if the file was changing or invalid during the read. Every system
 * result must equal the result computed, without cache and without interference, from the file versions the data
 * object read.
 *
 * <p>What a writer that rewrites a file in place exposes to readers is partial content, which no reader can tell from
 * a complete file in general. The generated files are laid out so that every partial state the writer's operations
 * can expose is invalid: plain files have fixed-width rows so that a page boundary (where a write copied so far)
 * falls inside a row, before its last cell; the two versions of a plain file differ in a single byte, so an edit in
 * place of one into the other shows one or the other; gzip files fail their check when partial or mixed. V2, written
 * only by atomic replacement, is shorter than V0 by whole rows, so a reader that took one file's size and another's
 * bytes would read neither.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FaultInjectionTest {

  private static final Logger LOG = LoggerFactory.getLogger(FaultInjectionTest.class);
  private static final int ROWS = 300;
  private static final long CHURN_MILLIS = 6_000;
  private static final int SERIES_READERS = 5;
  private static final int SYSTEM_READERS = 3;
  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");
  private static final InstrumentCode CCC = InstrumentCode.of("CCC");
  private static final String CONFIG_YAML = ""
      + "trading_rules:\n"
      + "  ewmac4_16:\n"
      + "    function: systems.provided.rules.ewmac.ewmac\n"
      + "    data: [rawdata.get_daily_prices, rawdata.daily_returns_volatility]\n"
      + "    other_args: {Lfast: 4, Lslow: 16}\n"
      + "    forecast_scalar: 7.5\n"
      + "  carry:\n"
      + "    function: systems.provided.rules.carry.carry\n"
      + "    data: [rawdata.raw_carry]\n"
      + "    other_args: {smooth_days: 10}\n"
      + "    forecast_scalar: 30\n"
      + "forecast_weights: {ewmac4_16: 0.5, carry: 0.5}\n"
      + "forecast_div_multiplier: 1.1\n"
      + "instrument_weights: {AAA: 0.5, BBB: 0.5}\n"
      + "instrument_div_multiplier: 1.2\n"
      + "base_currency: USD\n"
      + "notional_trading_capital: 1000000\n"
      + "percentage_vol_target: 20\n";
  private static final SystemConfig CONFIG = SystemConfig.fromYaml(CONFIG_YAML, "FaultInjectionTest");

  /** File states: the three valid versions, then states that cannot be read. */
  private static final int V0 = 0;
  private static final int V1 = 1;
  private static final int V2 = 2;
  private static final int TRUNCATED = 3;
  private static final int ABSENT = 4;
  /** An outcome: the read failed. */
  private static final int FAILED = -1;

  @TempDir
  Path tmp;

  private enum Kind { ADJUSTED, MULTIPLE, FX }

  /**
   * A data file and its three versions, as on disk.
   *
   * @param relative the path in the data folder
   * @param kind what it holds
   * @param instrument the instrument (or the FX code)
   * @param gzip whether it is gzipped
   * @param versions V0, V1 (of the same length, one byte apart) and V2 (shorter)
   * @param cut where a truncation cuts it (inside a row, before its last cell, for plain files)
   */
  private record DataFile(String relative, Kind kind, String instrument, boolean gzip, byte[][] versions, int cut) {

    /** What a failure reading it must name. */
    String name() {
      return instrument + ".csv";
    }

    boolean plain() {
      return !gzip;
    }
  }

  /** What the writer did to a file: per operation, the state it leaves; readers bracket their reads with it. */
  private static final class History {
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger completed = new AtomicInteger();
    final AtomicReferenceArray<Integer> target = new AtomicReferenceArray<>(1 << 16);

    History() {
      target.set(0, V0);
    }

    /** Before an operation: the state it will leave. */
    void begin(int state) {
      int n = started.get() + 1;
      target.set(n, state);
      started.set(n);
    }

    void end() {
      completed.set(started.get());
    }
  }

  /** A read's window: the writer's operations before it started and by the time it ended. */
  private record Window(int startedBefore, int completedBefore) {
  }

  private Window open(History h) {
    int completed = h.completed.get();
    return new Window(h.started.get(), completed);
  }

  /** The states a file had during a window that began with {@code w} and ended now. */
  private static Set<Integer> statesDuring(History h, Window w) {
    int end = h.started.get();
    Set<Integer> out = new HashSet<>();
    // the last completed operation's state (or the one before, if the next had begun and not ended)
    for (int k = Math.max(0, w.completedBefore()); k <= end; k++) {
      out.add(h.target.get(k));
    }
    if (w.startedBefore() != w.completedBefore()) {
      out.add(TRUNCATED); // an operation was under way: any partial state
    }
    if (end != w.startedBefore()) {
      out.add(TRUNCATED);
    }
    return out;
  }

  // ------------------------------------------------------------------ fixture

  private final List<DataFile> files = new ArrayList<>();
  private final Map<String, History> histories = new TreeMap<>();
  private final Map<String, Object[]> expected = new ConcurrentHashMap<>();
  private final Map<String, SystemResult> references = new ConcurrentHashMap<>();
  private final AtomicInteger referenceFolders = new AtomicInteger();

  private static List<String> dates(int rows) {
    List<String> out = new ArrayList<>();
    LocalDate d = LocalDate.of(2019, 1, 1);
    while (out.size() < rows) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        out.add(d + " 23:00:00");
      }
      d = d.plusDays(1);
    }
    return out;
  }

  /** Quarterly contract after a date's month, {@code k} quarters on, as YYYYMM00. */
  private static String contract(String date, int k) {
    LocalDate d = LocalDate.parse(date.substring(0, 10)).withDayOfMonth(1).plusMonths(1);
    while (d.getMonthValue() % 3 != 0) {
      d = d.plusMonths(1);
    }
    d = d.plusMonths(3L * k);
    return String.format(Locale.ROOT, "%04d%02d00", d.getYear(), d.getMonthValue());
  }

  /**
   * The text of a file, fixed-width rows: adjusted prices and FX 32 bytes after a 15-byte header, so a 4096-byte
   * boundary falls 17 bytes into a row, inside its date; multiple prices 64 bytes after a 76-byte header, so it falls
   * 52 bytes into a row, inside its fifth cell of seven.
   */
  private static String text(Kind kind, Random rnd, int rows) {
    StringBuilder sb = new StringBuilder();
    double p = 3000 + 3000 * rnd.nextDouble();
    switch (kind) {
      case ADJUSTED -> sb.append("DATETIME,price\n");
      case FX -> sb.append("DATETIME,PRICE\n");
      default -> sb.append("DATETIME,CARRY,CARRY_CONTRACT,PRICE,PRICE_CONTRACT,FORWARD,FORWARD_CONTRACT\n");
    }
    for (String date : dates(rows)) {
      p = Math.min(9000, Math.max(1500, p * (1 + 0.015 * rnd.nextGaussian())));
      switch (kind) {
        case ADJUSTED -> sb.append(date).append(',').append(String.format(Locale.ROOT, "%11.6f", p)).append('\n');
        case FX -> sb.append(date).append(',').append(String.format(Locale.ROOT, "%.9f", 1 + p / 10_000)).append('\n');
        default -> sb.append(date).append(',').append(String.format(Locale.ROOT, "%7.2f", p + 5 + rnd.nextInt(20)))
            .append(',').append(contract(date, 0)).append(',').append(String.format(Locale.ROOT, "%7.2f", p))
            .append(',').append(contract(date, 1)).append(",,").append(contract(date, 2)).append('\n');
      }
    }
    return sb.toString();
  }

  /** Where rows start and how wide they are. */
  private static int[] layout(Kind kind) {
    return kind == Kind.MULTIPLE ? new int[] {76, 64} : new int[] {15, 32};
  }

  private static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }

  private void addFile(String dir, String instrument, Kind kind, boolean gzip, Random rnd) {
    byte[] v0 = text(kind, rnd, ROWS).getBytes(StandardCharsets.US_ASCII);
    // V2: other values, fewer rows, exactly as long as V0's first rows (a mix of two reads would show)
    byte[] v2 = text(kind, rnd, 2 * ROWS / 3).getBytes(StandardCharsets.US_ASCII);
    int[] l = layout(kind);
    assertThat((v0.length - l[0]) % l[1]).isZero();
    assertThat((4096 - l[0]) % l[1]).as("a page boundary falls inside a row").isIn(17, 52);
    // V1: one digit of row 250's first value changed (its tenths)
    byte[] v1 = v0.clone();
    int at = l[0] + 250 * l[1] + 20 + (kind == Kind.FX ? 3 : 5);
    v1[at] = (byte) ('0' + (v1[at] - '0' + 5) % 10);
    int cut = l[0] + 120 * l[1] + 10;
    String name = dir + "/" + instrument + (gzip ? ".csv.gz" : ".csv");
    DataFile f = gzip ? new DataFile(name, kind, instrument, true, new byte[][] {gzip(v0), gzip(v1), gzip(v2)}, -1)
        : new DataFile(name, kind, instrument, false, new byte[][] {v0, v1, v2}, cut);
    files.add(f);
    histories.put(f.relative(), new History());
  }

  private void buildFixture() {
    Random rnd = new Random(20240611);
    addFile("adjusted_prices_csv", "AAA", Kind.ADJUSTED, false, rnd);
    addFile("multiple_prices_csv", "AAA", Kind.MULTIPLE, true, rnd);
    addFile("adjusted_prices_csv", "BBB", Kind.ADJUSTED, true, rnd);
    addFile("multiple_prices_csv", "BBB", Kind.MULTIPLE, false, rnd);
    addFile("adjusted_prices_csv", "CCC", Kind.ADJUSTED, true, rnd);
    addFile("multiple_prices_csv", "CCC", Kind.MULTIPLE, true, rnd);
    addFile("fx_prices_csv", "EURUSD", Kind.FX, false, rnd);
  }

  /** Writes a data folder with each file in a given state. */
  private Path writeFolder(Path root, Map<String, Integer> states) throws IOException {
    TestLayout layout = new TestLayout(root);
    layout.config("AAA,Test AAA,50,USD,Equity,0,0,0,US\nBBB,Test BBB,10,EUR,Equity,0,0,0,EMEA\n"
        + "CCC,Test CCC,20,USD,Bond,0,0,0,US\n");
    layout.write("csvconfig/spreadcosts.csv", "Instrument,SpreadCost\nAAA,0.25\nBBB,0.5\nCCC,0.1\n");
    layout.write("csvconfig/rollconfig.csv", "Instrument,HoldRollCycle,RollOffsetDays,CarryOffset,PricedRollCycle,"
        + "ExpiryOffset\nAAA,HMUZ,-5,-1,HMUZ,15\nBBB,HMUZ,-5,-1,HMUZ,15\nCCC,HMUZ,-5,-1,HMUZ,15\n");
    for (DataFile f : files) {
      int state = states.getOrDefault(f.relative(), V0);
      if (state != ABSENT) {
        layout.writeBytes(f.relative(), state == TRUNCATED ? truncated(f, f.versions()[V0]) : f.versions()[state]);
      }
    }
    return root;
  }

  private static byte[] truncated(DataFile f, byte[] current) {
    return Arrays.copyOf(current, f.plain() ? Math.min(f.cut(), current.length) : current.length / 2);
  }

  // ------------------------------------------------------------------ reading and checking

  /** A series read, as raw bits. */
  private record Bits(long[] times, long[] values) {

    static Bits of(TimeSeries s) {
      long[] v = new long[s.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = Double.doubleToRawLongBits(s.value(i));
      }
      return new Bits(s.timestamps().clone(), v);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bits b && Arrays.equals(times, b.times) && Arrays.equals(values, b.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }

  /** What reading a file through a data object gives, as comparable values. */
  private static Object[] read(CsvFuturesSimData d, DataFile f) {
    return switch (f.kind()) {
      case ADJUSTED -> new Object[] {Bits.of(d.adjustedPrices(InstrumentCode.of(f.instrument())))};
      case FX -> new Object[] {Bits.of(d.fxRate(Currency.of("EUR"), Currency.of("USD")))};
      default -> {
        MultiplePrices m = d.multiplePrices(InstrumentCode.of(f.instrument()));
        yield new Object[] {Bits.of(m.price()), Bits.of(m.priceContract()), Bits.of(m.carry()),
            Bits.of(m.carryContract()), Bits.of(m.forward()), Bits.of(m.forwardContract())};
      }
    };
  }

  private Object[] expected(DataFile f, int version) {
    return expected.get(f.relative() + "#" + version);
  }

  /**
   * Which version a data object read of a file (reading it if it has not yet), checked: a version the file had
   * during the window, or a failure naming the file while it was changing or invalid.
   */
  private int outcome(CsvFuturesSimData d, DataFile f, Window w, String who) {
    History h = histories.get(f.relative());
    Object[] got;
    try {
      got = read(d, f);
    } catch (DataException ex) {
      Set<Integer> states = statesDuring(h, w);
      assertThat(ex.getMessage()).as(who + ": failure names the file").contains(f.name());
      assertThat(states).as(who + ": " + f.relative() + " failed while stable and valid: " + ex.getMessage())
          .containsAnyOf(TRUNCATED, ABSENT);
      return FAILED;
    }
    Set<Integer> states = statesDuring(h, w);
    for (int v = V0; v <= V2; v++) {
      if (Arrays.equals(got, expected(f, v))) {
        assertThat(states).as(who + ": " + f.relative() + " read as V" + v + ", a version it did not have during the"
            + " read (stale)").contains(v);
        return v;
      }
    }
    throw new AssertionError(who + ": " + f.relative() + " read as neither of its versions (torn or mixed)");
  }

  /** A system's results, or its failure. */
  private record SystemResult(List<InstrumentCode> instruments, Map<InstrumentCode, Bits> positions,
      Bits portfolio, boolean failed) {
  }

  private static SystemResult runSystem(CsvFuturesSimData d, String who) {
    try {
      TradingSystem system = TradingSystem.fromYaml(CONFIG, d);
      Map<InstrumentCode, Bits> positions = new TreeMap<>();
      for (InstrumentCode code : system.instruments()) {
        positions.put(code, Bits.of(system.positionSizing().subsystemPosition(code)));
      }
      Bits portfolio = Bits.of(system.accounts().portfolio().net());
      for (InstrumentFailure failure : system.failures()) {
        String file = failure.instrument().equals(BBB) ? "(BBB.csv|EURUSD.csv)" : failure.instrument() + ".csv";
        assertThat(failure.reason()).as(who + ": system failure names the file").containsPattern(file);
      }
      return new SystemResult(system.instruments(), positions, portfolio, false);
    } catch (DataException ex) {
      assertThat(ex.getMessage()).as(who + ": system failure names a file").contains(".csv");
      return new SystemResult(List.of(), Map.of(), null, true);
    }
  }

  /** The result of the system from files in given states, without cache or interference. */
  private SystemResult reference(Map<String, Integer> choice) {
    String key = choice.toString();
    return references.computeIfAbsent(key, k -> {
      try {
        Path root = writeFolder(tmp.resolve("ref").resolve("r" + referenceFolders.incrementAndGet()), choice);
        return runSystem(CsvFuturesSimData.open(root), "reference");
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    });
  }

  private static void assertSameResult(SystemResult got, SystemResult want, String who) {
    assertThat(got.failed()).as(who + ": failed").isEqualTo(want.failed());
    assertThat(got.instruments()).as(who + ": instruments").isEqualTo(want.instruments());
    assertThat(got.positions()).as(who + ": subsystem positions").isEqualTo(want.positions());
    assertThat(got.portfolio()).as(who + ": portfolio P&L").isEqualTo(want.portfolio());
  }

  // ------------------------------------------------------------------ the writer

  private void writeAtomically(Path dir, Path target, byte[] bytes) throws IOException {
    Path tmpFile = Files.createTempFile(dir, ".writing-", ".tmp");
    Files.write(tmpFile, bytes);
    Files.move(tmpFile, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void writeInPlace(Path target, byte[] bytes, boolean truncate, boolean twoChunks)
      throws IOException {
    List<StandardOpenOption> options = new ArrayList<>(List.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE));
    if (truncate) {
      options.add(StandardOpenOption.TRUNCATE_EXISTING);
    }
    try (FileChannel ch = FileChannel.open(target, options.toArray(new StandardOpenOption[0]))) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      if (twoChunks && bytes.length > 4096) {
        // a pause after a whole page: readers may see the partial file for a while
        buf.limit(4096);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        LockSupport.parkNanos(200_000);
        buf.limit(bytes.length);
      }
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    }
  }

  /** One random change of one file; the history records the state it leaves before it starts. */
  private void change(Path root, Random rnd, Map<String, Integer> state) throws IOException {
    DataFile f = files.get(rnd.nextInt(files.size()));
    History h = histories.get(f.relative());
    Path target = root.resolve(f.relative());
    int current = state.get(f.relative());
    int next = rnd.nextInt(3);
    int op = rnd.nextInt(6);
    switch (op) {
      case 0 -> { // atomic replacement
        h.begin(next);
        writeAtomically(target.getParent(), target, f.versions()[next]);
      }
      case 1 -> { // rewritten in place, truncated first, maybe with a pause
        h.begin(next);
        writeInPlace(target, f.versions()[next], true, rnd.nextBoolean());
      }
      case 2 -> { // truncated (a plain file inside a row, a gzip one in half)
        if (current == ABSENT) {
          return;
        }
        h.begin(TRUNCATED);
        byte[] now = current == TRUNCATED ? truncated(f, f.versions()[V0]) : f.versions()[current];
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
          ch.truncate(truncated(f, now).length);
        }
        next = TRUNCATED;
      }
      case 3 -> { // deleted, then re-created
        h.begin(ABSENT);
        Files.deleteIfExists(target);
        h.end();
        LockSupport.parkNanos(rnd.nextInt(2_000_000));
        h.begin(next);
        writeInPlace(target, f.versions()[next], true, false);
      }
      default -> { // the other version, same size for plain files, the modification time put back
        if (current != V0 && current != V1) {
          return;
        }
        next = 1 - current;
        FileTime mtime = Files.getLastModifiedTime(target);
        h.begin(next);
        if (f.plain()) {
          writeInPlace(target, f.versions()[next], false, false);
        } else {
          writeAtomically(target.getParent(), target, f.versions()[next]);
        }
        Files.setLastModifiedTime(target, mtime);
      }
    }
    h.end();
    state.put(f.relative(), next);
  }

  // ------------------------------------------------------------------ the test

  @Test
  void readsAreWholeVersionsAndSystemsMatchTheVersionsTheyRead() throws Exception {
    buildFixture();
    // the expected series of each version, and the reference system of every file in V0, V1 and V2
    for (int v = V0; v <= V2; v++) {
      Map<String, Integer> all = new TreeMap<>();
      for (DataFile f : files) {
        all.put(f.relative(), v);
      }
      Path root = writeFolder(tmp.resolve("v" + v), all);
      CsvFuturesSimData d = CsvFuturesSimData.open(root);
      for (DataFile f : files) {
        expected.put(f.relative() + "#" + v, read(d, f));
      }
      assertThat(reference(all).instruments()).containsExactly(AAA, BBB);
    }
    for (DataFile f : files) {
      assertThat(expected(f, V0)).as(f.relative() + ": the versions differ").isNotEqualTo(expected(f, V1))
          .isNotEqualTo(expected(f, V2));
      assertThat(expected(f, V1)).isNotEqualTo(expected(f, V2));
    }
    assertThat(reference(Map.of()).positions()).isNotEqualTo(reference(allIn(V1)).positions());

    Path root = writeFolder(tmp.resolve("live"), Map.of());
    Path cacheDir = tmp.resolve("cache");
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CHURN_MILLIS);
    ConcurrentLinkedQueue<Throwable> problems = new ConcurrentLinkedQueue<>();
    AtomicLong[] outcomes = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};
    AtomicLong systems = new AtomicLong();
    AtomicLong cacheHits = new AtomicLong();
    AtomicLong writerOps = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(SERIES_READERS + SYSTEM_READERS + 1);
    List<Future<?>> futures = new ArrayList<>();
    Map<String, Integer> state = new ConcurrentHashMap<>();
    files.forEach(f -> state.put(f.relative(), V0));
    futures.add(pool.submit(() -> {
      Random rnd = new Random(7);
      while (System.nanoTime() < deadline) {
        change(root, rnd, state);
        writerOps.incrementAndGet();
        LockSupport.parkNanos(200_000 + rnd.nextInt(1_500_000));
      }
      return null;
    }));
    for (int t = 0; t < SERIES_READERS; t++) {
      String who = "reader " + t;
      futures.add(pool.submit(reader(100 + t, root, cacheDir, deadline, (rnd, d, windows) -> {
        List<DataFile> order = new ArrayList<>(files);
        Collections.shuffle(order, rnd);
        for (DataFile f : order) {
          int o = outcome(d, f, windows.get(f.relative()), who);
          outcomes[o == FAILED ? 3 : o].incrementAndGet();
        }
        if (d.cache() != null) {
          cacheHits.addAndGet(d.cache().hits());
        }
      })));
    }
    for (int t = 0; t < SYSTEM_READERS; t++) {
      String who = "system " + t;
      futures.add(pool.submit(reader(200 + t, root, cacheDir, deadline, (rnd, d, windows) -> {
        SystemResult got = runSystem(d, who);
        // what the data object read (it keeps every file it read, or its failure): the versions the system used
        Map<String, Integer> choice = new TreeMap<>();
        for (DataFile f : files) {
          if (!f.instrument().equals("CCC")) {
            int o = outcome(d, f, windows.get(f.relative()), who);
            choice.put(f.relative(), o == FAILED ? TRUNCATED : o);
          }
        }
        assertSameResult(got, reference(choice), who + " on " + choice);
        systems.incrementAndGet();
      })));
    }
    pool.shutdown();
    for (Future<?> f : futures) {
      try {
        f.get(90, TimeUnit.SECONDS);
      } catch (ExecutionException ex) {
        problems.add(ex.getCause());
      }
    }
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    if (!problems.isEmpty()) {
      AssertionError e = new AssertionError(problems.size() + " reader(s) or the writer failed; first: "
          + problems.peek(), problems.peek());
      problems.stream().skip(1).forEach(e::addSuppressed);
      throw e;
    }
    LOG.info("{} writer operations; series read: {} V0, {} V1, {} V2, {} failures; {} systems run against {}"
        + " references; {} cache hits", writerOps, outcomes[V0], outcomes[V1], outcomes[V2], outcomes[3], systems,
        references.size(), cacheHits);
    // the test did what it says
    assertThat(writerOps.get()).isGreaterThan(100);
    assertThat(outcomes[V0].get()).isPositive();
    assertThat(outcomes[V1].get()).isPositive();
    assertThat(outcomes[V2].get()).isPositive();
    assertThat(outcomes[3].get()).as("failures").isPositive();
    assertThat(systems.get()).isPositive();
    assertThat(cacheHits.get()).isPositive();

    // once the folder is still, the shared cache gives its current content
    Map<String, Integer> still = allIn(V1);
    for (DataFile f : files) {
      histories.get(f.relative()).begin(V1);
      writeAtomically(root.resolve(f.relative()).getParent(), root.resolve(f.relative()), f.versions()[V1]);
      histories.get(f.relative()).end();
    }
    CsvFuturesSimData d = CsvFuturesSimData.open(root, CacheOptions.in(cacheDir));
    Map<String, Window> windows = windows();
    for (DataFile f : files) {
      assertThat(outcome(d, f, windows.get(f.relative()), "after")).isEqualTo(V1);
    }
    assertSameResult(runSystem(CsvFuturesSimData.open(root, CacheOptions.in(cacheDir)), "after"), reference(still),
        "after");
  }

  /** What a reader does with a data object it has just opened. */
  @FunctionalInterface
  private interface ReaderStep {
    void run(Random rnd, CsvFuturesSimData data, Map<String, Window> windows) throws Exception;
  }

  /**
   * A reader thread's loop until the deadline: note the writer's progress, open the data (with the shared cache
   * or without, at random), run the step.
   */
  private Callable<Void> reader(long seed, Path root, Path cacheDir, long deadline, ReaderStep step) {
    return () -> {
      Random rnd = new Random(seed);
      while (System.nanoTime() < deadline) {
        Map<String, Window> windows = windows();
        CsvFuturesSimData d = rnd.nextBoolean() ? CsvFuturesSimData.open(root, CacheOptions.in(cacheDir))
            : CsvFuturesSimData.open(root);
        step.run(rnd, d, windows);
      }
      return null;
    };
  }

  private Map<String, Integer> allIn(int version) {
    Map<String, Integer> out = new TreeMap<>();
    for (DataFile f : files) {
      out.put(f.relative(), version);
    }
    return out;
  }

  private Map<String, Window> windows() {
    Map<String, Window> out = new TreeMap<>();
    histories.forEach((name, h) -> out.put(name, open(h)));
    return out;
  }
}
