package org.pystrade.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/** Merging new prices into stored ones by pysystemtrade's rules. */
class PriceMergesTest {

  private static final double NAN = Double.NaN;
  private static final double A = 20200300;
  private static final double B = 20200600;
  private static final double C = 20200900;
  private static final long[] T = {day(1), day(2), day(3), day(4)};

  private static long day(int d) {
    return Timestamps.parse("2020-01-0" + d);
  }

  private static PriceMerges.Labelled col(long[] t, double[] v, double[] l) {
    return new PriceMerges.Labelled(t, v, l);
  }

  private static long[] from2() {
    return new long[] {day(2), day(3), day(4)};
  }

  /** The cases of pysystemtrade's merge_data_series_with_label_column doctest. */
  @Test
  void labelMergeFollowsPysystemtradesCases() {
    PriceMerges.Labelled s1 = col(T, new double[] {1, 2, 3, NAN}, new double[] {A, A, B, B});
    PriceMerges.Labelled m = PriceMerges.mergeWithLabels("x", s1, col(from2(), new double[] {7, 3, 4},
        new double[] {B, B, B})).get();
    assertThat(m.values()).containsExactly(1, 2, 3, 4);
    assertThat(m.labels()).containsExactly(A, A, B, B);

    Outcome<PriceMerges.Labelled> disagree = PriceMerges.mergeWithLabels("x", s1, col(from2(),
        new double[] {2, 5, 4}, new double[] {B, B, B}));
    assertThat(disagree.get().values()).containsExactly(1, 2, 3, 4);
    // the stored 3 is kept where the new data says 5: reported, not silently overwritten
    assertThat(disagree.problems()).singleElement().satisfies(p -> {
      assertThat(p.check()).isEqualTo(Check.MERGE_CONFLICT);
      assertThat(p.message()).contains("stored 3.0, new 5.0");
    });

    m = PriceMerges.mergeWithLabels("x", s1, col(from2(), new double[] {2, 3, NAN}, new double[] {B, B, B})).get();
    assertThat(m.values()).containsExactly(1, 2, 3, NAN);

    PriceMerges.Labelled s2 = col(T, new double[] {1, NAN, 3, NAN}, new double[] {A, A, B, B});
    m = PriceMerges.mergeWithLabels("x", s2, col(from2(), new double[] {2, 3, 4}, new double[] {A, B, B})).get();
    assertThat(m.values()).containsExactly(1, 2, 3, 4);
    assertThat(m.labels()).containsExactly(A, A, B, B);

    long[] t3 = {day(1), day(2), day(3)};
    PriceMerges.Labelled s3 = col(t3, new double[] {1, NAN, NAN}, new double[] {A, A, B});
    m = PriceMerges.mergeWithLabels("x", s3, col(from2(), new double[] {2, 3, 4}, new double[] {B, B, B})).get();
    assertThat(m.times()).containsExactly(day(1), day(2), day(3), day(4));
    assertThat(m.values()).containsExactly(1, NAN, 3, 4);
    assertThat(m.labels()).containsExactly(A, A, B, B);

    Outcome<PriceMerges.Labelled> mismatch = PriceMerges.mergeWithLabels("x", s3, col(from2(),
        new double[] {2, 3, 4}, new double[] {B, C, C}));
    assertThat(mismatch.get().values()).containsExactly(1, NAN, NAN);
    assertThat(mismatch.problems()).extracting(Problem::check).containsExactly(Check.LABEL_MISMATCH);
  }

  @Test
  void fullMergeKeepsStoredValuesFillsNaNAndReportsDisagreements() {
    TimeSeries old = TimeSeries.of(T, new double[] {1, NAN, 3, NAN});
    TimeSeries fresh = TimeSeries.of(T, new double[] {2, 5, NAN, 8});
    Outcome<TimeSeries> m = PriceMerges.fullMerge("x", old, fresh);
    assertThat(m.get().valuesView()).containsExactly(1, 5, 3, 8);
    assertThat(m.problems()).extracting(Problem::check).containsExactly(Check.MERGE_CONFLICT);
  }

  private static ContractPrices bars(long[] t, double[] fin) {
    return ContractPrices.ofFinal(FuturesContract.of("TEST", "20200300"), TimeSeries.of(t, fin));
  }

  @Test
  void newerBarsAreAddedAfterTheLastStoredOneAndEarlierOnesIgnoredWithDisagreementsReported() {
    ContractPrices stored = bars(new long[] {day(1), day(2)}, new double[] {100, 101});
    ContractPrices fresh = bars(new long[] {day(2), day(3), day(4)}, new double[] {105, 102, 103});
    Outcome<ContractPrices> m = PriceMerges.addNewerBars(stored, fresh, 8);
    assertThat(m.get().fin().valuesView()).containsExactly(100, 101, 102, 103);
    assertThat(m.problems()).extracting(Problem::check).containsExactly(Check.MERGE_CONFLICT);
    assertThat(PriceMerges.addNewerBars(stored, bars(new long[] {day(1)}, new double[] {100}), 8).get())
        .isSameAs(stored);
  }

  @Test
  void aSpikeRefusesTheMergeAndNamesTheBar() {
    int n = 300;
    long[] t = new long[n];
    double[] v = new double[n];
    java.util.Random r = new java.util.Random(3);
    for (int i = 0; i < n; i++) {
      t[i] = Timestamps.parse("2019-01-01") + i * 86400L;
      v[i] = (i == 0 ? 100 : v[i - 1]) + r.nextGaussian();
    }
    ContractPrices stored = bars(java.util.Arrays.copyOf(t, n - 2), java.util.Arrays.copyOf(v, n - 2));
    double[] jump = {v[n - 2], v[n - 3] + 40};
    long[] newT = {t[n - 2], t[n - 1]};
    Outcome<ContractPrices> refused = PriceMerges.addNewerBars(stored, bars(newT, jump), 8);
    assertThat(refused.isRefused()).isTrue();
    assertThat(refused.errors()).singleElement().satisfies(p -> {
      assertThat(p.check()).isEqualTo(Check.SPIKE);
      assertThat(p.message()).contains(Timestamps.format(t[n - 1]));
    });
    Outcome<ContractPrices> fine = PriceMerges.addNewerBars(stored, bars(newT, new double[] {v[n - 2], v[n - 1]}), 8);
    assertThat(fine.get().size()).isEqualTo(n);
    // a spike in the stored history is not the new data's fault
    assertThat(PriceChecks.firstSpike(TimeSeries.of(t, v), t[n - 2], 8)).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void spikeMovesAreScaledToDailyMovesByTheSquareRootOfTheDays() {
    long[] t = new long[40];
    double[] v = new double[40];
    for (int i = 0; i < 40; i++) {
      t[i] = Timestamps.parse("2019-01-01") + i * 86400L;
      v[i] = 100 + (i % 2);
    }
    // a move of 4 after 16 days is 1 a day: no spike; the same move after a day is 4 average moves
    long[] t2 = java.util.Arrays.copyOf(t, 41);
    double[] v2 = java.util.Arrays.copyOf(v, 41);
    t2[40] = t[39] + 16 * 86400L;
    v2[40] = v[39] + 4;
    assertThat(PriceChecks.firstSpike(TimeSeries.of(t2, v2), t2[40], 2)).isEqualTo(Long.MIN_VALUE);
    t2[40] = t[39] + 86400L;
    assertThat(PriceChecks.firstSpike(TimeSeries.of(t2, v2), t2[40], 2)).isEqualTo(t2[40]);
  }
}
