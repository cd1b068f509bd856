package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FxRates;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.data.SampleData;

class CsvFuturesSimDataSampleTest {

  private static final List<String> SIX = List.of("CORN", "EUROSTX", "MXP", "SOFR", "US10", "V2X");
  private static Path dir;
  private static CsvFuturesSimData data;

  @BeforeAll
  static void open() {
    dir = SampleData.directory();
    data = SampleData.open();
  }

  private static InstrumentCode code(String s) {
    return InstrumentCode.of(s);
  }

  /** Checks every row of a series against a column of the file, read naively. */
  private static void assertMatchesFile(TimeSeries s, Path file, int column) {
    List<String[]> rows = ReferenceCsv.rows(file);
    int n = rows.size() - 1;
    long[] times = new long[n];
    long[] bits = new long[n];
    for (int i = 0; i < n; i++) {
      String[] row = rows.get(i + 1);
      times[i] = Timestamps.parse(row[0]);
      bits[i] = Double.doubleToRawLongBits(ReferenceCsv.number(row[column]));
    }
    long[] actualBits = new long[s.size()];
    for (int i = 0; i < s.size(); i++) {
      actualBits[i] = Double.doubleToRawLongBits(s.value(i));
    }
    assertThat(s.timestamps()).as("timestamps of %s", file).isEqualTo(times);
    assertThat(actualBits).as("values of column %d of %s", column, file).isEqualTo(bits);
  }

  @Test
  void instrumentsAreTheAdjustedPriceFilesSorted() {
    assertThat(data.instruments()).extracting(InstrumentCode::value).containsExactlyElementsOf(SIX);
    assertThat(data.instrumentsWithMultiplePrices()).extracting(InstrumentCode::value).containsExactlyElementsOf(SIX);
    assertThat(data.fxCodes()).containsExactly("EURUSD");
    assertThat(data.directory()).isEqualTo(dir);
  }

  @Test
  void adjustedPricesMatchTheFilesRowByRow() {
    for (String s : SIX) {
      TimeSeries p = data.adjustedPrices(code(s));
      assertMatchesFile(p, dir.resolve("adjusted_prices_csv/" + s + ".csv.gz"), 1);
    }
  }

  @Test
  void adjustedPricesFirstAndLastRows() {
    TimeSeries sofr = data.adjustedPrices(code("SOFR"));
    assertThat(sofr.size()).isEqualTo(23282);
    assertThat(Timestamps.format(sofr.time(0))).isEqualTo("1984-03-23 23:00:00");
    assertThat(sofr.value(0)).isEqualTo(71.83000999999997);
    assertThat(Timestamps.format(sofr.time(sofr.size() - 1))).isEqualTo("2023-08-31 20:00:00");
    assertThat(sofr.value(sofr.size() - 1)).isEqualTo(96.47);
    TimeSeries mxp = data.adjustedPrices(code("MXP"));
    assertThat(mxp.size()).isEqualTo(49652);
    // pandas reads "-0.04265000000000002" (17 digits after the leading zeros count) as -0.04265
    assertThat(mxp.value(0)).isEqualTo(-0.04265);
    assertThat(mxp.value(mxp.size() - 1)).isEqualTo(0.05867);
  }

  @Test
  void multiplePricesMatchTheFilesRowByRow() {
    for (String s : SIX) {
      MultiplePrices m = data.multiplePrices(code(s));
      Path f = dir.resolve("multiple_prices_csv/" + s + ".csv.gz");
      // file columns: DATETIME,CARRY,CARRY_CONTRACT,PRICE,PRICE_CONTRACT,FORWARD,FORWARD_CONTRACT
      assertMatchesFile(m.carry(), f, 1);
      assertMatchesFile(m.carryContract(), f, 2);
      assertMatchesFile(m.price(), f, 3);
      assertMatchesFile(m.priceContract(), f, 4);
      assertMatchesFile(m.forward(), f, 5);
      assertMatchesFile(m.forwardContract(), f, 6);
    }
  }

  @Test
  void multiplePricesFirstAndLastRowsWithEmptyCellsAsNaN() {
    MultiplePrices corn = data.multiplePrices(code("CORN"));
    assertThat(corn.size()).isEqualTo(37896);
    assertThat(corn.carry().value(0)).isEqualTo(142.75);
    assertThat(corn.carryContract().value(0)).isEqualTo(19730900.0);
    assertThat(corn.price().value(0)).isEqualTo(137.75);
    assertThat(corn.priceContract().value(0)).isEqualTo(19731200.0);
    assertThat(corn.forward().value(0)).isNaN();
    assertThat(corn.forwardContract().value(0)).isEqualTo(19741200.0);
    int last = corn.size() - 1;
    assertThat(Timestamps.format(corn.price().time(last))).isEqualTo("2023-08-31 19:00:00");
    assertThat(corn.price().value(last)).isNaN();
    assertThat(corn.priceContract().value(last)).isEqualTo(20241200.0);
    assertThat(corn.forward().value(last)).isEqualTo(492.5);
  }

  @Test
  void sofrMetadata() {
    InstrumentMeta m = data.meta(code("SOFR"));
    assertThat(m.code()).isEqualTo(code("SOFR"));
    assertThat(m.pointSize()).isEqualTo(2500.0);
    assertThat(m.currency()).isEqualTo(Currency.of("USD"));
    assertThat(m.perBlock()).isEqualTo(1.5);
    assertThat(m.percentage()).isZero();
    assertThat(m.perTrade()).isZero();
    assertThat(m.spreadCost()).isEqualTo(0.003);
    assertThat(m.assetClass()).isEqualTo("Bond");
    assertThat(m.region()).isEqualTo("US");
    assertThat(m.description()).isEqualTo("Secured Overnight Financing Rate 3-month average of rates");
    assertThat(m.rollParameters()).contains(RollParameters.of("HMUZ", -1000, -1, "HMUZ", 18));
  }

