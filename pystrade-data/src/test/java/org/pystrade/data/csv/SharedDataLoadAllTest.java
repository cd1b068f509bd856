package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.data.SharedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads every instrument of the shared pysystemtrade data, when present. */
class SharedDataLoadAllTest {

  private static final Logger LOG = LoggerFactory.getLogger(SharedDataLoadAllTest.class);
  private static final long START_1960 = Timestamps.parse("1960-01-01");
  private static final long END_2025 = Timestamps.parse("2025-01-01");

  @Test
  void loadsEveryInstrument() {
    Optional<CsvFuturesSimData> opened = SharedData.openFuturesData();
    assumeTrue(opened.isPresent(), SharedData.absentMessage());
    CsvFuturesSimData data = opened.get();
    long t0 = System.nanoTime();
    assertThat(data.preload()).isEmpty();
    long parsedMs = (System.nanoTime() - t0) / 1_000_000;
    List<InstrumentCode> all = data.instruments();
    assertThat(all).hasSize(238);
    long rows = 0;
    List<InstrumentCode> withMultiple = new ArrayList<>();
    for (InstrumentCode code : all) {
      TimeSeries adj = data.adjustedPrices(code);
      assertThat(adj.size()).as("%s rows", code).isPositive();
      assertThat(adj.countValid()).as("%s valid prices", code).isPositive();
      assertThat(adj.time(0)).as("%s first timestamp", code).isGreaterThan(START_1960);
      assertThat(adj.time(adj.size() - 1)).as("%s last timestamp", code).isLessThan(END_2025);
      rows += adj.size();
      if (data.instrumentsWithMultiplePrices().contains(code)) {
        MultiplePrices m = data.multiplePrices(code);
        assertThat(m.size()).as("%s multiple prices rows", code).isPositive();
        assertThat(m.priceContract().countValid()).as("%s price contracts", code).isEqualTo(m.size());
        double firstContract = m.priceContract().value(0);
        assertThat(firstContract).as("%s contract id", code).isBetween(19_000_000.0, 21_000_000.0);
        rows += m.size();
        withMultiple.add(code);
      }
    }
    assertThat(withMultiple).hasSize(226);
    // metadata and FX for the 226-instrument universe
    Map<String, List<InstrumentCode>> missing = data.missingFx(Currency.of("USD"));
    int withFx = 0;
    for (InstrumentCode code : withMultiple) {
      InstrumentMeta meta = data.meta(code);
      assertThat(meta.pointSize()).isPositive();
      if (!missing.containsKey(meta.currency())) {
        TimeSeries fx = data.fxRateForInstrument(code, Currency.of("USD"));
        assertThat(fx.countValid()).as("%s FX", code).isPositive();
        withFx++;
      }
    }
    LOG.info("loaded {} instruments ({} rows of adjusted and multiple prices) in {} ms; {} of {} with multiple"
        + " prices have FX into USD; missing FX: {}", all.size(), rows, parsedMs, withFx, withMultiple.size(),
        missing);
    assertThat(withFx).isEqualTo(226);
  }
}
