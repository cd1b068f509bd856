package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.DailyPrices;
import org.pystrade.core.data.DataDefect;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.ipc.ArrowIpc;

/**
 * The daily prices the CSV data serves from its binary cache ({@link DailyEntries}): bit for bit what
 * {@link DailyPrices#derive} gives on the prices, served without reading the price tables when the entry was derived
 * from the same bytes of both files by the same code, derived again otherwise.
 */
class DailyPricesCacheTest {

  private static final InstrumentCode X = InstrumentCode.of("X");
  private static final String ADJUSTED = "2020-01-02 10:00:00,100\n2020-01-02 15:00:00,101\n"
      + "2020-01-03 12:00:00,102\n2020-01-03 12:00:00,103\n2020-01-06 09:00:00,104\n2020-01-07 09:00:00,105\n";
  private static final String MULTIPLE = "2020-01-02 10:00:00,99,20200600,100,20200300,98,20200600\n"
      + "2020-01-02 15:00:00,99.5,20200600,101,20200300,0.0,20200600\n"
      + "2020-01-03 12:00:00,100,20200600,103,20200300,99,20200600\n"
      + "2020-01-06 09:00:00,101,20200600,104,20200300,100,20200600\n"
      + "2020-01-07 09:00:00,102,20200600,105,20200300,101,20200600\n";

  @TempDir
  Path tmp;

  private TestLayout layout(String multiple) {
    TestLayout layout = new TestLayout(tmp.resolve("data"));
    layout.adjusted("X", ADJUSTED).multiple("X", multiple)
        .config("X,x,50,USD,Ags,0,0,0,US\n");
    return layout;
  }

  /** The data as the command line opens it: cached, files kept while in use. */
  private static CsvFuturesSimData inUse(TestLayout layout, CacheOptions options) {
    return CsvFuturesSimData.open(layout.root(), options).retaining(Retention.IN_USE);
  }

  private static void assertSameBits(TimeSeries a, TimeSeries b) {
    assertThat(a.timestamps()).isEqualTo(b.timestamps());
    for (int i = 0; i < a.size(); i++) {
      assertThat(Double.doubleToRawLongBits(a.value(i))).as("row %s", i)
          .isEqualTo(Double.doubleToRawLongBits(b.value(i)));
    }
  }

  private static void assertSame(DailyPrices a, DailyPrices b) {
    assertSameBits(a.adjusted(), b.adjusted());
    assertSameBits(a.price(), b.price());
    assertSameBits(a.annualisedRoll(), b.annualisedRoll());
    assertThat(a.defects()).isEqualTo(b.defects());
  }

