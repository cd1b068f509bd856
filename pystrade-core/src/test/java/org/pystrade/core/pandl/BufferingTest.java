package org.pystrade.core.pandl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.testing.StageFixtures;

class BufferingTest {

  private static final double NAN = Double.NaN;
  private static final long[] T = StageFixtures.days(5);

  @Test
  void unroundedPositionsStartAtZeroBeforeTheFirstOptimumAndTradeToTheEdgeOrTheOptimum() {
    TimeSeries optimal = StageFixtures.series(T, NAN, 5, 8, 8, 3);
    TimeSeries upper = optimal.plus(1);
    TimeSeries lower = optimal.plus(-1);
    // 0 below [4, 6]: to 4 (or 5); below [7, 9]: to 7 (or 8); inside [7, 9]: hold; above [2, 4]: to 4 (or 3)
    assertThat(Buffering.apply(optimal, upper, lower, true, false).values()).containsExactly(0, 4, 7, 7, 4);
    assertThat(Buffering.apply(optimal, upper, lower, false, false).values()).containsExactly(0, 5, 8, 8, 3);
  }

  @Test
  void roundingIsHalfToEvenOfOptimumAndEdges() {
    TimeSeries optimal = StageFixtures.series(new long[] {T[0], T[1], T[2]}, 2.5, 2.5, 3.5);
    TimeSeries upper = optimal.plus(0.5);
    TimeSeries lower = optimal.plus(-0.5);
    // rounded: optimum 2, 2, 4; upper 3, 3, 4; lower 2, 2, 3: start at 2, hold, then below [3, 4]
    assertThat(Buffering.apply(optimal, upper, lower, true, true).values()).containsExactly(2, 2, 3);
    assertThat(Buffering.apply(optimal, upper, lower, false, true).values()).containsExactly(2, 2, 4);
  }

  @Test
  void edgesAreTakenOnTheOptimumsIndexForwardFilledAndMissingEdgesHold() {
    TimeSeries optimal = StageFixtures.series(T, 1, 10, 10, 10, 20);
    // edges known from Wednesday only, with a gap on Thursday that is forward filled
    TimeSeries upper = StageFixtures.series(new long[] {T[2], T[4]}, 12, 22);
    TimeSeries lower = StageFixtures.series(new long[] {T[2], T[3], T[4]}, 8, NAN, 18);
    TimeSeries held = Buffering.apply(optimal, upper, lower, true, false);
    assertThat(held.timestamps()).containsExactly(T);
    // start 1; Tuesday has no edges: hold; Wednesday below [8, 12]: 8; Thursday [8, 12]: hold; Friday: 18
    assertThat(held.values()).containsExactly(1, 1, 8, 8, 18);
  }

  @Test
  void aMissingOptimumIsForwardFilledAndAnEmptyOneGivesNothing() {
    TimeSeries optimal = StageFixtures.series(T, 4, NAN, NAN, 9, NAN);
    TimeSeries held = Buffering.apply(optimal, optimal.ffill().plus(1), optimal.ffill().plus(-1), false, false);
    assertThat(held.values()).containsExactly(4, 4, 4, 9, 9);
    TimeSeries none = TimeSeries.empty();
    assertThat(Buffering.apply(none, none, none, true, true).size()).isZero();
  }
}
