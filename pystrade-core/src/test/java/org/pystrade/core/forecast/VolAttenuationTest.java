package org.pystrade.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.testing.StageFixtures;

/** pysystemtrade's vol attenuation: the quantile of each point among the earlier ones, the multiplier, smoothing. */
class VolAttenuationTest {

  private static final double NAN = Double.NaN;

  /** pysystemtrade's quadratic loop, with numpy's comparisons (NaN is below nothing, nothing is below NaN). */
  private static double[] naiveQuantiles(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      int below = 0;
      for (int j = 0; j < i; j++) {
        if (x[j] < x[i]) {
          below++;
        }
      }
      out[i] = (double) below / (i + 1);
    }
    return out;
  }

  @Test
  void quantilesCountEarlierPointsStrictlyBelowOverThePosition() {
    double[] x = {3, 1, NAN, 2, 2, Double.POSITIVE_INFINITY, 5, NAN, 0, 2};
    // by hand: row 3 (2) has 1 below among 4 rows; row 4 (2) has 1 (ties do not count) among 5; a NaN row is 0
    assertThat(VolAttenuation.quantiles(x)).containsExactly(0, 0, 0, 0.25, 0.2, 4.0 / 6, 4.0 / 7, 0, 0,
        2.0 / 10);
    assertThat(VolAttenuation.quantiles(x)).containsExactly(naiveQuantiles(x));
    SplittableRandom rnd = new SplittableRandom(4);
    double[] big = new double[3000];
    for (int i = 0; i < big.length; i++) {
      big[i] = i % 97 == 0 ? NAN : Math.round(rnd.nextDouble() * 500) / 100.0;
    }
    assertThat(VolAttenuation.quantiles(big)).containsExactly(naiveQuantiles(big));
    assertThat(VolAttenuation.quantiles(new double[0])).isEmpty();
  }

  @Test
  void multiplierIsTwoMinusOneAndAHalfQuantileAndOneForNaN() {
    assertThat(VolAttenuation.multiplier(0)).isEqualTo(2.0);
    assertThat(VolAttenuation.multiplier(0.5)).isEqualTo(1.25);
    assertThat(VolAttenuation.multiplier(NAN)).isEqualTo(1.0);
  }

  @Test
  void attenuationIsTheSmoothedMultiplierOfTheQuantileOfNormalisedVol() {
    int n = 400;
    double[] vol = new double[n];
    for (int i = 0; i < n; i++) {
      // rising volatility: each point is the highest so far once the long average exists
      vol[i] = 1 + i * 0.01;
    }
    TimeSeries v = StageFixtures.daily(vol);
    TimeSeries att = VolAttenuation.attenuation(v);
    assertThat(att.timestamps()).containsExactly(v.timestamps());
    double[] normalised = VolAttenuation.normalisedVol(vol);
    // the long average needs 10 observations: before, the normalised vol is NaN, its quantile 0, the multiplier 2
    assertThat(normalised[8]).isNaN();
    assertThat(normalised[9]).isCloseTo(vol[9] / ((vol[0] + vol[9]) / 2), within(1e-12));
    assertThat(att.value(0)).isEqualTo(2.0);
    double[] expected = new double[n];
    double[] q = naiveQuantiles(normalised);
    for (int i = 0; i < n; i++) {
      expected[i] = 2 - 1.5 * q[i];
    }
    assertThat(att.values()).containsExactly(Kernels.ewmMean(expected, Ewm.span(10)));
    // high volatility relative to its history attenuates: the last values approach 0.5
    assertThat(att.value(n - 1)).isBetween(0.5, 0.6);
  }
}
