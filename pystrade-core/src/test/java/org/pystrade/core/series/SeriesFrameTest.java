package org.pystrade.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SeriesFrameTest {

  /** A mapper working through the items from the last to the first, as another thread might. */
  private static final SeriesFrame.Mapper BACKWARDS = new SeriesFrame.Mapper() {
    @Override
    public <T, R> List<R> map(List<T> items, Function<T, R> f) {
      List<R> out = new ArrayList<>(Collections.nCopies(items.size(), null));
      for (int i = items.size() - 1; i >= 0; i--) {
        out.set(i, f.apply(items.get(i)));
      }
      return out;
    }
  };

  @Test
  void aFrameJoinedAndFilledByAnotherMapperIsTheSameFrame() {
    SplittableRandom rnd = new SplittableRandom(11);
    Map<String, TimeSeries> columns = new LinkedHashMap<>();
    for (int c = 0; c < 7; c++) {
      // runs of one index (the usual universe: later starts) and a sparse one
      int start = rnd.nextInt(50);
      int step = c == 6 ? 3 : 1;
      long[] t = new long[40];
      double[] v = new double[t.length];
      for (int i = 0; i < t.length; i++) {
        t[i] = (start + (long) i * step) * 86_400L;
        v[i] = rnd.nextInt(5) == 0 ? Double.NaN : rnd.nextGaussian();
      }
      columns.put("c" + c, TimeSeries.of(t, v));
    }
    SeriesFrame plain = SeriesFrame.concat(columns);
    SeriesFrame mapped = SeriesFrame.concat(columns, BACKWARDS);
    assertThat(mapped).isEqualTo(plain);
    assertThat(mapped.names()).containsExactly("c0", "c1", "c2", "c3", "c4", "c5", "c6");
    assertThat(mapped.ffill(BACKWARDS)).isEqualTo(plain.ffill()).isNotEqualTo(plain);
    SeriesFrame filled = plain.ffill();
    assertThat(filled.ffill(BACKWARDS)).isSameAs(filled);
    for (int c = 0; c < 7; c++) {
      assertThat(mapped.column(c)).isEqualTo(mapped.column("c" + c));
    }
    // one index: the columns lend their arrays
    Map<String, TimeSeries> same = new LinkedHashMap<>();
    same.put("a", columns.get("c0"));
    same.put("b", columns.get("c0").times(2.0));
    assertThat(SeriesFrame.concat(same, BACKWARDS).column(1).valuesView()).isSameAs(same.get("b").valuesView());
  }
}
