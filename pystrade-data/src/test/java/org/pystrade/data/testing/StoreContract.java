package org.pystrade.data.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.RollCycle;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.csv.CsvStore;
import org.pystrade.data.store.ConfigKind;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.store.InstrumentConfig;
import org.pystrade.data.store.RollConfig;
import org.pystrade.data.store.SeriesColumns;
import org.pystrade.data.store.SeriesKey;
import org.pystrade.data.store.SeriesKind;
import org.pystrade.data.store.SpreadCost;
import org.pystrade.data.store.StoreContents;
import org.pystrade.data.store.StoreListener;
import org.pystrade.data.store.StoreSimData;
import org.pystrade.data.store.StoreUpdate;
import org.pystrade.data.stores.DataStores;

/**
 * The contract of a {@link DataStore}: extend it with {@link #open(Path, StoreListener)} returning a store kept in
 * (or named after) a folder, empty the first time, and run it with JUnit 5. It checks the round trip of every kind
 * of series and of the configuration tables (bit for bit, NaN cells, intraday and pre-1970 timestamps, empty
 * series), appends, overwrites, readers on several threads during writes, a missing series as a
 * {@link DataException} naming it, the all-or-nothing update (a listener fails it midway) and the backtest's data
 * over the store giving exactly what the CSV tree gives.
 */
public abstract class StoreContract {

  /** A folder for each test's store. */
  @TempDir
  protected Path folder;

  private final List<DataStore> opened = new ArrayList<>();

  /**
   * Opens the store of a folder: empty on first open, holding what was written when opened again.
   *
   * @param dir the folder (a store not kept in files uses it as a name)
   * @param listener to pass to the store: told of each part an update writes
   * @return the store
   */
  protected abstract DataStore open(Path dir, StoreListener listener);

  /**
   * How many units in the last place a value read back may differ from the one written: 0 (bit for bit) unless the
   * store's format cannot hold every double (pysystemtrade's CSV files are read with pandas' C parser, which reads
   * some 16 and 17 digit numbers one unit off, and cannot reach a few doubles from any text).
   *
   * @return the tolerance in units in the last place
   */
  protected int ulpTolerance() {
    return 0;
  }

  private DataStore store(StoreListener listener) {
    DataStore s = open(folder.resolve("store"), listener);
    opened.add(s);
    return s;
  }

  private DataStore store() {
    return store(StoreListener.NONE);
  }

  /** Closes the stores a test opened. */
  @org.junit.jupiter.api.AfterEach
  void closeStores() {
    opened.forEach(DataStore::close);
  }

  // ------------------------------------------------------------------ fixtures

  static final InstrumentCode CORN = InstrumentCode.of("CORN");
  static final InstrumentCode GAS_US = InstrumentCode.of("GAS_US");
  static final FxPair EURUSD = FxPair.of("EURUSD");

  static long t(int y, int m, int d, int h, int min, int s) {
    return Timestamps.of(LocalDateTime.of(y, m, d, h, min, s));
  }

