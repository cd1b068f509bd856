package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.FxRates;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/** File-format variants, row-order repairs, FX routing and configuration defaults. */
class CsvFuturesSimDataFormatTest {

  private static final InstrumentCode X = InstrumentCode.of("X");

  @TempDir
  Path tmp;
  private TestLayout layout;

  @BeforeEach
  void setUp() {
    layout = new TestLayout(tmp);
  }

  private static long t(String text) {
    return Timestamps.parse(text);
  }

  @Test
  void plainGzippedAndMisnamedFiles() {
    layout.write("adjusted_prices_csv/A.csv", "DATETIME,price\n2020-01-01 00:00:00,1\n");
    layout.write("adjusted_prices_csv/B.csv.gz", "DATETIME,price\n2020-01-01 00:00:00,2\n");
    // gzip content under a .csv name: recognised by its magic bytes
    layout.write("adjusted_prices_csv/C.csv",
        "DATETIME,price\n2020-01-01 00:00:00,3\n".getBytes(StandardCharsets.UTF_8), true);
    // both: the plain file wins
    layout.write("adjusted_prices_csv/D.csv", "DATETIME,price\n2020-01-01 00:00:00,4\n");
    layout.write("adjusted_prices_csv/D.csv.gz", "DATETIME,price\n2020-01-01 00:00:00,40\n");
    layout.write("adjusted_prices_csv/README.md", "not data");
    CsvFuturesSimData data = layout.open();
    assertThat(data.instruments()).extracting(InstrumentCode::value).containsExactly("A", "B", "C", "D");
    assertThat(data.adjustedPrices(InstrumentCode.of("A")).value(0)).isEqualTo(1.0);
    assertThat(data.adjustedPrices(InstrumentCode.of("B")).value(0)).isEqualTo(2.0);
    assertThat(data.adjustedPrices(InstrumentCode.of("C")).value(0)).isEqualTo(3.0);
    assertThat(data.adjustedPrices(InstrumentCode.of("D")).value(0)).isEqualTo(4.0);
  }

  @Test
  void crlfBomBlankLinesNoFinalNewlineAndMissingMarkers() {
    // pandas 2 refuses a date alone, the ISO T and a time without seconds with pysystemtrade's format: see
    // PandasParityParsingTest
    String body = "\uFEFFDATETIME,price\r\n2020-01-01 00:00:00,1.5\r\n\r\n2020-01-02 13:45:10,\r\n"
        + "2020-01-03 00:00:00,NaN\r\n \t\r\n2020-01-06 00:00:00,nan\r\n2020-01-07 08:00:00,\"2.5\"\r\n"
        + "2020-01-08 09:30:00,-0.0\r\n2020-01-09 00:00:00,N/A\r\n2020-01-10 00:00:00,5.5e-06";
    layout.write("adjusted_prices_csv/X.csv", body);
    TimeSeries s = layout.open().adjustedPrices(X);
    assertThat(s.timestamps()).containsExactly(t("2020-01-01"), t("2020-01-02 13:45:10"), t("2020-01-03"),
        t("2020-01-06"), t("2020-01-07 08:00:00"), t("2020-01-08 09:30:00"), t("2020-01-09"), t("2020-01-10"));
    assertThat(s.values()).usingElementComparator((a, b) -> Double.compare(a, b))
        .containsExactly(1.5, Double.NaN, Double.NaN, Double.NaN, 2.5, -0.0, Double.NaN, 5.5e-06);
  }

  @Test
  void headerOnlyFileIsAnEmptySeries() {
    layout.adjusted("X", "");
    assertThat(layout.open().adjustedPrices(X).isEmpty()).isTrue();
  }

  @Test
  void adjustedPricesAreSortedAndRepeatedTimestampsKeepTheLastValidValue() {
    // as pandas groupby(level=0).last(): sorted, last non-NaN per timestamp, NaN if all NaN
    layout.adjusted("X", "2020-01-03 00:00:00,3\n2020-01-01 00:00:00,1\n2020-01-02 00:00:00,2\n2020-01-02 00:00:00,\n"
        + "2020-01-01 00:00:00,1.5\n2020-01-04 00:00:00,\n"
        + "2020-01-04 00:00:00,\n");
    TimeSeries s = layout.open().adjustedPrices(X);
    assertThat(s.timestamps()).containsExactly(t("2020-01-01"), t("2020-01-02"), t("2020-01-03"), t("2020-01-04"));
    assertThat(s.value(0)).isEqualTo(1.5);
    assertThat(s.value(1)).isEqualTo(2.0);
    assertThat(s.value(2)).isEqualTo(3.0);
    assertThat(s.value(3)).isNaN();
  }

  @Test
  void fxRowsAreSortedAndIdenticalRepeatsCollapsed() {
    layout.fx("EURUSD", "2020-01-02 00:00:00,1.2\n2020-01-01 00:00:00,1.1\n2020-01-02 00:00:00,1.2\n")
        .adjusted("X", "2020-01-01 00:00:00,1\n");
    TimeSeries s = layout.open().fxRate(Currency.of("EUR"), Currency.of("USD"));
    assertThat(s.timestamps()).containsExactly(t("2020-01-01"), t("2020-01-02"));
    assertThat(s.values()).containsExactly(1.1, 1.2);
  }

