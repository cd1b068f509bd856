package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pystrade.core.rules.Explicit.daily;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pystrade.core.math.RobustVolParams;
import org.pystrade.core.math.RuleMath;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.TimeSeries;

/** {@link RuleMath}: robust volatility and the pandas-exact rolling kernels, against explicit definitions. */
class RuleMathTest {

  private static final double NAN = Double.NaN;
  private static final double TOL = 1e-12;

  private static double[] noisy(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextGaussian() * (1 + i % 7);
    }
    return v;
  }

  @Test
  void robustVolIsFlooredEwmStdByDefinition() {
    double[] x = noisy(40, 1);
    x[0] = NAN;
    x[15] = NAN;
    // span 3, 2 observations, absolute minimum 0.5, floor at the rolling median of 4 rows from 2 observations
    RobustVolParams p = new RobustVolParams(3, 2, 0.5, true, 0.5, 2, 4, false);
    double[] std = Explicit.ewmStdSpan(x, 3, 2);
    double[] lifted = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      lifted[i] = std[i] < 0.5 ? 0.5 : std[i];
    }
    double[] floor = Explicit.rollingQuantile(lifted, 4, 2, 0.5);
    floor[0] = 0;
    floor = Explicit.ffill(floor);
    double[] expected = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      expected[i] = Double.isNaN(lifted[i]) ? NAN : Math.max(lifted[i], floor[i]);
    }
    TimeSeries out = RuleMath.robustVolCalc(daily(0, x), p);
    SeriesAssert.assertMatches("robust vol", daily(0, expected), out, TOL);
    assertThat(out.value(1)).as("one observation: no std").isNaN();
    int floored = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(expected[i]) && expected[i] > lifted[i]) {
        floored++;
      }
    }
    assertThat(floored).as("the floor binds somewhere").isGreaterThan(0);
  }

  @Test
  void robustVolDefaultsWarmUpOverTenValuesAndApplyTheAbsoluteMinimum() {
    double[] flat = new double[30];
    Arrays.fill(flat, 3.0);
    TimeSeries out = RuleMath.robustVolCalc(daily(0, flat));
    for (int i = 0; i < 9; i++) {
      assertThat(out.value(i)).as("row " + i).isNaN();
    }
    for (int i = 9; i < 30; i++) {
      assertThat(out.value(i)).as("zero std raised to 1e-10, row " + i).isEqualTo(1e-10);
    }
  }

  @Test
  void robustVolFloorIsZeroUntilEnoughObservationsThenTheRollingQuantile() {
    double[] x = noisy(700, 3);
    TimeSeries out = RuleMath.robustVolCalc(daily(0, x));
    double[] raw = Explicit.ewmStdSpan(x, 35, 10);
    // with 100 vols needed, the floor is zero up to row 108 (vols start at row 9)
    for (int i = 0; i < 108; i++) {
      if (!Double.isNaN(raw[i])) {
        assertThat(out.value(i)).as("row " + i).isCloseTo(raw[i], within(TOL));
      }
    }
    double[] floor = Explicit.rollingQuantile(raw, 500, 100, 0.05);
    for (int i = 108; i < 700; i++) {
      assertThat(out.value(i)).as("row " + i)
          .isCloseTo(Math.max(raw[i], floor[i]), within(TOL));
    }
  }

  @Test
  void robustVolBackfillFillsTheWarmUp() {
    double[] x = noisy(30, 5);
    RobustVolParams p = new RobustVolParams(35, 10, 1e-10, true, 0.05, 100, 500, true);
    TimeSeries filled = RuleMath.robustVolCalc(daily(0, x), p);
    TimeSeries plain = RuleMath.robustVolCalc(daily(0, x));
    for (int i = 0; i < 9; i++) {
      assertThat(filled.value(i)).isEqualTo(plain.value(9));
    }
    assertThat(filled.value(20)).isEqualTo(plain.value(20));
  }

  @Test
  void robustVolParamsAreValidatedAsPandasWould() {
    assertThatThrownBy(() -> new RobustVolParams(35, 10, 1e-10, true, 0.05, 600, 500, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floorMinPeriods");
    assertThatThrownBy(() -> new RobustVolParams(0.5, 10, 1e-10, true, 0.05, 100, 500, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
    assertThat(RobustVolParams.defaults().withDays(20).days()).isEqualTo(20);
    assertThat(RuleMath.robustVolCalc(TimeSeries.empty()).size()).isZero();
  }

  @Test
  void rollingMeanMatchesWindowScanAndPandasRepeatedValueRule() {
    double[] x = noisy(200, 7);
    x[3] = NAN;
    x[50] = NAN;
    x[51] = NAN;
    double[] expected = Explicit.rollingMean(x, 9, 6);
    double[] actual = RuleMath.rollingMean(x, 9, 6);
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(expected[i])) {
        assertThat(actual[i]).as("row " + i).isNaN();
      } else {
        assertThat(actual[i]).as("row " + i).isCloseTo(expected[i], within(TOL));
      }
    }
    // a window of one repeated value gives that value exactly; all-positive values never give a negative mean
    double[] rep = RuleMath.rollingMean(new double[] {1e6, 0.1, 0.1, 0.1, 0.1}, 3, 3);
    assertThat(rep[3]).isEqualTo(0.1);
    assertThat(rep[4]).isEqualTo(0.1);
    double[] tiny = RuleMath.rollingMean(new double[] {1e17, 1, 1e-3, 1e-3}, 2, 1);
    assertThat(tiny[3]).isGreaterThanOrEqualTo(0.0);
    assertThat(RuleMath.rollingMean(new double[] {1, Double.POSITIVE_INFINITY, 3}, 2, 1))
        .as("infinite read as missing").containsExactly(1, 1, 3);
  }

  @Test
  void rollingStdMatchesWindowScanAndIsZeroOnFlatWindows() {
    double[] x = noisy(300, 9);
    x[0] = NAN;
    x[100] = NAN;
    double[] expected = Explicit.rollingStd(x, 25, 3);
    double[] actual = RuleMath.rollingStd(x, 25, 3);
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(expected[i])) {
        assertThat(actual[i]).as("row " + i).isNaN();
      } else {
        assertThat(actual[i]).as("row " + i).isCloseTo(expected[i], within(1e-10));
      }
    }
    double[] flat = RuleMath.rollingStd(new double[] {5, 0.3, 0.3, 0.3, 0.3}, 3, 3);
    assertThat(flat[0]).isNaN();
    assertThat(flat[1]).isNaN();
    assertThat(flat[3]).isEqualTo(0.0);
    assertThat(flat[4]).isEqualTo(0.0);
  }

  @Test
  void ewmMeanReadsInfiniteAsMissing() {
    double[] withInf = {1, 2, Double.NEGATIVE_INFINITY, 4};
    double[] withNaN = {1, 2, NAN, 4};
    assertThat(RuleMath.ewmMean(withInf, Ewm.span(3))).containsExactly(RuleMath.ewmMean(withNaN, Ewm.span(3)));
    assertThat(RuleMath.withoutInf(withNaN)).isSameAs(withNaN);
  }
}