  static TimeSeries adjusted(int n, double offset) {
    long[] times = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      times[i] = t(1965, 1, 4, 0, 0, 0) + i * 86_400L + (i % 3 == 0 ? 23 * 3600 : i % 3 == 1 ? 14 * 3600 + 35 * 60 + 7 : 0);
      v[i] = i % 7 == 3 ? Double.NaN : 100.0 / 3 + i * 0.1 + offset - (i % 5) * 1e-17 * 1e10;
    }
    return TimeSeries.of(times, v);
  }

  static MultiplePrices multiple(int n) {
    long[] times = new long[n];
    double[][] c = new double[6][n];
    for (int i = 0; i < n; i++) {
      times[i] = t(2020, 3, 2, 23, 0, 0) + i * 86_400L;
      c[0][i] = i % 4 == 0 ? Double.NaN : 262.3 + i;
      c[1][i] = 20200900;
      c[2][i] = 262.25 + i * 0.01;
      c[3][i] = 20200700;
      c[4][i] = i % 5 == 0 ? Double.NaN : 1e-5 * i;
      c[5][i] = 20200900;
    }
    TimeSeries price = TimeSeries.of(times, c[2]);
    return new MultiplePrices(price, price.withValues(c[3]), price.withValues(c[0]), price.withValues(c[1]),
        price.withValues(c[4]), price.withValues(c[5]));
  }

  static ContractPrices contract(FuturesContract contract, int n) {
    long[] times = new long[n];
    double[][] c = new double[5][n];
    for (int i = 0; i < n; i++) {
      times[i] = t(2021, 6, 1, 9, 30, 15) + i * 3_600L;
      c[0][i] = i % 2 == 0 ? Double.NaN : 4.5 + i;
      c[1][i] = 5.25 + i;
      c[2][i] = 4.0 + i;
      c[3][i] = 4.75 + i;
      c[4][i] = i % 3 == 0 ? Double.NaN : 1000.0 * i;
    }
    TimeSeries fin = TimeSeries.of(times, c[3]);
    return new ContractPrices(contract, fin.withValues(c[0]), fin.withValues(c[1]), fin.withValues(c[2]), fin,
        fin.withValues(c[4]));
  }

  static RollCalendar calendar() {
    return RollCalendar.of(new long[] {t(2019, 9, 17, 23, 0, 0), t(2019, 12, 16, 23, 0, 0)},
        List.of(ContractDate.of(20190900), ContractDate.of(20191200)),
        List.of(ContractDate.of(20191200), ContractDate.of(20200300)),
        List.of(ContractDate.of(20191200), ContractDate.of(20200300)));
  }

  static List<InstrumentConfig> instrumentConfig() {
    return List.of(InstrumentConfig.builder(CORN).description("Corn, \"CBOT\"").pointSize(50).currency(Currency.USD)
            .assetClass("Ags").perBlock(2.8).percentage(0).perTrade(0).region("US").build(),
        InstrumentConfig.builder(GAS_US).description("Henry Hub").pointSize(10000).currency(Currency.EUR)
            .assetClass("Energy").perBlock(Double.NaN).percentage(1e-4).perTrade(Double.NaN).region("US").build());
  }

  static List<RollConfig> rollConfig() {
    return List.of(new RollConfig(CORN, RollCycle.of("HKNUZ"), -5, 1, RollCycle.of("HKNUZ"), 31));
  }

  static List<SpreadCost> spreadCosts() {
    return List.of(SpreadCost.of(CORN, 0.125), SpreadCost.of(GAS_US, Double.NaN));
  }

  static StoreUpdate everything() {
    return StoreUpdate.builder()
        .adjustedPrices(CORN, adjusted(50, 0))
        .multiplePrices(CORN, multiple(40))
        .contractPrices(contract(FuturesContract.of(GAS_US, ContractDate.of(20210700)), 30))
        .contractPrices(contract(FuturesContract.of(CORN, ContractDate.of(20201200)), 3))
        .fxPrices(EURUSD, adjusted(20, 1.0))
        .rollCalendar(CORN, calendar())
        .instrumentConfig(instrumentConfig())
        .rollConfig(rollConfig())
        .spreadCosts(spreadCosts())
        .build();
  }

  /** Same times, same values bit for bit (within {@link #ulpTolerance()}), NaN where NaN. */
  void assertSame(SeriesColumns actual, SeriesColumns expected) {
    assertEqualArrays(actual.times(), expected.times(), "times");
    assertThat(actual.columns().length).isEqualTo(expected.columns().length);
    int tol = ulpTolerance();
    for (int c = 0; c < expected.columns().length; c++) {
      long[] a = bits(actual.columns()[c]);
      long[] e = bits(expected.columns()[c]);
      if (tol > 0) {
        for (int i = 0; i < e.length; i++) {
          if (Math.abs(a[i] - e[i]) <= tol && Double.isFinite(Double.longBitsToDouble(e[i]))) {
            a[i] = e[i];
          }
        }
      }
      assertEqualArrays(a, e, "column " + c);
    }
  }

  /** Equal arrays, or a failure naming the first row that differs (AssertJ's array comparison is slow on 10^5). */
  private static void assertEqualArrays(long[] actual, long[] expected, String what) {
    if (java.util.Arrays.equals(actual, expected)) {
      return;
    }
    assertThat(actual.length).as(what + ": rows").isEqualTo(expected.length);
    int i = java.util.Arrays.mismatch(actual, expected);
    org.junit.jupiter.api.Assertions.fail(what + ": row " + i + " is " + actual[i] + " (" + Double.longBitsToDouble(
        actual[i]) + "), expected " + expected[i] + " (" + Double.longBitsToDouble(expected[i]) + ")");
  }

  /** Bit for bit, whatever the tolerance: what a store read is what it gives back after a copy. */
  void assertExactly(SeriesColumns actual, SeriesColumns expected) {
    assertEqualArrays(actual.times(), expected.times(), "times");
    for (int c = 0; c < expected.columns().length; c++) {
      assertEqualArrays(bits(actual.columns()[c]), bits(expected.columns()[c]), "column " + c);
    }
  }

  private static long[] bits(double[] v) {
    long[] b = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      b[i] = Double.doubleToLongBits(v[i]);
    }
    return b;
  }

  // ------------------------------------------------------------------ tests

  @Test
  void emptyStoreHoldsNothing() {
    DataStore s = store();
    StoreContents c = s.contents();
    assertThat(c.seriesKeys()).isEmpty();
    assertThat(c.configTables()).isEmpty();
    assertThat(s.instrumentConfig()).isEmpty();
    assertThat(s.rollConfig()).isEmpty();
    assertThat(s.spreadCosts()).isEmpty();
    assertThat(s.location()).isNotBlank();
  }

  @Test
  void everyKindOfSeriesAndTableRoundTripsBitForBit() {
    StoreUpdate update = everything();
    store().apply(update);
    DataStore s = store(); // opened again: read from what was kept
    StoreContents c = s.contents();
    assertThat(c.adjusted()).containsExactly(CORN);
    assertThat(c.multiple()).containsExactly(CORN);
    assertThat(c.rollCalendars()).containsExactly(CORN);
    assertThat(c.contracts()).containsExactly(FuturesContract.of(CORN, ContractDate.of(20201200)),
        FuturesContract.of(GAS_US, ContractDate.of(20210700)));
    assertThat(c.fx()).containsExactly(EURUSD);
    assertThat(c.configTables()).containsExactlyInAnyOrder(ConfigKind.values());
    assertThat(c.instruments()).containsExactly(CORN, GAS_US);
    for (StoreUpdate.SeriesWrite w : update.seriesWrites()) {
      assertSame(s.read(w.key()), w.data());
    }
    assertThat(s.instrumentConfig()).containsExactlyElementsOf(instrumentConfig());
    assertThat(s.rollConfig()).containsExactlyElementsOf(rollConfig());
    assertThat(s.spreadCosts()).hasSize(2);
    assertThat(s.spreadCosts().get(0)).isEqualTo(spreadCosts().get(0));
    assertThat(s.spreadCosts().get(1).spreadCost()).isNaN();
    assertThat(s.rollCalendar(CORN)).isEqualTo(calendar());
    ContractPrices cp = s.contractPrices(FuturesContract.of(GAS_US, ContractDate.of(20210700)));
    assertThat(cp.fin().values()).containsExactly(contract(cp.contract(), 30).fin().values());
    assertThat(s.multiplePrices(CORN).priceContractAt(3)).isEqualTo(ContractDate.of(20200700));
    assertThat(s.fxPrices(EURUSD).size()).isEqualTo(20);
  }

  @Test
  void emptySeriesAndAllNaNColumnsAreKept() {
    double[] nan = new double[4];
    java.util.Arrays.fill(nan, Double.NaN);
    long[] times = {t(2001, 1, 1, 0, 0, 0), t(2001, 1, 2, 0, 0, 0), t(2001, 1, 3, 0, 0, 0), t(2001, 1, 4, 0, 0, 0)};
    store().apply(StoreUpdate.builder()
        .adjustedPrices(CORN, TimeSeries.empty())
        .fxPrices(EURUSD, TimeSeries.of(times, nan))
        .build());
    DataStore s = store();
    assertThat(s.contents().adjusted()).containsExactly(CORN);
    assertThat(s.adjustedPrices(CORN).size()).isZero();
    TimeSeries fx = s.fxPrices(EURUSD);
    assertThat(fx.timestamps()).containsExactly(times);
    for (int i = 0; i < 4; i++) {
      assertThat(fx.value(i)).isNaN();
    }
  }

  @Test
  void appendsFollowTheStoredRowsAndRefuseEarlierOnes() {
    TimeSeries all = adjusted(30, 0);
    long[] times = all.timestamps();
    double[] values = all.values();
    TimeSeries head = TimeSeries.of(java.util.Arrays.copyOf(times, 20), java.util.Arrays.copyOf(values, 20));
    TimeSeries tail = TimeSeries.of(java.util.Arrays.copyOfRange(times, 20, 30),
        java.util.Arrays.copyOfRange(values, 20, 30));
    DataStore s = store();
    s.apply(StoreUpdate.builder().appendAdjustedPrices(CORN, head).build()); // nothing stored: stored as it is
    s.apply(StoreUpdate.builder().appendAdjustedPrices(CORN, tail).build());
    assertSame(store().read(SeriesKey.adjusted(CORN)), SeriesColumns.of(all));
    assertThatThrownBy(() -> s.apply(StoreUpdate.builder().appendAdjustedPrices(CORN, tail).build()))
        .isInstanceOf(DataException.class)
        .satisfies(e -> assertThat(((DataException) e).code()).isEqualTo(ReasonCode.BAD_VALUE))
        .hasMessageContaining("adjusted prices CORN");
    assertSame(store().read(SeriesKey.adjusted(CORN)), SeriesColumns.of(all));
  }

  @Test
  void aReplaceOverwritesTheWholeSeries() {
    DataStore s = store();
    s.apply(StoreUpdate.builder().multiplePrices(CORN, multiple(40)).build());
    s.apply(StoreUpdate.builder().multiplePrices(CORN, multiple(7)).build());
    assertSame(store().read(SeriesKey.multiple(CORN)), SeriesColumns.of(multiple(7)));
    s.apply(StoreUpdate.builder().instrumentConfig(instrumentConfig().subList(1, 2)).build());
    assertThat(store().instrumentConfig()).containsExactly(instrumentConfig().get(1));
  }

  @Test
  void aMissingSeriesIsADataExceptionNamingItAndTheStore() {
    DataStore s = store();
    s.apply(StoreUpdate.builder().adjustedPrices(CORN, adjusted(5, 0)).build());
    assertThatThrownBy(() -> s.adjustedPrices(GAS_US))
        .isInstanceOf(DataException.class)
        .satisfies(e -> assertThat(((DataException) e).code()).isEqualTo(ReasonCode.MISSING_DATA))
        .hasMessageContaining("adjusted prices GAS_US");
    FuturesContract missing = FuturesContract.of(CORN, ContractDate.of(20991200));
    assertThatThrownBy(() -> s.contractPrices(missing))
        .isInstanceOf(DataException.class)
        .satisfies(e -> assertThat(((DataException) e).code()).isEqualTo(ReasonCode.MISSING_DATA))
        .hasMessageContaining("CORN/20991200");
    assertThatThrownBy(() -> s.rollCalendar(CORN)).isInstanceOf(DataException.class)
        .hasMessageContaining("roll calendar CORN");
    assertThatThrownBy(() -> s.fxPrices(EURUSD)).isInstanceOf(DataException.class)
        .hasMessageContaining("EURUSD");
  }

  @Test
  void anUpdateFailingMidwayLeavesTheStoreAsItWas() {
    DataStore first = store();
    first.apply(StoreUpdate.builder().adjustedPrices(CORN, adjusted(10, 0)).multiplePrices(CORN, multiple(10))
        .instrumentConfig(instrumentConfig().subList(0, 1)).build());
    AtomicInteger written = new AtomicInteger();
    DataStore failing = store(item -> {
      if (written.incrementAndGet() == 3) {
        throw new IllegalStateException("injected failure after writing " + item);
      }
    });
    StoreUpdate update = StoreUpdate.builder()
        .adjustedPrices(CORN, adjusted(12, 5))
        .appendMultiplePrices(CORN, shifted(multiple(3), 20 * 86_400L))
        .contractPrices(contract(FuturesContract.of(CORN, ContractDate.of(20201200)), 4))
        .fxPrices(EURUSD, adjusted(3, 1))
        .instrumentConfig(instrumentConfig())
        .build();
    assertThatThrownBy(() -> failing.apply(update)).isInstanceOf(DataException.class)
        .hasMessageContaining("injected failure");
    assertThat(written.get()).isEqualTo(3);
    for (DataStore s : List.of(failing, store())) {
      assertSame(s.read(SeriesKey.adjusted(CORN)), SeriesColumns.of(adjusted(10, 0)));
      assertSame(s.read(SeriesKey.multiple(CORN)), SeriesColumns.of(multiple(10)));
      assertThat(s.contents().contracts()).isEmpty();
      assertThat(s.contents().fx()).isEmpty();
      assertThat(s.instrumentConfig()).containsExactly(instrumentConfig().get(0));
    }
    // and the same update goes through when nothing fails
    store().apply(update);
    assertSame(store().read(SeriesKey.adjusted(CORN)), SeriesColumns.of(adjusted(12, 5)));
    assertThat(store().read(SeriesKey.multiple(CORN)).size()).isEqualTo(13);
  }

  /**
   * Two instruments of the sample data (SOFR in USD, EUROSTX in EUR), the EURUSD rates and the configuration, as a
   * CSV tree in a folder: the sample data, small enough for every test run.
   */
  static Path sampleSubset(Path dir) {
    Path sample;
    try {
      sample = SampleData.directory();
    } catch (DataException ex) {
      // a store tested outside this project, without its sample-data folder: this case only is skipped, saying why
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "the comparison with the CSV tree needs pystrade's "
          + "sample-data folder (-D" + SampleData.PROPERTY + "=DIR): " + ex.getMessage());
      throw ex;
    }
    try {
      for (String f : List.of("adjusted_prices_csv/SOFR.csv.gz", "adjusted_prices_csv/EUROSTX.csv.gz",
          "multiple_prices_csv/SOFR.csv.gz", "multiple_prices_csv/EUROSTX.csv.gz", "fx_prices_csv/EURUSD.csv.gz",
          "roll_calendars_csv/SOFR.csv.gz", "csvconfig/instrumentconfig.csv", "csvconfig/rollconfig.csv",
          "csvconfig/spreadcosts.csv")) {
        Path target = dir.resolve(f);
        java.nio.file.Files.createDirectories(target.getParent());
        java.nio.file.Files.copy(sample.resolve(f), target);
      }
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
    return dir;
  }

  private static MultiplePrices shifted(MultiplePrices m, long seconds) {
    long[] t = m.price().timestamps();
    for (int i = 0; i < t.length; i++) {
      t[i] += seconds;
    }
    TimeSeries p = TimeSeries.of(t, m.price().values());
    return new MultiplePrices(p, p.withValues(m.priceContract().values()), p.withValues(m.carry().values()),
        p.withValues(m.carryContract().values()), p.withValues(m.forward().values()),
        p.withValues(m.forwardContract().values()));
  }

  @Test
  void readersOnSeveralThreadsSeeWholeSeriesWhileAWriterReplacesThem() throws Exception {
    DataStore s = store();
    StoreUpdate.Builder b = StoreUpdate.builder();
    List<InstrumentCode> codes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      InstrumentCode code = InstrumentCode.of("I" + i);
      codes.add(code);
      b.adjustedPrices(code, adjusted(200, 0));
    }
    s.apply(b.build());
    SeriesColumns v0 = SeriesColumns.of(adjusted(200, 0));
    SeriesColumns v1 = SeriesColumns.of(adjusted(150, 1));
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(pool.submit(() -> {
          int reads = 0;
          while (!stop.get() || reads < 24) {
            for (InstrumentCode code : codes) {
              SeriesColumns got = s.read(SeriesKey.adjusted(code));
              assertThat(got.sameAs(v0) || got.sameAs(v1)).as("a whole series, old or new").isTrue();
              reads++;
            }
          }
          return reads;
        }));
      }
      for (int round = 0; round < 4; round++) {
        StoreUpdate.Builder w = StoreUpdate.builder();
        for (InstrumentCode code : codes) {
          w.adjustedPrices(code, (round % 2 == 0 ? adjusted(150, 1) : adjusted(200, 0)));
        }
        s.apply(w.build());
      }
      stop.set(true);
      for (Future<Integer> f : readers) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(24);
      }
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }

  @Test
  void theBacktestDataOverTheStoreIsTheSampleDataBitForBit() {
    Path sample = sampleSubset(folder.resolve("sample"));
    DataStore target = store();
    DataStores.CopySummary summary;
    try (DataStore csv = CsvStore.open(sample)) {
      summary = DataStores.copy(csv, target, x -> { });
    }
    assertThat(summary.instruments()).isEqualTo(2);
    FuturesSimData expected = CsvFuturesSimData.open(sample);
    FuturesSimData actual = StoreSimData.of(store());
    assertThat(actual.instruments()).isEqualTo(expected.instruments());
    for (InstrumentCode code : expected.instruments()) {
      assertExactly(SeriesColumns.of(actual.adjustedPrices(code)), SeriesColumns.of(expected.adjustedPrices(code)));
      assertExactly(SeriesColumns.of(actual.multiplePrices(code)), SeriesColumns.of(expected.multiplePrices(code)));
      assertThat(actual.meta(code)).isEqualTo(expected.meta(code));
      assertThat(actual.sourceDefects(code).stream().map(d -> d.kind()).toList())
          .isEqualTo(expected.sourceDefects(code).stream().map(d -> d.kind()).toList());
      Currency ccy = expected.meta(code).currency();
      assertExactly(SeriesColumns.of(actual.fxRate(ccy, Currency.USD)),
          SeriesColumns.of(expected.fxRate(ccy, Currency.USD)));
    }
    assertExactly(SeriesColumns.of(actual.fxRate(Currency.USD, Currency.EUR)),
        SeriesColumns.of(expected.fxRate(Currency.USD, Currency.EUR)));
    assertThatThrownBy(() -> actual.fxRate(Currency.of("JPY"), Currency.USD)).isInstanceOf(DataException.class)
        .satisfies(e -> assertThat(((DataException) e).code()).isEqualTo(ReasonCode.NO_FX_RATE));
    assertThat(SeriesKind.values()).hasSize(5);
  }
}