  @Test
  void servedFromTheCacheBitForBitWithoutReadingThePriceTables() {
    TestLayout layout = layout(MULTIPLE);
    CacheOptions options = CacheOptions.in(tmp.resolve("cache"));
    DailyPrices expected = DailyPrices.derive(CsvFuturesSimData.open(layout.root()), X).orElseThrow();
    assertThat(expected.defects()).extracting(DataDefect::kind).contains(DataDefect.Kind.NON_POSITIVE_PRICE);

    CsvFuturesSimData first = inUse(layout, options);
    assertSame(first.daily(X).orElseThrow(), expected);
    assertThat(first.cache().misses()).as("both tables parsed").isEqualTo(2);
    assertThat(first.cache().writes()).as("both tables and the daily prices").isEqualTo(3);

    CsvFuturesSimData second = inUse(layout, options);
    assertSame(second.daily(X).orElseThrow(), expected);
    assertThat(second.cache().hits()).as("the daily prices' entry only").isEqualTo(1);
    assertThat(second.cache().misses()).isZero();
    assertThat(second.filesRead()).isEqualTo(1);

    // the entry keeps the warnings of the tables' reading (the merged rows), to say them again when read
    Path adjusted = layout.root().resolve("adjusted_prices_csv/X.csv");
    Path multiple = layout.root().resolve("multiple_prices_csv/X.csv");
    ArrowIpc.Table entry = second.cache().readDerived(adjusted, DailyEntries.variant(layout.root()),
        DailyEntries.key(adjusted, TableCache.contentNow(adjusted), multiple,
            TableCache.contentNow(multiple))).orElseThrow();
    List<String> warnings = DailyEntries.decode(X, entry).warnings();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).startsWith(adjusted.toString()).contains("line 5");
  }

  @Test
  void aChangedPriceFileOrAnotherBuildIsDerivedAgain() {
    TestLayout layout = layout(MULTIPLE);
    CacheOptions options = CacheOptions.in(tmp.resolve("cache"));
    DailyPrices before = inUse(layout, options).daily(X).orElseThrow();

    layout.multiple("X", MULTIPLE.replace("105,20200300", "106,20200300"));
    DailyPrices expected = DailyPrices.derive(CsvFuturesSimData.open(layout.root()), X).orElseThrow();
    CsvFuturesSimData changed = inUse(layout, options);
    DailyPrices after = changed.daily(X).orElseThrow();
    assertSame(after, expected);
    assertThat(after.price().lastValid()).isEqualTo(106.0);
    assertThat(before.price().lastValid()).isEqualTo(105.0);
    assertThat(changed.cache().hits()).as("the adjusted prices' table only").isEqualTo(1);

    // an entry derived by other code (another build of pystrade) is not served
    Path adjusted = layout.root().resolve("adjusted_prices_csv/X.csv");
    Path multiple = layout.root().resolve("multiple_prices_csv/X.csv");
    Map<String, String> key = DailyEntries.key(adjusted, TableCache.contentNow(adjusted), multiple,
        TableCache.contentNow(multiple));
    assertThat(changed.cache().readDerived(adjusted, DailyEntries.variant(layout.root()), key)).isPresent();
    Map<String, String> otherBuild = new HashMap<>(key);
    otherBuild.put("daily.code", DailyEntries.CODE + "-other");
    assertThat(changed.cache().readDerived(adjusted, DailyEntries.variant(layout.root()), otherBuild)).isEmpty();
    // nor one read from another data folder (the defects name their files)
    assertThat(changed.cache().readDerived(adjusted, DailyEntries.variant(tmp), key)).isEmpty();
  }

  @Test
  void aFolderNamedTwoWaysHasAnEntryForEachNameNotOneRewrittenByEach() {
    TestLayout layout = layout(MULTIPLE);
    CacheOptions options = CacheOptions.in(tmp.resolve("cache"));
    Path[] names = {layout.root(), layout.root().resolve(".")};
    for (Path name : names) {
      CsvFuturesSimData d = CsvFuturesSimData.open(name, options).retaining(Retention.IN_USE);
      d.daily(X).orElseThrow();
      assertThat(d.cache().writes()).as("first read as %s", name).isGreaterThanOrEqualTo(1);
    }
    for (Path name : names) {
      CsvFuturesSimData d = CsvFuturesSimData.open(name, options).retaining(Retention.IN_USE);
      DailyPrices daily = d.daily(X).orElseThrow();
      assertThat(d.cache().writes()).as("read again as %s", name).isZero();
      assertThat(d.cache().hits()).isEqualTo(1);
      // each names its files as its folder was named
      assertThat(daily.defects()).allMatch(x -> x.location().startsWith(name.toString()));
    }
  }

  @Test
  void aCorruptEntryIsDerivedAgainAndRewritten() throws Exception {
    TestLayout layout = layout(MULTIPLE);
    CacheOptions options = CacheOptions.in(tmp.resolve("cache"));
    DailyPrices expected = inUse(layout, options).daily(X).orElseThrow();
    for (Path entry : inUse(layout, options).cache().entries()) {
      byte[] bytes = Files.readAllBytes(entry);
      Files.write(entry, Arrays.copyOf(bytes, bytes.length / 2));
    }
    CsvFuturesSimData again = inUse(layout, options);
    assertSame(again.daily(X).orElseThrow(), expected);
    assertThat(again.cache().writes()).isEqualTo(3);
    CsvFuturesSimData third = inUse(layout, options);
    assertSame(third.daily(X).orElseThrow(), expected);
    assertThat(third.cache().hits()).isEqualTo(1);
  }

  @Test
  void noneWithoutACacheOrMultiplePricesOrWherePricesCannotBeRead() {
    TestLayout layout = layout(MULTIPLE);
    layout.adjusted("Y", "2020-01-02 10:00:00,100\n");
    layout.adjusted("Z", "2020-01-02 10:00:00,\n").multiple("Z", MULTIPLE);
    layout.adjusted("W", "2020-01-02 10:00:00,100\n")
        .multiple("W", "2020-01-02 10:00:00,99,20201300,100,20200300,98,20200600\n");
    CacheOptions options = CacheOptions.in(tmp.resolve("cache"));
    assertThat(CsvFuturesSimData.open(layout.root()).daily(X)).as("no cache").isEmpty();
    assertThat(CsvFuturesSimData.open(layout.root(), options).daily(X)).as("every file kept as first read").isEmpty();
    CsvFuturesSimData cached = inUse(layout, options);
    assertThat(cached.daily(InstrumentCode.of("Y"))).as("no multiple prices").isEmpty();
    assertThat(cached.daily(InstrumentCode.of("Z"))).as("no valid adjusted price").isEmpty();
    assertThat(cached.daily(InstrumentCode.of("W"))).as("a month 13 contract").isEmpty();
    // the prices' own reads fail as they always have
    assertThatThrownBy(() -> cached.multiplePrices(InstrumentCode.of("W"))).isInstanceOf(DataException.class)
        .hasMessageContaining("20201300").extracting(e -> ((DataException) e).code())
        .isEqualTo(ReasonCode.MALFORMED_DATA);
    assertThatThrownBy(() -> cached.daily(InstrumentCode.of("NOPE"))).isInstanceOf(DataException.class)
        .hasMessageContaining("NOPE");
  }
}
