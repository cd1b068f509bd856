package org.pystrade.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

class GoldenCsvTest {

  private static Map<String, TimeSeries> parse(String text) throws Exception {
    return GoldenCsv.parse(new BufferedReader(new StringReader(text)), "test");
  }

  @Test
  void readsColumnsWithEmptyCellsAsNaN() throws Exception {
    Map<String, TimeSeries> cols = parse("DATETIME,a,b\n2020-01-02,1.5,\n2020-01-03 23:00:00,,-2\n");
    assertThat(cols.keySet()).containsExactly("a", "b");
    TimeSeries a = cols.get("a");
    assertThat(a.size()).isEqualTo(2);
    assertThat(a.time(0)).isEqualTo(Timestamps.parse("2020-01-02"));
    assertThat(a.time(1)).isEqualTo(Timestamps.parse("2020-01-03 23:00:00"));
    assertThat(a.value(0)).isEqualTo(1.5);
    assertThat(a.value(1)).isNaN();
    assertThat(cols.get("b").value(0)).isNaN();
    assertThat(cols.get("b").value(1)).isEqualTo(-2.0);
  }

  @Test
  void rejectsRowsWithTheWrongNumberOfCells() {
    assertThatThrownBy(() -> parse("DATETIME,a,b\n2020-01-02,1\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> parse("DATETIME,a\n2020-01-02,1,2\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void rejectsNonNumbers() {
    assertThatThrownBy(() -> parse("DATETIME,a\n2020-01-02,x\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a number 'x'");
  }
}
