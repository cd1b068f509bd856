package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.SampleData;

class CsvFuturesSimDataCacheTest {

  private static final List<String> SIX = List.of("CORN", "EUROSTX", "MXP", "SOFR", "US10", "V2X");

  @TempDir
  Path tmp;

  private static void assertBitIdentical(TimeSeries a, TimeSeries b) {
    assertThat(a.timestamps()).isEqualTo(b.timestamps());
    long[] ba = new long[a.size()];
    long[] bb = new long[b.size()];
    for (int i = 0; i < a.size(); i++) {
      ba[i] = Double.doubleToRawLongBits(a.value(i));
      bb[i] = Double.doubleToRawLongBits(b.value(i));
    }
    assertThat(ba).isEqualTo(bb);
  }

  private static void assertBitIdentical(MultiplePrices a, MultiplePrices b) {
    assertBitIdentical(a.price(), b.price());
    assertBitIdentical(a.priceContract(), b.priceContract());
    assertBitIdentical(a.carry(), b.carry());
    assertBitIdentical(a.carryContract(), b.carryContract());
    assertBitIdentical(a.forward(), b.forward());
    assertBitIdentical(a.forwardContract(), b.forwardContract());
  }

  @Test
  void cacheHitIsBitIdenticalToParsing() {
    Path cacheDir = tmp.resolve("cache/nested");
    CsvFuturesSimData plain = SampleData.open();
    CsvFuturesSimData first = CsvFuturesSimData.open(SampleData.directory(), CacheOptions.in(cacheDir));
    for (String s : SIX) {
      first.adjustedPrices(InstrumentCode.of(s));
      first.multiplePrices(InstrumentCode.of(s));
    }
    first.fxRate(Currency.of("EUR"), Currency.of("USD"));
    assertThat(first.cache().misses()).isEqualTo(13);
    assertThat(first.cache().writes()).isEqualTo(13);
    assertThat(first.cache().hits()).isZero();

    CsvFuturesSimData second = CsvFuturesSimData.open(SampleData.directory(), CacheOptions.in(cacheDir));
    for (String s : SIX) {
      InstrumentCode c = InstrumentCode.of(s);
      assertBitIdentical(second.adjustedPrices(c), plain.adjustedPrices(c));
      assertBitIdentical(second.multiplePrices(c), plain.multiplePrices(c));
    }
    assertBitIdentical(second.fxRate(Currency.of("EUR"), Currency.of("USD")), plain.fxRate(Currency.of("EUR"), Currency.of("USD")));
    assertThat(second.cache().hits()).isEqualTo(13);
    assertThat(second.cache().misses()).isZero();
  }

  @Test
  void changedSourceIsRebuiltAndTouchedSourceIsNot() throws Exception {
    TestLayout layout = new TestLayout(tmp.resolve("data"));
    layout.adjusted("X", "2020-01-01 00:00:00,1.5\n2020-01-02 00:00:00,\n");
    Path source = layout.root().resolve("adjusted_prices_csv/X.csv");
    CacheOptions options = CacheOptions.in(tmp.resolve("cache"));
    InstrumentCode x = InstrumentCode.of("X");

    CsvFuturesSimData d1 = CsvFuturesSimData.open(layout.root(), options);
    assertThat(d1.adjustedPrices(x).value(0)).isEqualTo(1.5);
    assertThat(d1.cache().misses()).isEqualTo(1);

    CsvFuturesSimData d2 = CsvFuturesSimData.open(layout.root(), options);
    assertThat(d2.adjustedPrices(x).value(0)).isEqualTo(1.5);
    assertThat(d2.adjustedPrices(x).value(1)).isNaN();
    assertThat(d2.cache().hits()).isEqualTo(1);

    // same size, different content, new modification time
    FileTime before = Files.getLastModifiedTime(source);
    layout.adjusted("X", "2020-01-01 00:00:00,2.5\n2020-01-02 00:00:00,\n");
    Files.setLastModifiedTime(source, FileTime.fromMillis(before.toMillis() + 5_000));
    CsvFuturesSimData d3 = CsvFuturesSimData.open(layout.root(), options);
    assertThat(d3.adjustedPrices(x).value(0)).isEqualTo(2.5);
    assertThat(d3.cache().misses()).isEqualTo(1);
    assertThat(d3.cache().hits()).isZero();

    // the entry was replaced rather than added
    assertThat(d3.cache().entries()).hasSize(1);

    // touched only: the same bytes, so the entry is still good
    Files.setLastModifiedTime(source, FileTime.fromMillis(before.toMillis() + 10_000));
    CsvFuturesSimData d4 = CsvFuturesSimData.open(layout.root(), options);
    assertThat(d4.adjustedPrices(x).value(0)).isEqualTo(2.5);
    assertThat(d4.cache().hits()).isEqualTo(1);
    assertThat(d4.cache().entries()).hasSize(1);

    CsvFuturesSimData d5 = CsvFuturesSimData.open(layout.root(), options);
    assertThat(d5.adjustedPrices(x).value(0)).isEqualTo(2.5);
    assertThat(d5.cache().hits()).isEqualTo(1);
  }

