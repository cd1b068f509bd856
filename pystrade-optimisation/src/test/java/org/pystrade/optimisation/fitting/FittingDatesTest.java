package org.pystrade.optimisation.fitting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FittingDatesTest {

  private static final long D = FittingDates.MICROS_PER_DAY;

  @Test
  void expandingPeriodsStepBackFromTheEnd() {
    List<FitPeriod> p = FittingDates.generate(0, 800 * D + 5, DateMethod.EXPANDING, 20, 365);
    // boundaries: 70d+5, 435d+5, 800d+5
    assertThat(p).containsExactly(
        new FitPeriod(0, 0, 0, 435 * D + 5, true),
        new FitPeriod(0, 435 * D + 5, 435 * D + 5, 800 * D + 5, false));
  }

  @Test
  void rollingWindowStartsRollyearsBoundariesEarlier() {
    List<FitPeriod> p = FittingDates.generate(0, 1200 * D, DateMethod.ROLLING, 1, 365);
    // boundaries: 105, 470, 835, 1200
    assertThat(p).hasSize(3);
    assertThat(p.get(1).fitStart()).isEqualTo(105 * D);
    assertThat(p.get(2).fitStart()).isEqualTo(470 * D);
    assertThat(p.get(2).fitEnd()).isEqualTo(835 * D);
  }

  @Test
  void inSampleIsOnePeriodOverEverything() {
    assertThat(FittingDates.generate(3, 99, DateMethod.IN_SAMPLE, 20, 365))
        .containsExactly(new FitPeriod(3, 99, 3, 99, false));
  }
}