  @Test
  void otherMetadata() {
    assertThat(data.meta(code("MXP")).spreadCost()).isEqualTo(5.5e-06);
    assertThat(data.meta(code("MXP")).pointSize()).isEqualTo(500000.0);
    assertThat(data.meta(code("V2X")).currency()).isEqualTo(Currency.of("EUR"));
    assertThat(data.meta(code("CORN")).rollParameters().orElseThrow().holdCycle().letters()).isEqualTo("Z");
    // quoted description with a comma; configured but without prices
    InstrumentMeta swap = data.meta(code("USIRS10_ICE"));
    assertThat(swap.description()).isEqualTo("Ten year dollar swapnote, ICE");
    assertThat(swap.pointSize()).isEqualTo(1000.0);
    assertThat(swap.region()).isEqualTo("EMEA");
  }

  @Test
  void eurUsdFx() {
    TimeSeries eur = data.fxRate(Currency.of("EUR"), Currency.of("USD"));
    assertMatchesFile(eur, dir.resolve("fx_prices_csv/EURUSD.csv.gz"), 1);
    assertThat(eur.size()).isEqualTo(6229);
    assertThat(eur.date(0)).hasToString("1999-09-06");
    assertThat(eur.value(0)).isEqualTo(1.06283);
    assertThat(Timestamps.format(eur.time(eur.size() - 1))).isEqualTo("2023-09-01 23:00:00");
    assertThat(eur.value(eur.size() - 1)).isEqualTo(1.0843);
    assertThat(data.fxRateForInstrument(code("V2X"), Currency.of("USD"))).isSameAs(eur);
  }

  @Test
  void inverseAndUnitFx() {
    TimeSeries inv = data.fxRate(Currency.of("USD"), Currency.of("EUR"));
    TimeSeries eur = data.fxRate(Currency.of("EUR"), Currency.of("USD"));
    assertThat(inv.timestamps()).isEqualTo(eur.timestamps());
    assertThat(inv.value(0)).isEqualTo(1.0 / 1.06283);
    assertThat(data.fxRate(Currency.of("USD"), Currency.of("USD"))).isSameAs(FxRates.unitSeries());
    assertThat(data.fxRateForInstrument(code("SOFR"), Currency.of("USD"))).isSameAs(FxRates.unitSeries());
    assertThat(data.fxRateForInstrument(code("V2X"), Currency.of("EUR"))).isSameAs(FxRates.unitSeries());
    assertThat(data.fxRateForInstrument(code("SOFR"), Currency.of("EUR")).value(0)).isCloseTo(1 / 1.06283, within(1e-15));
  }

  @Test
  void missingFx() {
    assertThat(data.missingFx(Currency.of("USD"))).isEmpty();
    assertThat(data.missingFx(Currency.of("EUR"))).isEmpty();
    Map<String, List<InstrumentCode>> gbp = data.missingFx(Currency.of("GBP"));
    assertThat(gbp).containsOnlyKeys("GBP");
    assertThat(gbp.get("GBP")).extracting(InstrumentCode::value).containsExactlyElementsOf(SIX);
    assertThatThrownBy(() -> data.fxRate(Currency.of("EUR"), Currency.of("GBP"))).isInstanceOf(DataException.class)
        .hasMessageContaining("currency GBP").hasMessageContaining("GBPUSD");
    assertThatThrownBy(() -> data.fxRateForInstrument(code("V2X"), Currency.of("GBP"))).isInstanceOf(DataException.class)
        .hasMessageContaining("V2X").hasMessageContaining("GBP");
  }

  @Test
  void unknownInstrumentListsKnownOnes() {
    assertThatThrownBy(() -> data.adjustedPrices(code("NOPE"))).isInstanceOf(DataException.class)
        .hasMessageContaining("NOPE").hasMessageContaining("[CORN, EUROSTX, MXP, SOFR, US10, V2X]");
    assertThatThrownBy(() -> data.multiplePrices(code("NOPE"))).isInstanceOf(DataException.class)
        .hasMessageContaining("NOPE").hasMessageContaining("[CORN, EUROSTX, MXP, SOFR, US10, V2X]");
    assertThatThrownBy(() -> data.meta(code("NOPE"))).isInstanceOf(DataException.class)
        .hasMessageContaining("unknown instrument NOPE").hasMessageContaining("SOFR")
        .hasMessageContaining("instrumentconfig.csv");
  }

  @Test
  void eachFileIsLoadedOnceAndSharedAcrossThreads() throws Exception {
    CsvFuturesSimData fresh = SampleData.open();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<TimeSeries>> futures = new ArrayList<>();
      for (int k = 0; k < 48; k++) {
        String s = SIX.get(k % SIX.size());
        futures.add(pool.submit(() -> fresh.adjustedPrices(code(s))));
      }
      for (int k = 0; k < futures.size(); k++) {
        assertThat(futures.get(k).get()).isSameAs(futures.get(k % SIX.size()).get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fresh.adjustedPrices(code("SOFR"))).isEqualTo(data.adjustedPrices(code("SOFR")));
  }
}
