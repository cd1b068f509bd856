package org.pystrade.optimisation.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;

class ForecastScalarsTest {

  private static final double N = Double.NaN;

  @Test
  void singleInstrumentUsesAbsoluteForecastsIgnoringZerosAndBackfills() {
    SeriesFrame f = SeriesFrame.of(new long[] {1, 2, 3, 4}, List.of("x"), new double[][] {{-2, 0, 4, 6}});
    TimeSeries s = ForecastScalars.estimate(f, new ForecastScalarParams(true, 250000, 2, true, 10));
    assertThat(s.values()[2]).isCloseTo(10 / 3.0, within(1e-15));
    assertThat(s.values()[3]).isCloseTo(10 / 4.0, within(1e-15));
    assertThat(s.values()[0]).isEqualTo(s.values()[2]);
    TimeSeries noFill = ForecastScalars.estimate(f, new ForecastScalarParams(true, 250000, 2, false, 10));
    assertThat(noFill.values()[1]).isNaN();
  }

  @Test
  void pooledUsesMedianOfForwardFilledAbsoluteForecasts() {
    SeriesFrame f = SeriesFrame.of(new long[] {1, 2, 3}, List.of("a", "b", "c"),
        new double[][] {{1, N, 3}, {-5, 0, 9}, {N, 2, N}});
    // medians per row: (1, 5) -> 3; (1, 5 forward-filled over the zero, 2) -> 2; (3, 9, 2) -> 3; mean of 2 rows
    TimeSeries s = ForecastScalars.estimate(f, new ForecastScalarParams(true, 2, 1, false, 10));
    assertThat(s.values()[0]).isCloseTo(10 / 3.0, within(1e-15));
    assertThat(s.values()[1]).isCloseTo(10 / 2.5, within(1e-15));
    assertThat(s.values()[2]).isCloseTo(10 / 2.5, within(1e-15));
  }
}
