package org.pystrade.optimisation.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.optimisation.fitting.FitPeriod;

class DiversificationMultiplierTest {

  private static final List<String> AB = List.of("a", "b");

  @Test
  void singlePeriodIsInverseOfPortfolioRiskCapped() {
    CorrelationMatrix zero = CorrelationMatrix.boring(AB, 0.0);
    assertThat(DiversificationMultiplier.singlePeriod(zero, AB, new double[] {0.5, 0.5}, 2.5))
        .isCloseTo(Math.sqrt(2), within(1e-15));
    CorrelationMatrix half = CorrelationMatrix.boring(AB, 0.5);
    // w'Cw = 0.25 + 0.25 + 2 * 0.25 * 0.5 = 0.75
    assertThat(DiversificationMultiplier.singlePeriod(half, AB, new double[] {0.5, 0.5}, 2.5))
        .isCloseTo(1 / Math.sqrt(0.75), within(1e-15));
    assertThat(DiversificationMultiplier.singlePeriod(zero, AB, new double[] {0.5, 0.5}, 1.2)).isEqualTo(1.2);
    assertThat(DiversificationMultiplier.singlePeriod(zero, AB, new double[] {Double.NaN, Double.NaN}, 2.5))
        .isEqualTo(1.0);
  }

  @Test
  void overTimeIsOneBeforeTheFirstPeriodThenSmoothed() {
    long day = 86_400L;
    long[] t = {0, day, 2 * day, 3 * day};
    SeriesFrame w = SeriesFrame.of(t, AB, new double[][] {{0.5, 0.5, 0.5, 0.5}, {0.5, 0.5, 0.5, 0.5}});
    long us = 1_000_000L;
    CorrelationList list = new CorrelationList(AB,
        List.of(CorrelationMatrix.boring(AB, 0.99), CorrelationMatrix.boring(AB, 0.0)),
        List.of(new FitPeriod(0, 0, 0, 2 * day * us, true), new FitPeriod(0, 2 * day * us, 2 * day * us,
            3 * day * us, false)));
    TimeSeries dm = DiversificationMultiplier.fromList(list, w, 1.0, 2.5);
    double first = 1 / Math.sqrt(0.5 + 0.5 * 0.99);
    // span 1 means no smoothing
    assertThat(dm.values()[0]).isCloseTo(first, within(1e-15));
    assertThat(dm.values()[1]).isCloseTo(first, within(1e-15));
    assertThat(dm.values()[2]).isCloseTo(Math.sqrt(2), within(1e-15));
    assertThat(dm.values()[3]).isCloseTo(Math.sqrt(2), within(1e-15));
  }
}
