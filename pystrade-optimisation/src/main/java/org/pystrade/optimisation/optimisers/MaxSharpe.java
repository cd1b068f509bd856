package org.pystrade.optimisation.optimisers;

import java.util.Arrays;

/**
 * pysystemtrade's {@code optimise_from_sigma_and_mean_list}: the long-only, fully invested portfolio of maximum
 * Sharpe ratio, found by SLSQP from equal weights with bounds [0, 1], the equality constraint
 * {@code 1 - sum(w) = 0} and tolerance 1e-5, exactly as scipy finds it; above {@value Slsqp#MAX_VARIABLES} assets,
 * as the equivalent convex quadratic programme solved with ojAlgo.
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
    if (n > Slsqp.MAX_VARIABLES) {
      return largePortfolio(sigma, means);
    }
    double[] lower = new double[n];
    double[] upper = new double[n];
    Arrays.fill(upper, 1.0);
    double[] start = new double[n];
    Arrays.fill(start, 1.0 / n);
    Slsqp solver = new Slsqp(w -> negativeSharpe(w, sigma, means), lower, upper, MaxSharpe::addem);
    return solver.minimise(start, TOLERANCE, MAX_ITER).x();
  }

  /**
   * Maximum Sharpe ratio for portfolios larger than the SLSQP port handles, as a convex quadratic programme solved
   * by ojAlgo: minimise {@code y' sigma y} subject to {@code means' y = 1}, {@code y >= 0}, then {@code w = y /
   * sum(y)} (the classical transformation of the long-only tangency portfolio). When no asset has a positive
   * expected return the tangency portfolio does not exist and the minimum-variance portfolio is returned.
   *
   * @param sigma covariance matrix
   * @param means expected returns
   * @return the weights, non-negative, summing to one
   */
  static double[] largePortfolio(double[][] sigma, double[] means) {
    int n = means.length;
    boolean anyPositive = false;
    for (double m : means) {
      anyPositive |= m > 0;
    }
    org.ojalgo.optimisation.ExpressionsBasedModel model = new org.ojalgo.optimisation.ExpressionsBasedModel();
    org.ojalgo.optimisation.Variable[] y = new org.ojalgo.optimisation.Variable[n];
    for (int i = 0; i < n; i++) {
      y[i] = model.addVariable("y" + i).lower(0.0);
    }
    org.ojalgo.optimisation.Expression risk = model.addExpression("risk").weight(1.0);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        risk.set(y[i], y[j], sigma[i][j]);
      }
    }
    org.ojalgo.optimisation.Expression constraint = model.addExpression("constraint").level(1.0);
    for (int i = 0; i < n; i++) {
      constraint.set(y[i], anyPositive ? means[i] : 1.0);
    }
    org.ojalgo.optimisation.Optimisation.Result result = model.minimise();
    if (!result.getState().isFeasible()) {
      throw new IllegalStateException("the maximum Sharpe ratio programme has no solution: " + result.getState());
    }
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = Math.max(0.0, result.doubleValue(i));
      sum += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] /= sum;
    }
    return w;
  }

  static double addem(double[] w) {
    double s = 0;
    for (double x : w) {
      s += x;
    }
    return 1.0 - s;
  }

  /**
   * {@code neg_SR}: minus the portfolio's Sharpe ratio, evaluated as numpy does on x86-64 with OpenBLAS's Haswell
   * kernels (products rounded, then added in order: {@code w.dot(mus)}, {@code w.dot(sigma)} and the final dot
   * product), {@code ** 0.5} as the C library's {@code pow}. With {@link KraftLsq#fused} the 2-asset products are
   * fused as an FMA platform's BLAS fuses them.
   */
  static double negativeSharpe(double[] w, double[][] sigma, double[] means) {
    int n = w.length;
    if (n == 2 && KraftLsq.fused) {
      double ret = Math.fma(w[1], means[1], w[0] * means[0]);
      double ws0 = Math.fma(w[0], sigma[0][0], w[1] * sigma[1][0]);
      double ws1 = Math.fma(w[0], sigma[0][1], w[1] * sigma[1][1]);
      double var = Math.fma(ws0, w[0], ws1 * w[1]);
      return -ret / LibmPow.pow(var, 0.5);
    }
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
    return -ret / LibmPow.pow(var, 0.5);
  }
}