  @Test
  void corruptEntryIsIgnoredAndRewritten() throws Exception {
    TestLayout layout = new TestLayout(tmp.resolve("data"));
    layout.adjusted("X", "2020-01-01 00:00:00,1.5\n2020-01-02 00:00:00,2.5\n");
    CacheOptions options = CacheOptions.in(tmp.resolve("cache"));
    InstrumentCode x = InstrumentCode.of("X");
    CsvFuturesSimData d1 = CsvFuturesSimData.open(layout.root(), options);
    d1.adjustedPrices(x);
    Path entry = d1.cache().entries().get(0);
    byte[] bytes = Files.readAllBytes(entry);
    int at = TableCacheTest.offsetOf(java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN), 2.5);
    bytes[at + 3] ^= 0x55; // flip bits in the values
    Files.write(entry, bytes);

    CsvFuturesSimData d2 = CsvFuturesSimData.open(layout.root(), options);
    assertThat(d2.adjustedPrices(x).values()).containsExactly(1.5, 2.5);
    assertThat(d2.cache().misses()).isEqualTo(1);
    assertThat(d2.cache().writes()).isEqualTo(1);

    Files.write(entry, new byte[] {1, 2, 3});
    CsvFuturesSimData d3 = CsvFuturesSimData.open(layout.root(), options);
    assertThat(d3.adjustedPrices(x).values()).containsExactly(1.5, 2.5);
    assertThat(d3.cache().misses()).isEqualTo(1);
  }

  @Test
  void parseErrorsAreNotCachedAndStillReported() {
    TestLayout layout = new TestLayout(tmp.resolve("data"));
    layout.adjusted("X", "2020-01-01 00:00:00,oops\n");
    CacheOptions options = CacheOptions.in(tmp.resolve("cache"));
    CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), options);
    assertThatThrownBy(() -> d.adjustedPrices(InstrumentCode.of("X"))).isInstanceOf(DataException.class)
        .hasMessageContaining("X.csv line 2");
    assertThat(d.cache().writes()).isZero();
  }

  @Test
  void cacheDirectoryThatCannotBeCreated() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    assertThatThrownBy(() -> CsvFuturesSimData.open(SampleData.directory(), CacheOptions.in(file.resolve("sub"))))
        .isInstanceOf(DataException.class).hasMessageContaining("cache directory");
  }

  @Test
  void sourceMovedIntoPlaceKeepsWorking() throws Exception {
    // a new file replacing the source (different size) is a miss
    TestLayout layout = new TestLayout(tmp.resolve("data"));
    layout.adjusted("X", "2020-01-01 00:00:00,1\n");
    CacheOptions options = CacheOptions.in(tmp.resolve("cache"));
    CsvFuturesSimData.open(layout.root(), options).adjustedPrices(InstrumentCode.of("X"));
    Path replacement = tmp.resolve("X.csv");
    Files.writeString(replacement, "DATETIME,price\n2020-01-01 00:00:00,1\n2020-01-02 00:00:00,2\n");
    Files.move(replacement, layout.root().resolve("adjusted_prices_csv/X.csv"), StandardCopyOption.REPLACE_EXISTING);
    CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), options);
    assertThat(d.adjustedPrices(InstrumentCode.of("X")).values()).containsExactly(1.0, 2.0);
    assertThat(d.cache().misses()).isEqualTo(1);
  }

  @Test
  void inUseRetentionRereadsLetGoFilesBitIdenticallyAndRemembersFailures() throws Exception {
    CsvFuturesSimData kept = SampleData.open();
    CsvFuturesSimData inUse = CsvFuturesSimData.open(SampleData.directory(), CacheOptions.in(tmp.resolve("c")))
        .retaining(Retention.IN_USE);
    assertThat(kept.retention()).isEqualTo(Retention.ALL);
    assertThat(inUse.retention()).isEqualTo(Retention.IN_USE);
    assertThat(kept.retaining(Retention.IN_USE).retention()).isEqualTo(Retention.IN_USE);
    InstrumentCode corn = InstrumentCode.of("CORN");
    TimeSeries first = inUse.adjustedPrices(corn);
    // held while in use: no second read
    assertThat(inUse.adjustedPrices(corn)).isSameAs(first);
    long reads = inUse.filesRead();
    // once nothing refers to it, it may be collected and is then read again
    WeakReference<TimeSeries> probe = new WeakReference<>(first);
    first = null;
    for (String s : SIX) {
      inUse.multiplePrices(InstrumentCode.of(s));
      if (!s.equals("CORN")) {
        inUse.adjustedPrices(InstrumentCode.of(s));
      }
    }
    for (int i = 0; i < 20 && probe.get() != null; i++) {
      System.gc();
      Thread.sleep(5);
    }
    assertThat(probe.get()).as("CORN's prices let go once unused").isNull();
    reads = inUse.filesRead();
    assertBitIdentical(inUse.adjustedPrices(corn), kept.adjustedPrices(corn));
    assertThat(inUse.filesRead()).isEqualTo(reads + 1);
    for (String s : SIX) {
      InstrumentCode c = InstrumentCode.of(s);
      assertBitIdentical(inUse.adjustedPrices(c), kept.adjustedPrices(c));
      assertBitIdentical(inUse.multiplePrices(c), kept.multiplePrices(c));
    }
    assertThat(inUse.filesRead()).isGreaterThan(reads);
    assertThat(inUse.readSeconds()).isPositive();

    TestLayout layout = new TestLayout(tmp.resolve("bad"));
    layout.adjusted("X", "2020-01-01 00:00:00,1.5\nnot a date,2\n");
    CsvFuturesSimData bad = CsvFuturesSimData.open(layout.root()).retaining(Retention.IN_USE);
    InstrumentCode x = InstrumentCode.of("X");
    assertThatThrownBy(() -> bad.adjustedPrices(x)).isInstanceOf(DataException.class).hasMessageContaining("line 3");
    long badReads = bad.filesRead();
    assertThatThrownBy(() -> bad.adjustedPrices(x)).isInstanceOf(DataException.class).hasMessageContaining("line 3");
    assertThat(bad.filesRead()).isEqualTo(badReads);
  }

  @Test
  void checkPricesAnswersFromUpToDateCacheEntriesWithoutDecodingAndFailsAsTheReadsWould() throws Exception {
    Path cacheDir = tmp.resolve("check");
    CsvFuturesSimData filler = CsvFuturesSimData.open(SampleData.directory(), CacheOptions.in(cacheDir));
    for (String s : SIX) {
      filler.checkPrices(InstrumentCode.of(s)); // Retention.ALL: reads (and so caches) both files
    }
    assertThat(filler.filesRead()).isEqualTo(12);

    // files kept while in use, with a cache: checking reads the daily prices the system reads next, deriving them
    // (from both files' cached tables) where they are not cached yet, and storing them
    CsvFuturesSimData deriving = CsvFuturesSimData.open(SampleData.directory(), CacheOptions.in(cacheDir))
        .retaining(Retention.IN_USE);
    for (String s : SIX) {
      deriving.checkPrices(InstrumentCode.of(s));
    }
    assertThat(deriving.filesRead()).isEqualTo(12);
    assertThat(deriving.cache().hits()).isEqualTo(12);
    assertThat(deriving.cache().writes()).as("the daily prices").isEqualTo(6);

    CsvFuturesSimData inUse = CsvFuturesSimData.open(SampleData.directory(), CacheOptions.in(cacheDir))
        .retaining(Retention.IN_USE);
    for (String s : SIX) {
      inUse.checkPrices(InstrumentCode.of(s));
    }
    assertThat(inUse.filesRead()).as("the daily prices' entries only: no table is read").isEqualTo(6);
    assertThat(inUse.cache().hits()).isEqualTo(6);
    assertThat(inUse.cache().misses()).isZero();
    assertThatThrownBy(() -> inUse.checkPrices(InstrumentCode.of("NOPE"))).isInstanceOf(DataException.class)
        .hasMessageContaining("unknown instrument NOPE");

    // without a usable entry the files are read, and their failures reported as the reads report them
    TestLayout layout = new TestLayout(tmp.resolve("layout"));
    layout.adjusted("X", "2020-01-01 00:00:00,1.5\n2020-01-02 00:00:00,1.6\n")
        .multiple("X", "2020-01-01 00:00:00,1,20200301,1.5,20200601,1.4,20200901\n")
        .adjusted("WIDE", "2020-01-01 00:00:00,1.5\n")
        .adjusted("BAD", "2020-01-01 00:00:00,1.5\n")
        .multiple("BAD", "2020-01-01 00:00:00,1,20200301,1.5,20200601,1.4,20200901\nnot a date,1,2,3,4,5,6\n");
    layout.write("adjusted_prices_csv/WIDE.csv", "DATETIME,price,other\n2020-01-01 00:00:00,1.5,2\n");
    CsvFuturesSimData first = CsvFuturesSimData.open(layout.root(), CacheOptions.in(cacheDir))
        .retaining(Retention.IN_USE);
    first.checkPrices(InstrumentCode.of("X"));
    assertThat(first.filesRead()).isEqualTo(2);
    assertThatThrownBy(() -> first.checkPrices(InstrumentCode.of("WIDE"))).isInstanceOf(DataException.class)
        .hasMessageContaining("must have 2 columns");
    assertThatThrownBy(() -> first.checkPrices(InstrumentCode.of("BAD"))).isInstanceOf(DataException.class)
        .hasMessageContaining("BAD.csv").hasMessageContaining("line 3");

    CsvFuturesSimData second = CsvFuturesSimData.open(layout.root(), CacheOptions.in(cacheDir))
        .retaining(Retention.IN_USE);
    second.checkPrices(InstrumentCode.of("X"));
    assertThat(second.filesRead()).as("the daily prices' entry only").isEqualTo(1);
    // a cached file of the wrong shape is still an error (its entry exists: the parse itself succeeded)
    assertThatThrownBy(() -> second.checkPrices(InstrumentCode.of("WIDE"))).isInstanceOf(DataException.class)
        .hasMessageContaining("must have 2 columns");
    assertThatThrownBy(() -> second.checkPrices(InstrumentCode.of("BAD"))).isInstanceOf(DataException.class)
        .hasMessageContaining("line 3");
    // a changed source makes its entry stale: the file is read again
    Path x = layout.root().resolve("adjusted_prices_csv/X.csv");
    layout.adjusted("X", "2020-01-01 00:00:00,1.5\n2020-01-02 00:00:00,-\n");
    Files.setLastModifiedTime(x, FileTime.fromMillis(Files.getLastModifiedTime(x).toMillis() + 5000));
    CsvFuturesSimData third = CsvFuturesSimData.open(layout.root(), CacheOptions.in(cacheDir))
        .retaining(Retention.IN_USE);
    assertThatThrownBy(() -> third.checkPrices(InstrumentCode.of("X"))).isInstanceOf(DataException.class)
        .hasMessageContaining("X.csv");
    assertThat(third.filesRead()).isEqualTo(1);
  }
}
