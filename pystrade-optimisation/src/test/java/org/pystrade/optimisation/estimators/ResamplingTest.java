package org.pystrade.optimisation.estimators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

class ResamplingTest {

  private static long us(String date) {
    return Timestamps.of(LocalDate.parse(date)) * 1_000_000L;
  }

  @Test
  void weeklyBucketsEndOnSundayAndKeepLastValidValue() {
    // Mon 2024-01-01 .. Fri 2024-01-05, Mon 2024-01-15
    TimeSeries s = TimeSeries.ofDates(new LocalDate[] {LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-04"),
        LocalDate.parse("2024-01-05"), LocalDate.parse("2024-01-15")}, new double[] {1, 2, Double.NaN, 4});
    TimedData w = Resampling.resampleLast(SeriesFrame.concat(Map.of("x", s)), "W");
    assertThat(w.timestamps()).containsExactly(us("2024-01-07"), us("2024-01-14"), us("2024-01-21"));
    assertThat(w.column(0)[0]).isEqualTo(2.0);
    assertThat(w.column(0)[1]).isNaN();
    assertThat(w.column(0)[2]).isEqualTo(4.0);
  }

  @Test
  void stackingInterleavesWithMicrosecondOffsetsAndPadsColumns() {
    TimedData a = new TimedData(new long[] {0, 10}, List.of("r1"), new double[][] {{1, 2}});
    TimedData b = new TimedData(new long[] {10, 20}, List.of("r1", "r2"), new double[][] {{3, 4}, {5, 6}});
    TimedData st = Resampling.stack(List.of(a, b));
    assertThat(st.timestamps()).containsExactly(0, 1, 10, 11, 20, 21);
    assertThat(st.names()).containsExactly("r1", "r2");
    assertThat(st.column(0)).containsExactly(1, Double.NaN, 2, 3, Double.NaN, 4);
    // a lacks r2: padded with 0 where a has a row, NaN where it has none
    assertThat(st.column(1)).containsExactly(0, Double.NaN, 0, 5, Double.NaN, 6);
  }
}
