package org.pystrade.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.data.pipeline.Fixtures.t;

import org.junit.jupiter.api.Test;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/** Panama stitching as pysystemtrade's _panama_stitch. */
class PanamaStitchTest {

  private static final double NAN = Double.NaN;

  @Test
  void rollsAddThePreviousRowsForwardMinusPriceToEverythingBefore() {
    long[] times = {t("2020-01-01"), t("2020-01-02"), t("2020-01-03"), t("2020-01-06"), t("2020-01-07")};
    MultiplePrices m = Fixtures.multiple(times, new double[][] {
        {10, 20200300, 11, 20200600, NAN, 20191200},
        {10.5, 20200300, 11.75, 20200600, NAN, 20191200},
        {12, 20200600, NAN, 20200900, 11, 20200300},
        {NAN, 20200600, 13, 20200900, 12, 20200300},
        {13, 20200600, 13.5, 20200900, 12.5, 20200300}});
    TimeSeries adjusted = PanamaStitch.stitch("TEST", m).get();
    // the roll on 2020-01-03: differential 11.75 - 10.5 = 1.25 added to both earlier rows
    assertThat(adjusted.valuesView()).containsExactly(11.25, 11.75, 12.0, NAN, 13.0);
    assertThat(adjusted.timesView()).containsExactly(times);
  }

  @Test
  void aRollWithoutTheForwardPriceOnTheDayBeforeIsRefused() {
    long[] times = {t("2020-01-01"), t("2020-01-02")};
    MultiplePrices m = Fixtures.multiple(times, new double[][] {
        {10, 20200300, NAN, 20200600, NAN, 20191200}, {12, 20200600, NAN, 20200900, 11, 20200300}});
    Outcome<TimeSeries> out = PanamaStitch.stitch("TEST", m);
    assertThat(out.isRefused()).isTrue();
    assertThat(out.errors()).singleElement().satisfies(p -> {
      assertThat(p.check()).isEqualTo(Check.ROLL_WITHOUT_PRICES);
      assertThat(p.message()).contains("2020-01-02").contains("20200300").contains("20200600");
    });
    assertThat(PanamaStitch.stitch("TEST", m, true).isRefused()).isTrue();
  }

  @Test
  void emptyMultiplePricesAreRefused() {
    MultiplePrices m = Fixtures.multiple(new long[0], new double[0][]);
    assertThat(PanamaStitch.stitch("TEST", m).errors()).extracting(Problem::check).containsExactly(Check.EMPTY);
  }

  /** The differentials are added one roll at a time, in pysystemtrade's order: the same doubles, not close ones. */
  @Test
  void sampleInstrumentsStitchToTheSampleAdjustedPricesInPysystemtradesOrderOfAdditions() {
    CsvFuturesSimData data = SampleData.open();
    for (InstrumentCode code : data.instrumentsWithMultiplePrices()) {
      MultiplePrices m = data.multiplePrices(code);
      TimeSeries ours = PanamaStitch.stitch(code.value(), m).get();
      TimeSeries naive = naiveStitch(m);
      assertThat(ours.valuesView()).as(code.value()).containsExactly(naive.valuesView());
      double[] cmp = ParityFigures.compare(ours, data.adjustedPrices(code));
      assertThat(cmp[0]).as(code + " worst relative error against the sample adjusted prices").isLessThan(1e-9);
      assertThat(cmp[1]).as(code + " common rows").isGreaterThan(1000);
    }
  }

  /** pysystemtrade's loop written as it is: a list, every earlier element increased at every roll. */
  private static TimeSeries naiveStitch(MultiplePrices m) {
    java.util.List<Double> values = new java.util.ArrayList<>();
    values.add(m.price().value(0));
    for (int i = 1; i < m.size(); i++) {
      if (m.priceContract().value(i) == m.priceContract().value(i - 1)) {
        values.add(m.price().value(i));
      } else {
        double diff = m.forward().value(i - 1) - m.price().value(i - 1);
        values.replaceAll(v -> v + diff);
        values.add(m.price().value(i));
      }
    }
    return m.price().withValues(values.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
