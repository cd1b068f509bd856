package org.pystrade.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.DailyPrices;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.csv.CacheOptions;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.csv.Retention;

/**
 * The contract every {@link FuturesSimData} implementation keeps; extended once per implementation.
 */
abstract class FuturesSimDataContractTest {

  /** The data under test, holding at least CORN (USD) and EUROSTX (EUR). */
  abstract FuturesSimData data();

  @Test
  void instrumentsAreSortedAndKnown() {
    List<InstrumentCode> codes = data().instruments();
    assertThat(codes).isNotEmpty().isSorted().contains(InstrumentCode.of("CORN"), InstrumentCode.of("EUROSTX"));
  }

  @Test
  void everyInstrumentHasPricesAndValidMetadata() {
    for (InstrumentCode c : data().instruments()) {
      TimeSeries p = data().adjustedPrices(c);
      assertThat(p.countValid()).as("valid prices of %s", c).isPositive();
      InstrumentMeta m = data().meta(c);
      assertThat(m.code()).isEqualTo(c);
      assertThat(m.pointSize()).isPositive();
      assertThat(m.currency()).isNotNull();
      MultiplePrices mp = data().multiplePrices(c);
      assertThat(mp.price().timestamps()).isEqualTo(mp.carry().timestamps());
    }
  }

  @Test
  void unknownInstrumentIsNamed() {
    InstrumentCode nope = InstrumentCode.of("NOPE");
    assertThatThrownBy(() -> data().adjustedPrices(nope)).isInstanceOf(DataException.class).hasMessageContaining("NOPE");
    assertThatThrownBy(() -> data().meta(nope)).isInstanceOf(DataException.class).hasMessageContaining("NOPE");
  }

  @Test
  void fxRatesTranslateIntoTheBaseCurrency() {
    assertThat(data().fxRate(Currency.of("USD"), Currency.of("USD")).values()).containsOnly(1.0);
    TimeSeries eur = data().fxRateForInstrument(InstrumentCode.of("EUROSTX"), Currency.of("USD"));
    assertThat(eur.countValid()).isPositive();
    assertThat(eur.lastValid()).isBetween(0.5, 2.0);
    assertThatThrownBy(() -> data().fxRate(Currency.of("XYZ"), Currency.of("USD"))).isInstanceOf(DataException.class)
        .hasMessageContaining("XYZ");
  }

  @Test
  void concurrentReadsAgree() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      InstrumentCode corn = InstrumentCode.of("CORN");
      List<Future<TimeSeries>> f = pool.invokeAll(List.of(() -> data().adjustedPrices(corn),
          () -> data().adjustedPrices(corn), () -> data().adjustedPrices(corn)));
      for (Future<TimeSeries> x : f) {
        assertThat(x.get()).isEqualTo(f.get(0).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void dailyPricesWhereServedAreBitForBitTheDerivedOnes() {
    for (InstrumentCode c : data().instruments()) {
      Optional<DailyPrices> served = data().daily(c);
      if (served.isEmpty()) {
        continue;
      }
      DailyPrices derived = DailyPrices.derive(data(), c).orElseThrow();
      assertSameBits(served.get().adjusted(), derived.adjusted());
      assertSameBits(served.get().price(), derived.price());
      assertSameBits(served.get().annualisedRoll(), derived.annualisedRoll());
      assertThat(served.get().defects()).isEqualTo(derived.defects());
    }
  }

  private static void assertSameBits(TimeSeries a, TimeSeries b) {
    assertThat(a.timestamps()).isEqualTo(b.timestamps());
    for (int i = 0; i < a.size(); i++) {
      assertThat(Double.doubleToRawLongBits(a.value(i))).as("row %s", i)
          .isEqualTo(Double.doubleToRawLongBits(b.value(i)));
    }
  }

  /** The CSV implementation on the repository's sample data. */
  static class CsvContract extends FuturesSimDataContractTest {
    private static final FuturesSimData DATA = SampleData.open();

    @Override
    FuturesSimData data() {
      return DATA;
    }
  }

  /**
   * The CSV implementation on the repository's sample data with a binary cache, files kept while in use, opened a
   * second time: the daily prices are served from the cache entries the first opening wrote.
   */
  static class CachedCsvContract extends FuturesSimDataContractTest {
    private static final FuturesSimData DATA = openTwice();

    private static FuturesSimData openTwice() {
      try {
        Path cache = Files.createTempDirectory("pystrade-contract-cache");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(cache)));
        CsvFuturesSimData first = CsvFuturesSimData.open(SampleData.directory(), CacheOptions.in(cache))
            .retaining(Retention.IN_USE);
        for (InstrumentCode c : first.instruments()) {
          assertThat(first.daily(c)).as("daily prices of %s", c).isPresent();
        }
        CsvFuturesSimData second = CsvFuturesSimData.open(SampleData.directory(), CacheOptions.in(cache))
            .retaining(Retention.IN_USE);
        for (InstrumentCode c : second.instruments()) {
          assertThat(second.daily(c)).as("daily prices of %s", c).isPresent();
        }
        return second;
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }

    private static void deleteTree(Path dir) {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException ex) {
        // best effort: a temporary folder
      }
    }

    @Override
    FuturesSimData data() {
      return DATA;
    }
  }

  /** The in-memory implementation, filled from the sample data. */
  static class InMemoryContract extends FuturesSimDataContractTest {
    private static final FuturesSimData DATA = copy(SampleData.open());

    private static FuturesSimData copy(FuturesSimData from) {
      InMemorySimData.Builder b = InMemorySimData.builder();
      for (InstrumentCode c : from.instruments()) {
        b.adjustedPrices(c, from.adjustedPrices(c)).multiplePrices(c, from.multiplePrices(c)).meta(from.meta(c));
      }
      b.fxRate("EUR", from.fxRate(Currency.of("EUR"), Currency.of("USD")));
      return b.build();
    }

    @Override
    FuturesSimData data() {
      return DATA;
    }
  }
}
