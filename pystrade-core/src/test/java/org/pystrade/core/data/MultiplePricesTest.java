package org.pystrade.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pystrade.core.series.TimeSeries;

/** Multiple prices cut to a window, every column alike. */
class MultiplePricesTest {

  private static TimeSeries s(double... v) {
    return TimeSeries.of(new long[] {10, 20, 30, 40}, v);
  }

  @Test
  void aSliceKeepsTheRowsOfTheWindowInEveryColumnAndTheWholeIsItself() {
    MultiplePrices m = new MultiplePrices(s(1, 2, 3, 4), s(201, 201, 202, 202), s(5, 6, 7, 8),
        s(203, 203, 203, 203), s(9, 10, 11, 12), s(202, 202, 203, 203));
    MultiplePrices mid = m.slice(15, 30);
    assertThat(mid.price().timestamps()).containsExactly(20, 30);
    assertThat(mid.price().values()).containsExactly(2, 3);
    assertThat(mid.priceContract().values()).containsExactly(201, 202);
    assertThat(mid.carry().values()).containsExactly(6, 7);
    assertThat(mid.carryContract().values()).containsExactly(203, 203);
    assertThat(mid.forward().values()).containsExactly(10, 11);
    assertThat(mid.forwardContract().values()).containsExactly(202, 203);
    assertThat(m.slice(10, 40)).isSameAs(m);
    assertThat(m.slice(Long.MIN_VALUE, 25).size()).isEqualTo(2);
    assertThat(m.slice(50, 60).size()).isZero();
  }
}
