package org.pystrade.optimisation.optimisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quadratic-programme path of {@link MaxSharpe} for portfolios larger than the SLSQP port takes (200 assets). */
class MaxSharpeLargeTest {

  @Test
  void uncorrelatedAssetsGetWeightsProportionalToMeanOverVariance() {
    int n = 12;
    double[] stdev = new double[n];
    double[] means = new double[n];
    double[][] corr = new double[n][n];
    for (int i = 0; i < n; i++) {
      stdev[i] = 0.1 + 0.01 * i;
      means[i] = 0.05 + 0.002 * i;
      corr[i][i] = 1.0;
    }
    double[] w = MaxSharpe.largePortfolio(MaxSharpe.sigma(stdev, corr), means);
    // tangency with a diagonal covariance: w_i proportional to mean_i / var_i
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += means[i] / (stdev[i] * stdev[i]);
    }
    for (int i = 0; i < n; i++) {
      assertThat(w[i]).isCloseTo(means[i] / (stdev[i] * stdev[i]) / total, within(1e-6));
    }
  }

  @Test
  void agreesWithSlsqpWhereBothApplyAndBeatsRandomPortfolios() {
    Random rnd = new Random(7);
    int n = 9;
    double[] stdev = new double[n];
    double[] means = new double[n];
    double[][] corr = new double[n][n];
    for (int i = 0; i < n; i++) {
      stdev[i] = 0.1 + 0.1 * rnd.nextDouble();
      means[i] = 0.1 * rnd.nextDouble();
      for (int j = 0; j < n; j++) {
        corr[i][j] = i == j ? 1.0 : 0.3;
      }
    }
    double[][] sigma = MaxSharpe.sigma(stdev, corr);
    double[] qp = MaxSharpe.largePortfolio(sigma, means);
    double[] slsqp = MaxSharpe.optimise(sigma, means);
    double sharpeQp = -MaxSharpe.negativeSharpe(qp, sigma, means);
    double sharpeSlsqp = -MaxSharpe.negativeSharpe(slsqp, sigma, means);
    assertThat(sharpeQp).isCloseTo(sharpeSlsqp, within(1e-4));
    for (int k = 0; k < 200; k++) {
      double[] r = new double[n];
      double s = 0;
      for (int i = 0; i < n; i++) {
        r[i] = rnd.nextDouble();
        s += r[i];
      }
      for (int i = 0; i < n; i++) {
        r[i] /= s;
      }
      assertThat(-MaxSharpe.negativeSharpe(r, sigma, means)).isLessThanOrEqualTo(sharpeQp + 1e-9);
    }
  }
}
