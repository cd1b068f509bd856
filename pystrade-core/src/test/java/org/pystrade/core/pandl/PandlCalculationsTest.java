package org.pystrade.core.pandl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/** Hand-computed cases for buffering, cash-cost P&amp;L, SR-cost P&amp;L and turnover. */
class PandlCalculationsTest {

  /** Monday 2024-01-01 onwards, business days. */
  private static long[] days(int n) {
    long[] t = new long[n];
    long d = LocalDate.of(2024, 1, 1).toEpochDay();
    for (int i = 0; i < n; i++) {
      while (!Timestamps.isBusinessDay(d)) {
        d++;
      }
      t[i] = d++ * Timestamps.SECONDS_PER_DAY;
    }
    return t;
  }

  @Test
  void bufferingHoldsInsideTheBufferAndTradesToTheEdge() {
    long[] t = days(5);
    TimeSeries optimal = TimeSeries.of(t, new double[] {10, 10.4, 12.6, 9.2, Double.NaN});
    TimeSeries upper = optimal.plus(1.0);
    TimeSeries lower = optimal.plus(-1.0);
    // start at round(10) = 10; 10.4 -> [9.4, 11.4] rounded [9, 11]: hold 10; 12.6 -> [11.6, 13.6] -> [12, 14]:
    // 10 < 12 so trade to 12; 9.2 -> [8, 10]: 12 > 10 trade to 10; NaN optimal (ffilled 9.2): hold
    TimeSeries edge = Buffering.apply(optimal, upper, lower, true, true);
    assertThat(edge.values()).containsExactly(10, 10, 12, 10, 10);
    TimeSeries toOptimum = Buffering.apply(optimal, upper, lower, false, true);
    assertThat(toOptimum.values()).containsExactly(10, 10, 13, 9, 9);
  }

  @Test
  void cashCostPandlByHand() {
    long[] t = days(4);
    TimeSeries positions = TimeSeries.of(t, new double[] {0, 2, 2, -1});
    TimeSeries price = TimeSeries.of(t, new double[] {100, 101, 103, 102});
    TimeSeries fx = TimeSeries.of(t, new double[] {2, 2, 2, 2});
    PandlCurve p = PandlCalculator.builder().positions(positions).price(price).fx(fx).pointSize(10)
        .costs(new CostModel(0.5, 1.0, 0, 0)).rollsPerYear(0).volNormaliseCosts(false).delayFill(true)
        .roundPositions(true).capital(1000).build().calculate();
    // delayed positions: NaN, 0, 2, 2; gross points: pos[t-1] * dp -> 0, 0*1, 0*2, 2*(-1)
    assertThat(p.gross().values()).containsExactly(0, 0, 0, -2 * 10 * 2);
    // one trade of 2 contracts on day 3 (0 -> 2): (2 * 0.5 * 10 + 2 * 1.0) * fx 2 = 24
    assertThat(p.costs().valueAt(t[2])).isCloseTo(-24.0, within(1e-12));
    assertThat(p.net().valueAt(t[3])).isCloseTo(-40.0, within(1e-12));
    assertThat(p.netPercent().valueAt(t[3])).isCloseTo(-4.0, within(1e-12));
  }

  @Test
  void turnoverOfAConstantNormaliser() {
    long[] t = days(5);
    TimeSeries f = TimeSeries.of(t, new double[] {0, 10, 0, 10, 10});
    // |diffs| / 10 = 1, 1, 1, 0 -> mean 0.75 x 256
    assertThat(SrCosts.turnover(f, 10.0)).isCloseTo(0.75 * 256, within(1e-12));
  }

  @Test
  void srCostIsSpreadOverTimeFromTheFirstPosition() {
    long[] t = days(3);
    TimeSeries positions = TimeSeries.of(t, new double[] {Double.NaN, 1, 1});
    TimeSeries price = TimeSeries.of(t, new double[] {10, 10, 10});
    TimeSeries avg = TimeSeries.of(t, new double[] {2, 2, 2});
    TimeSeries vol = TimeSeries.of(t, new double[] {0.5, 0.5, 0.5});
    TimeSeries c = SrCostPandl.costsInPoints(positions, price, 0.1, avg, vol);
    double annual = -0.1 * 2 * 0.5 * 16;
    assertThat(c.value(0)).isNaN();
    assertThat(c.value(1)).isCloseTo(annual / 365.25, within(1e-15));
    assertThat(c.value(2)).isCloseTo(annual / 365.25, within(1e-15));
  }

  @Test
  void costModelTakesTheLargestCommission() {
    CostModel m = new CostModel(0.1, 2.0, 0.001, 5.0);
    // slippage 3 x 0.1 x 10 = 3; commissions: block 6, trade 5, percentage 0.001 x 3 x 100 x 10 = 3 -> 6
    assertThat(m.costOfTrade(-3, 100, 10, true)).isCloseTo(9.0, within(1e-12));
    assertThat(m.costOfTrade(-3, 100, 10, false)).isCloseTo(6.0, within(1e-12));
    // NaN price: the percentage term is ignored as Python's max() does
    assertThat(m.costOfTrade(1, Double.NaN, 10, false)).isCloseTo(5.0, within(1e-12));
  }
}
