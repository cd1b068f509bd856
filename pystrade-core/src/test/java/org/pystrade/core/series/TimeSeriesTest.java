package org.pystrade.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {

  private static final double N = Double.NaN;

  private static long t(String s) {
    return Timestamps.parse(s);
  }

  /** Friday 23:00, Saturday 10:00, Monday 09:00 (NaN), Monday 23:00, Wednesday 23:00 — as pandas saw them. */
  private static TimeSeries intraday() {
    return TimeSeries.of(new long[] {t("2024-01-05 23:00"), t("2024-01-06 10:00"), t("2024-01-08 09:00"),
        t("2024-01-08 23:00"), t("2024-01-10 23:00")}, new double[] {1, 2, N, 4, 5});
  }

  @Test
  void aDerivedSeriesIsComputedOncePerKeyAndIsNotPartOfTheValue() {
    TimeSeries x = TimeSeries.of(new long[] {1, 2, 3}, new double[] {1, 2, 4});
    int[] calls = {0};
    java.util.function.Function<TimeSeries, TimeSeries> twice = s -> {
      calls[0]++;
      return s.times(2.0);
    };
    TimeSeries first = x.derived(List.of("twice"), twice);
    assertThat(x.derived(List.of("twice"), twice)).isSameAs(first);
    assertThat(calls[0]).isEqualTo(1);
    assertThat(first.values()).containsExactly(2, 4, 8);
    assertThat(x.derived(List.of("thrice"), s -> s.times(3.0)).values()).containsExactly(3, 6, 12);
    // an equal series has its own derivations
    TimeSeries same = TimeSeries.of(new long[] {1, 2, 3}, new double[] {1, 2, 4});
    assertThat(same).isEqualTo(x).hasSameHashCodeAs(x);
    same.derived(List.of("twice"), twice);
    assertThat(calls[0]).isEqualTo(2);
    assertThatThrownBy(() -> x.derived(List.of("null"), s -> null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timesThenClipIsTimesThenClipBitForBit() {
    double[] v = {1.5, -2.0, Double.NaN, 0.0, -0.0, 1e300, -1e300, Double.POSITIVE_INFINITY, 7.25, -7.25, 3.0};
    long[] t = new long[v.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = i + 1;
    }
    TimeSeries x = TimeSeries.of(t, v);
    for (double factor : new double[] {3.1, -0.7, 0.0, 1e10}) {
      TimeSeries fused = x.timesThenClip(factor, -20.0, 20.0);
      TimeSeries twoPasses = x.times(TimeSeries.constant(t, factor)).clip(-20.0, 20.0);
      for (int i = 0; i < t.length; i++) {
        assertThat(Double.doubleToRawLongBits(fused.value(i))).as("factor %s row %s", factor, i)
            .isEqualTo(Double.doubleToRawLongBits(twoPasses.value(i)));
      }
    }
  }

  @Test
  void businessDayResamplingMatchesPandas() {
    TimeSeries last = intraday().resampleBusinessDayLast();
    assertThat(last.timestamps()).containsExactly(t("2024-01-05"), t("2024-01-08"), t("2024-01-09"), t("2024-01-10"));
    assertThat(last.values()).containsExactly(2.0, 4.0, N, 5.0);
    assertThat(intraday().resampleBusinessDayMean().values()).containsExactly(1.5, 4.0, N, 5.0);
    assertThat(intraday().resampleBusinessDaySum().values()).containsExactly(3.0, 4.0, 0.0, 5.0);
  }

  @Test
  void unionAlignmentOfBinaryOperations() {
    TimeSeries a = TimeSeries.of(new long[] {1, 2, 3}, new double[] {1, 2, 3});
    TimeSeries b = TimeSeries.of(new long[] {2, 3, 4}, new double[] {10, 20, 30});
    TimeSeries sum = a.plus(b);
    assertThat(sum.timestamps()).containsExactly(1, 2, 3, 4);
    assertThat(sum.values()).containsExactly(N, 12, 23, N);
    assertThat(Index.intersection(a.timestamps(), b.timestamps())).containsExactly(2, 3);
  }

  @Test
  void reindexVariants() {
    TimeSeries a = TimeSeries.of(new long[] {10, 20, 30}, new double[] {1, N, 3});
    long[] idx = {5, 10, 15, 20, 25, 35};
    assertThat(a.reindex(idx).values()).containsExactly(N, 1, N, N, N, N);
    // pandas reindex(method="ffill"): the last row at or before, even if its value is NaN
    assertThat(a.reindexPad(idx).values()).containsExactly(N, 1, 1, N, N, 3);
    // reindex then ffill: only matching timestamps carry forward
    assertThat(a.reindexThenFfill(idx).values()).containsExactly(N, 1, 1, 1, 1, 1);
  }

  @Test
  void invalidInputIsRejected() {
    assertThatThrownBy(() -> TimeSeries.of(new long[] {2, 1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> TimeSeries.of(new long[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
  }

  @Test
  void isImmutable() {
    double[] v = {1, 2};
    TimeSeries s = TimeSeries.of(new long[] {1, 2}, v);
    v[0] = 99;
    s.values()[1] = 99;
    assertThat(s.values()).containsExactly(1, 2);
  }

  @Test
  void timestampsParseAndFormat() {
    assertThat(Timestamps.format(t("2023-08-31 20:00:00"))).isEqualTo("2023-08-31 20:00:00");
    assertThat(Timestamps.format(t("2023-08-31"))).isEqualTo("2023-08-31");
    assertThatThrownBy(() -> Timestamps.parse("2023-13-01")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-13-01");
  }

  @Test
  void derivedSeriesShareIndexesAndSkipNeedlessCopies() {
    TimeSeries a = TimeSeries.of(new long[] {1, 2, 3, 4}, new double[] {N, 1, 2, 3});
    // only leading NaN: nothing to fill, the same instance
    assertThat(a.ffill()).isSameAs(a);
    TimeSeries gap = TimeSeries.of(new long[] {1, 2, 3}, new double[] {1, N, 3});
    assertThat(gap.ffill().values()).containsExactly(1, 1, 3);
    assertThat(gap.values()).containsExactly(1, N, 3);

    TimeSeries like = TimeSeries.of(new long[] {2, 4, 5}, new double[] {0, 0, 0});
    TimeSeries re = a.reindex(like);
    assertThat(re.timesView()).isSameAs(like.timesView());
    assertThat(re.values()).containsExactly(1, 3, N);
    TimeSeries pad = a.reindexPad(like);
    assertThat(pad.timesView()).isSameAs(like.timesView());
    assertThat(pad.values()).containsExactly(1, 3, 3);
    assertThat(pad).isEqualTo(a.reindexPad(like.timestamps()));
    assertThat(a.reindex(a)).isSameAs(a);

    // a union equal to one side's index reuses that side's array
    TimeSeries sub = TimeSeries.of(new long[] {2, 3}, new double[] {10, 20});
    TimeSeries sum = a.plus(sub);
    assertThat(sum.timesView()).isSameAs(a.timesView());
    assertThat(sum.values()).containsExactly(N, 11, 22, N);
    assertThat(sub.plus(a).timesView()).isSameAs(a.timesView());
    assertThat(a.values()).containsExactly(N, 1, 2, 3);

    double[] owned = {7, 8, 9, 10};
    assertThat(a.withValuesOwned(owned).valuesView()).isSameAs(owned);
    assertThatThrownBy(() -> a.withValuesOwned(new double[3])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("values must have 4 rows but had 3");
  }

  @Test
  void unionOfManyIndexesAndSummingOntoIt() {
    long[][] parts = {{1, 5, 9}, {2, 5}, {}, {9, 10}, {0, 3}};
    long[] all = Index.unionAll(List.of(parts));
    assertThat(all).containsExactly(0, 1, 2, 3, 5, 9, 10);
    long[] running = new long[0];
    for (long[] p : parts) {
      running = Index.union(running, p);
    }
    assertThat(all).isEqualTo(running);
    long[] single = {4, 6};
    assertThat(Index.unionAll(List.of(single))).isEqualTo(single).isNotSameAs(single);
    assertThat(Index.unionAll(List.of())).isEmpty();

    double[] acc = new double[all.length];
    Index.addSkippingNaN(all, acc, TimeSeries.of(new long[] {1, 5, 9}, new double[] {1, N, 2}));
    Index.addSkippingNaN(all, acc, TimeSeries.of(new long[] {5, 10}, new double[] {3, 4}));
    assertThat(acc).containsExactly(0, 1, 0, 0, 3, 2, 4);
    assertThatThrownBy(() -> Index.addSkippingNaN(all, acc, TimeSeries.of(new long[] {4}, new double[] {1})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must contain every timestamp");
  }

  /** reindex and pad the plain way: for each new timestamp, its row (or the last row at or before it). */
  private static double[] mergeReindex(TimeSeries s, long[] newTimes, boolean pad) {
    double[] out = new double[newTimes.length];
    for (int i = 0; i < newTimes.length; i++) {
      out[i] = N;
      for (int j = 0; j < s.size(); j++) {
        if (s.time(j) == newTimes[i] || pad && s.time(j) < newTimes[i]) {
          out[i] = s.value(j);
        }
      }
    }
    return out;
  }

  @Test
  void alignmentOntoRunsOfRowsAndOntoOtherIndexesGivesEachRowItsValue() {
    long[] all = {1, 2, 3, 5, 8, 13, 21, 34};
    TimeSeries whole = TimeSeries.of(all, new double[] {1, N, 3, 4, 5, 6, N, 8});
    TimeSeries middle = TimeSeries.of(new long[] {3, 5, 8}, new double[] {30, N, 80});
    long[][] targets = {all, {3, 5, 8}, {1, 2}, {21, 34}, {2, 3, 5, 8, 13, 21, 34, 55}, {0, 3, 8, 9}, {3, 8, 13},
        {8}, {}, {0, 1}};
    for (TimeSeries s : List.of(whole, middle, TimeSeries.of(new long[] {34}, new double[] {N}))) {
      for (long[] target : targets) {
        assertThat(s.valuesOn(target)).as("%s onto %s", s, java.util.Arrays.toString(target))
            .containsExactly(mergeReindex(s, target, false));
        assertThat(s.padValuesOn(target)).as("%s padded onto %s", s, java.util.Arrays.toString(target))
            .containsExactly(mergeReindex(s, target, true));
      }
    }
    assertThat(Index.runStart(all, new long[] {5, 8, 13})).isEqualTo(3);
    assertThat(Index.runStart(all, new long[] {5, 13})).isEqualTo(-1);
    assertThat(Index.runStart(all, new long[] {34, 35})).isEqualTo(-1);
    assertThat(Index.runStart(all, new long[] {4})).isEqualTo(-1);
    assertThat(Index.runStart(all, new long[0])).isEqualTo(-1);
    assertThat(Index.runStart(new long[] {5}, all)).isEqualTo(-1);
  }

  @Test
  void addingToRangesOfRowsGivesTheSumsOfAddingToEveryRow() {
    long[] all = {0, 1, 2, 3, 5, 9, 10};
    List<TimeSeries> parts = List.of(TimeSeries.of(new long[] {1, 5, 9}, new double[] {1, N, 2}),
        TimeSeries.of(new long[] {5, 9, 10}, new double[] {3, 0.5, 4}), TimeSeries.of(all, new double[] {N, 0.25, 1, 1,
            1, 0.25, -1}));
    double[] whole = new double[all.length];
    double[] ranges = new double[all.length];
    for (TimeSeries p : parts) {
      Index.addSkippingNaN(all, whole, p);
    }
    for (int from : new int[] {0, 2, 5}) {
      int to = from == 0 ? 2 : from == 2 ? 5 : all.length;
      for (TimeSeries p : parts) {
        Index.addSkippingNaN(all, ranges, p, from, to);
      }
    }
    assertThat(ranges).containsExactly(whole);
    assertThat(whole).containsExactly(0, 1.25, 1, 1, 4, 2.75, 3);
    double[] acc = new double[all.length];
    assertThatThrownBy(() -> Index.addSkippingNaN(all, acc, TimeSeries.of(new long[] {4, 5}, new double[] {1, 1}),
        2, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must contain every timestamp");
    assertThatThrownBy(() -> Index.addSkippingNaN(all, acc, TimeSeries.of(new long[] {11}, new double[] {1}), 0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must contain every timestamp");
  }
}
