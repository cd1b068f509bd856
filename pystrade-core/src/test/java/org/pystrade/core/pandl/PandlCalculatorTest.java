package org.pystrade.core.pandl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.testing.StageFixtures;

class PandlCalculatorTest {

  private static final double NAN = Double.NaN;
  private static final TimeSeries PRICE = StageFixtures.daily(100, 102, 101, 105, 104, 110);

  private static PandlCalculator.Builder calculator(TimeSeries positions) {
    return PandlCalculator.builder().positions(positions).price(PRICE).fx(TimeSeries.constant(PRICE.timestamps(), 1))
        .costs(new CostModel(0, 2, 0, 0)).rollsPerYear(0).capital(1000);
  }

  @Test
  void positionsAreFilledADayLateAndRoundedHalfToEven() {
    TimeSeries positions = StageFixtures.daily(1.4, 2.5, -0.5, 3.5);
    assertThat(calculator(positions).build().processedPositions().values()).containsExactly(NAN, 1, 2, -0.0);
    assertThat(calculator(positions).delayFill(false).roundPositions(false).build().processedPositions())
        .isEqualTo(positions);
  }

  @Test
  void rollDatesAreEquallySpacedFromHalfAPeriodAfterNewYear() {
    // 365 / 4 = 91 days apart, the first 45 days after 1 January
    assertThat(PandlCalculator.equalDatesWithinYear(2023, 4)).containsExactly(Timestamps.of(LocalDate.of(2023, 2, 15)),
        Timestamps.of(LocalDate.of(2023, 5, 17)), Timestamps.of(LocalDate.of(2023, 8, 16)),
        Timestamps.of(LocalDate.of(2023, 11, 15)));
  }

  @Test
  void theCostDeflatorIsTheRollingVolatilityOfPriceChangesOverItsLastValue() {
    // changes 2, -1, 4, -1, 6: the standard deviation of the first 3, 4 and 5 of them
    double[] changes = {2, -1, 4, -1, 6};
    double[] sd = new double[6];
    for (int n = 3; n <= 5; n++) {
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += changes[i] / n;
      }
      double ss = 0;
      for (int i = 0; i < n; i++) {
        ss += (changes[i] - mean) * (changes[i] - mean);
      }
      sd[n] = Math.sqrt(ss / (n - 1));
    }
    TimeSeries deflator = PandlCalculator.costDeflator(PRICE);
    assertThat(deflator.values()).containsExactly(new double[] {NAN, NAN, NAN, sd[3] / sd[5], sd[4] / sd[5], 1},
        within(1e-12));
    // a trade of 1 contract filled on the last day costs 2; filled on the fourth day, 2 deflated by its ratio
    PandlCurve last = calculator(StageFixtures.daily(0, 0, 0, 0, 1, 1)).volNormaliseCosts(true).build().calculate();
    assertThat(last.costs().values()).containsExactly(-2.0);
    PandlCurve early = calculator(StageFixtures.daily(0, 0, 1, 1, 1, 1)).volNormaliseCosts(true).build().calculate();
    assertThat(early.costs().values()).containsExactly(new double[] {-2 * sd[3] / sd[5]}, within(1e-12));
  }
}
