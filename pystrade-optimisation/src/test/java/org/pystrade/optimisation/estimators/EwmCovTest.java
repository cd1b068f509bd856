package org.pystrade.optimisation.estimators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EwmCovTest {

  /** Independent definition: explicit weights (1 - alpha)^(joint observations after k), biased moments. */
  private static double naiveCorr(double[] x, double[] y, int upTo, double alpha) {
    double sw = 0;
    double sx = 0;
    double sy = 0;
    int later = 0;
    double[] w = new double[upTo + 1];
    for (int k = upTo; k >= 0; k--) {
      if (x[k] == x[k] && y[k] == y[k]) {
        w[k] = Math.pow(1 - alpha, later);
        later++;
        sw += w[k];
        sx += w[k] * x[k];
        sy += w[k] * y[k];
      }
    }
    double mx = sx / sw;
    double my = sy / sw;
    double cxy = 0;
    double cxx = 0;
    double cyy = 0;
    for (int k = 0; k <= upTo; k++) {
      if (w[k] > 0) {
        cxy += w[k] * (x[k] - mx) * (y[k] - my);
        cxx += w[k] * (x[k] - mx) * (x[k] - mx);
        cyy += w[k] * (y[k] - my) * (y[k] - my);
      }
    }
    return cxy / Math.sqrt(cxx * cyy);
  }

  @Test
  void correlationMatchesExplicitWeightsWithMissingValues() {
    Random rnd = new Random(7);
    int n = 200;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = rnd.nextGaussian();
      y[i] = 0.6 * x[i] + rnd.nextGaussian();
      if (rnd.nextDouble() < 0.1) {
        x[i] = Double.NaN;
      }
      if (rnd.nextDouble() < 0.1) {
        y[i] = Double.NaN;
      }
    }
    double alpha = EwmCov.alphaForSpan(30);
    double[] c = EwmCov.corr(x, y, alpha, 10, true);
    int joint = 0;
    for (int i = 0; i < n; i++) {
      if (x[i] == x[i] && y[i] == y[i]) {
        joint++;
      }
      if (joint < 10) {
        assertThat(c[i]).as("row %s before min periods", i).isNaN();
      } else {
        assertThat(c[i]).as("row %s", i).isCloseTo(naiveCorr(x, y, i, alpha), within(1e-12));
      }
    }
  }

  @Test
  void alphaIsPandasSpanFormula() {
    assertThat(EwmCov.alphaForSpan(1500)).isCloseTo(2.0 / 1501, within(1e-18));
    assertThat(EwmCov.alphaForSpan(1)).isEqualTo(1.0);
  }

  /** The one-pass correlation equals, bit for bit, the covariance over the two variances computed separately. */
  @Test
  void onePassCorrelationIsTheThreeCovariancesBitForBit() {
    Random random = new Random(3);
    for (int trial = 0; trial < 40; trial++) {
      int n = 200 + random.nextInt(300);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = random.nextDouble() < 0.1 ? Double.NaN : random.nextGaussian();
        y[i] = random.nextDouble() < 0.1 ? Double.NaN : 0.3 * x[i] + random.nextGaussian();
      }
      if (trial % 3 == 0) {
        x[0] = Double.NaN;
        y[1] = Double.NaN;
      }
      double alpha = EwmCov.alphaForSpan(5 + random.nextInt(100));
      int minp = random.nextInt(20);
      boolean ignoreNa = random.nextBoolean();
      double[] mx = new double[n];
      double[] my = new double[n];
      for (int i = 0; i < n; i++) {
        boolean both = x[i] == x[i] && y[i] == y[i];
        mx[i] = both ? x[i] : Double.NaN;
        my[i] = both ? y[i] : Double.NaN;
      }
      double[] c = EwmCov.cov(mx, my, alpha, minp, ignoreNa);
      double[] vx = EwmCov.cov(mx, mx, alpha, minp, ignoreNa);
      double[] vy = EwmCov.cov(my, my, alpha, minp, ignoreNa);
      double[] corr = EwmCov.corr(x, y, alpha, minp, ignoreNa);
      for (int i = 0; i < n; i++) {
        double p = vx[i] * vy[i];
        double expected = c[i] / (p >= 0 ? Math.sqrt(p) : (p == p ? 0.0 : Double.NaN));
        assertThat(Double.doubleToLongBits(corr[i])).as("row %d of trial %d", i, trial)
            .isEqualTo(Double.doubleToLongBits(expected));
      }
    }
  }

  @Test
  void startingAtTheLaterFirstValueIsTheSameBitForBit() {
    Random random = new Random(11);
    for (int trial = 0; trial < 30; trial++) {
      int n = 300;
      double[] x = new double[n];
      double[] y = new double[n];
      // x starts late, y later still (or the other way round), with gaps after
      int firstX = random.nextInt(150);
      int firstY = random.nextInt(150);
      for (int i = 0; i < n; i++) {
        x[i] = i < firstX || random.nextDouble() < 0.1 ? Double.NaN : random.nextGaussian();
        y[i] = i < firstY || random.nextDouble() < 0.1 ? Double.NaN : 0.5 * random.nextGaussian();
      }
      double alpha = EwmCov.alphaForSpan(5 + random.nextInt(50));
      int minp = random.nextInt(10);
      boolean ignoreNa = random.nextBoolean();
      double[] whole = EwmCov.corr(x, y, alpha, minp, ignoreNa);
      int from = Math.max(firstX, firstY);
      double[] later = EwmCov.corr(x, y, alpha, minp, ignoreNa, from);
      for (int i = 0; i < n; i++) {
        assertThat(Double.doubleToRawLongBits(later[i])).as("row %d of trial %d", i, trial)
            .isEqualTo(Double.doubleToRawLongBits(whole[i]));
      }
    }
    double[] both = {1, 2, 3};
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EwmCov.corr(both, both, 0.5, 1, true, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0, before 2, has both values");
    double[] none = {Double.NaN, 1, Double.NaN};
    assertThat(EwmCov.corr(none, new double[] {2, Double.NaN, 3}, 0.5, 1, true, 5))
        .containsExactly(Double.NaN, Double.NaN, Double.NaN);
  }
}
