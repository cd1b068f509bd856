package org.pystrade.optimisation.optimisers;

import java.util.Arrays;

/**
 * pysystemtrade's {@code optimise_from_sigma_and_mean_list}: the long-only, fully invested portfolio of maximum
 * Sharpe ratio, found by SLSQP from equal weights with bounds [0, 1], the equality constraint
 * {@code 1 - sum(w) = 0} and tolerance 1e-5, exactly as scipy finds it.
 */
public final class MaxSharpe {

  private static final double TOLERANCE = 0.00001;
  private static final int MAX_ITER = 100;

  private MaxSharpe() {
  }

  /**
   * {@code sigma = diag(stdev) . corr . diag(stdev)} ({@code sigma_from_corr_and_std}).
   *
   * @param stdev standard deviations
   * @param corr correlations
   * @return the covariance matrix
   */
  public static double[][] sigma(double[] stdev, double[][] corr) {
    int n = stdev.length;
    double[][] left = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        left[i][j] = stdev[i] * corr[i][j];
      }
    }
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i][j] = left[i][j] * stdev[j];
      }
    }
    return out;
  }

  /**
   * The maximum Sharpe ratio weights.
   *
   * @param sigma covariance matrix
   * @param means expected returns
   * @return the weights (may sit a rounding error outside [0, 1], as scipy's do)
   */
  public static double[] optimise(double[][] sigma, double[] means) {
    int n = means.length;
    double[] lower = new double[n];
    double[] upper = new double[n];
    Arrays.fill(upper, 1.0);
    double[] start = new double[n];
    Arrays.fill(start, 1.0 / n);
    Slsqp solver = new Slsqp(w -> negativeSharpe(w, sigma, means), lower, upper, MaxSharpe::addem);
    return solver.minimise(start, TOLERANCE, MAX_ITER).x();
  }

  static double addem(double[] w) {
    double s = 0;
    for (double x : w) {
      s += x;
    }
    return 1.0 - s;
  }

  static double negativeSharpe(double[] w, double[][] sigma, double[] means) {
    int n = w.length;
    double ret = 0;
    for (int i = 0; i < n; i++) {
      ret += w[i] * means[i];
    }
    double var = 0;
    for (int j = 0; j < n; j++) {
      double ws = 0;
      for (int i = 0; i < n; i++) {
        ws += w[i] * sigma[i][j];
      }
      var += ws * w[j];
    }
    return -ret / Math.sqrt(var);
  }
}
