package org.pystrade.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void businessDayResamplingMatchesPandas() {
    TimeSeries last = intraday().resampleBusinessDayLast();
    assertThat(last.times()).containsExactly(t("2024-01-05"), t("2024-01-08"), t("2024-01-09"), t("2024-01-10"));
    assertThat(last.values()).containsExactly(2.0, 4.0, N, 5.0);
    assertThat(intraday().resampleBusinessDayMean().values()).containsExactly(1.5, 4.0, N, 5.0);
    assertThat(intraday().resampleBusinessDaySum().values()).containsExactly(3.0, 4.0, 0.0, 5.0);
  }

  @Test
  void unionAlignmentOfBinaryOperations() {
    TimeSeries a = TimeSeries.of(new long[] {1, 2, 3}, new double[] {1, 2, 3});
    TimeSeries b = TimeSeries.of(new long[] {2, 3, 4}, new double[] {10, 20, 30});
    TimeSeries sum = a.plus(b);
    assertThat(sum.times()).containsExactly(1, 2, 3, 4);
    assertThat(sum.values()).containsExactly(N, 12, 23, N);
    assertThat(Index.intersection(a.times(), b.times())).containsExactly(2, 3);
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
}
