package org.pystrade.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;

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

  /** The CSV implementation on the repository's sample data. */
  static class CsvContract extends FuturesSimDataContractTest {
    private static final FuturesSimData DATA = SampleData.open();

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