  @Test
  void multiplePricesIdenticalRepeatedRowIsCollapsed() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n")
        .multiple("X", "2020-01-01 00:00:00,1,20200300,2,20200600,,\n2020-01-01 00:00:00,1,20200300,2,20200600,,\n"
            + "2020-01-02 00:00:00,1.5,20200300,2.5,20200600,3.5,20200900\n");
    MultiplePrices m = layout.open().multiplePrices(X);
    assertThat(m.size()).isEqualTo(2);
    assertThat(m.price().values()).containsExactly(2.0, 2.5);
    assertThat(m.priceContract().values()).containsExactly(20200600.0, 20200600.0);
    assertThat(m.carry().values()).containsExactly(1.0, 1.5);
    assertThat(m.carryContract().values()).containsExactly(20200300.0, 20200300.0);
    assertThat(m.forward().value(0)).isNaN();
    assertThat(m.forward().value(1)).isEqualTo(3.5);
    assertThat(m.forwardContract().value(0)).isNaN();
    assertThat(m.forwardContract().value(1)).isEqualTo(20200900.0);
  }

  @Test
  void multiplePricesColumnsAreFoundByName() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n");
    layout.write("multiple_prices_csv/X.csv",
        "PRICE,DATETIME,FORWARD,FORWARD_CONTRACT,CARRY,CARRY_CONTRACT,PRICE_CONTRACT\n"
            + "2,2020-01-01 00:00:00,3,20200900,1,20200700,20200800\n");
    MultiplePrices m = layout.open().multiplePrices(X);
    assertThat(m.price().value(0)).isEqualTo(2.0);
    assertThat(m.priceContract().value(0)).isEqualTo(20200800.0);
    assertThat(m.carry().value(0)).isEqualTo(1.0);
    assertThat(m.carryContract().value(0)).isEqualTo(20200700.0);
    assertThat(m.forward().value(0)).isEqualTo(3.0);
    assertThat(m.forwardContract().value(0)).isEqualTo(20200900.0);
    assertThat(m.price().time(0)).isEqualTo(t("2020-01-01"));
  }

  @Test
  void fxRouting() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n")
        .fx("EURUSD", "2020-01-01 00:00:00,1.25\n2020-01-03 00:00:00,1.5\n")
        .fx("JPYUSD", "2020-01-02 00:00:00,0.01\n2020-01-03 00:00:00,0.02\n")
        .fx("USDCHF", "2020-01-01 00:00:00,0.8\n")
        .fx("EURGBP", "2020-01-01 00:00:00,0.9\n");
    CsvFuturesSimData data = layout.open();
    // direct file
    assertThat(data.fxRate(Currency.of("EUR"), Currency.of("GBP")).values()).containsExactly(0.9);
    // inverse of a direct file
    assertThat(data.fxRate(Currency.of("GBP"), Currency.of("EUR")).values()).containsExactly(1 / 0.9);
    // USDXXX only: inverted
    assertThat(data.fxRate(Currency.of("CHF"), Currency.of("USD")).values()).containsExactly(1 / 0.8);
    assertThat(data.fxRate(Currency.of("USD"), Currency.of("CHF")).values()).containsExactly(0.8);
    // cross through USD, union of timestamps, forward filled, NaN before both sides have a value (pysystemtrade)
    TimeSeries eurJpy = data.fxRate(Currency.of("EUR"), Currency.of("JPY"));
    assertThat(eurJpy).isEqualTo(FxRates.cross(data.fxRate(Currency.of("EUR"), Currency.of("USD")), data.fxRate(Currency.of("JPY"), Currency.of("USD"))));
    assertThat(eurJpy.timestamps()).containsExactly(t("2020-01-01"), t("2020-01-02"), t("2020-01-03"));
    assertThat(eurJpy.values()).containsExactly(Double.NaN, 1.25 / 0.01, 1.5 / 0.02);
    assertThat(data.fxRate(Currency.of("CHF"), Currency.of("JPY")).values()).containsExactly(Double.NaN, (1 / 0.8) / 0.01,
        (1 / 0.8) / 0.02);
    assertThat(data.fxRate(Currency.of("EUR"), Currency.of("JPY"))).isSameAs(eurJpy);
  }

  @Test
  void missingFxReport() {
    layout.adjusted("A", "2020-01-01 00:00:00,1\n").adjusted("B", "2020-01-01 00:00:00,1\n")
        .adjusted("C", "2020-01-01 00:00:00,1\n").adjusted("D", "2020-01-01 00:00:00,1\n")
        .adjusted("E", "2020-01-01 00:00:00,1\n").adjusted("F", "2020-01-01 00:00:00,1\n")
        .config("A,a,1,INR,Equity,0,0,0,Asia\nB,b,1,USD,Bond,0,0,0,US\nC,c,1,EUR,Bond,0,0,0,EMEA\n"
            + "D,d,1,INR,Equity,0,0,0,Asia\nE,e,1,KRW,Equity,0,0,0,Asia\n")
        .fx("EURUSD", "2020-01-01 00:00:00,1.1\n");
    CsvFuturesSimData data = layout.open();
    // F has no configuration and is left out
    assertThat(data.missingFx(Currency.of("USD"))).isEqualTo(Map.of(
        "INR", List.of(InstrumentCode.of("A"), InstrumentCode.of("D")),
        "KRW", List.of(InstrumentCode.of("E"))));
    Map<String, List<InstrumentCode>> gbp = data.missingFx(Currency.of("GBP"));
    assertThat(gbp.keySet()).containsExactly("GBP", "INR", "KRW");
    assertThat(gbp.get("GBP")).extracting(InstrumentCode::value).containsExactly("A", "B", "C", "D", "E");
    assertThat(data.missingFx(Currency.of("EUR")).keySet()).containsExactly("INR", "KRW");
  }

  @Test
  void configurationDefaults() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n").adjusted("Y", "2020-01-01 00:00:00,1\n")
        .config("X,\"An \"\"X\"\", quoted\",25,USD,Bond,,0.001,2,US\nY,y,10,EUR,FX,1,0,0,EMEA\n")
        .write("csvconfig/spreadcosts.csv", "Instrument,SpreadCost\nY,\n");
    CsvFuturesSimData data = layout.open();
    InstrumentMeta x = data.meta(X);
    assertThat(x.description()).isEqualTo("An \"X\", quoted");
    assertThat(x.pointSize()).isEqualTo(25.0);
    assertThat(x.perBlock()).isZero();
    assertThat(x.percentage()).isEqualTo(0.001);
    assertThat(x.perTrade()).isEqualTo(2.0);
    assertThat(x.spreadCost()).isZero();
    assertThat(x.rollParameters()).isEmpty();
    InstrumentMeta y = data.meta(InstrumentCode.of("Y"));
    assertThat(y.spreadCost()).isZero();
    assertThat(y.currency()).isEqualTo(Currency.of("EUR"));
    assertThat(data.meta(X)).isSameAs(x);
  }

  @Test
  void noSpreadCostFileMeansZeroSpread() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n").config("X,x,5,USD,Bond,1,0,0,US\n")
        .write("csvconfig/rollconfig.csv", "Instrument,HoldRollCycle,RollOffsetDays,CarryOffset,PricedRollCycle,"
            + "ExpiryOffset\nX,HMUZ,-5,1,FGHJKMNQUVXZ,15\n");
    InstrumentMeta m = layout.open().meta(X);
    assertThat(m.spreadCost()).isZero();
    assertThat(m.rollParameters().orElseThrow().pricedCycle().letters()).isEqualTo("FGHJKMNQUVXZ");
    assertThat(m.rollParameters().orElseThrow().rollOffsetDays()).isEqualTo(-5);
    assertThat(m.rollParameters().orElseThrow().expiryOffset()).isEqualTo(15);
  }

  @Test
  void filesReadOneAfterAnotherInReusedBuffersKeepTheirOwnRows(@TempDir Path dir) {
    // a long gzipped file then shorter ones (gzipped and plain): the buffers hold stale bytes past each content
    StringBuilder longBody = new StringBuilder("DATETIME,price\n");
    for (int d = 1; d <= 28; d++) {
      longBody.append(String.format("2020-02-%02d 00:00:00,%d.5%n", d, d));
    }
    TestLayout layout = new TestLayout(dir);
    layout.write("adjusted_prices_csv/LONG.csv.gz", longBody.toString());
    layout.write("adjusted_prices_csv/SHORT.csv.gz", "DATETIME,price\n2020-01-01 00:00:00,7\n\n2020-01-02 00:00:00,8");
    layout.write("adjusted_prices_csv/PLAIN.csv", "DATETIME,price\n2020-01-03 00:00:00,9\n");
    layout.write("adjusted_prices_csv/BAD.csv.gz", "DATETIME,price\n2020-01-03 00:00:00,x");
    CsvFuturesSimData data = CsvFuturesSimData.open(dir);
    assertThat(data.adjustedPrices(InstrumentCode.of("LONG")).size()).isEqualTo(28);
    TimeSeries shortSeries = data.adjustedPrices(InstrumentCode.of("SHORT"));
    assertThat(shortSeries.values()).containsExactly(7.0, 8.0);
    assertThat(shortSeries.timestamps()).containsExactly(Timestamps.parse("2020-01-01"), Timestamps.parse("2020-01-02"));
    assertThat(data.adjustedPrices(InstrumentCode.of("PLAIN")).values()).containsExactly(9.0);
    Assertions.assertThatThrownBy(() -> data.adjustedPrices(InstrumentCode.of("BAD")))
        .hasMessageContaining("BAD.csv.gz line 2").hasMessageContaining("'2020-01-03 00:00:00,x'");
  }
}
