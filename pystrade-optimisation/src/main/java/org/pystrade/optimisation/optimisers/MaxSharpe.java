package org.pystrade.optimisation.optimisers;

import java.util.Arrays;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * pysystemtrade's {@code optimise_from_sigma_and_mean_list}: the long-only, fully invested portfolio of maximum
 * Sharpe ratio, found by SLSQP from equal weights with bounds [0, 1], the equality constraint
 * {@code 1 - sum(w) = 0} and tolerance 1e-5, exactly as scipy finds it; above {@value Slsqp#MAX_VARIABLES} assets,
 * as the equivalent convex quadratic programme solved with ojAlgo.
 */
public final class MaxSharpe {

  private static final double TOLERANCE = 0.00001;
  private static final int MAX_ITER = 100;
  /** Elements per iteration of OpenBLAS's Haswell {@code ddot} kernel (4 AVX2 accumulators of 4 lanes). */
  private static final int DOT_BLOCK = 16;

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
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] y = new Variable[n];
    for (int i = 0; i < n; i++) {
      y[i] = model.addVariable("y" + i).lower(0.0);
    }
    Expression risk = model.addExpression("risk").weight(1.0);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        risk.set(y[i], y[j], sigma[i][j]);
      }
    }
    Expression constraint = model.addExpression("constraint").level(1.0);
    for (int i = 0; i < n; i++) {
      constraint.set(y[i], anyPositive ? means[i] : 1.0);
    }
    Optimisation.Result result = model.minimise();
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
   * {@code neg_SR}: minus the portfolio's Sharpe ratio, evaluated as numpy 2.2.6 does on x86-64 with OpenBLAS
   * 0.3.29's Haswell kernels: {@code w.dot(mus)} and the final {@code ws.dot(w)} as {@code ddot}
   * ({@link #blasDot}), {@code ws = w.dot(sigma)} as {@code dgemv} ({@link #vectorTimesMatrix}), {@code ** 0.5} as
   * the C library's {@code pow}. With {@link KraftLsq#fused} the 2-asset products are fused as an FMA platform's
   * BLAS fuses them.
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
    double ret = blasDot(w, means);
    double var;
    if (n < DOT_BLOCK) {
      // ddot below one block is the plain sum of rounded products: no need to keep w.dot(sigma)
      var = 0;
      for (int j = 0; j < n; j++) {
        var += vectorTimesMatrix(w, sigma, j) * w[j];
      }
    } else {
      double[] ws = new double[n];
      for (int j = 0; j < n; j++) {
        ws[j] = vectorTimesMatrix(w, sigma, j);
      }
      var = blasDot(ws, w);
    }
    return -ret / LibmPow.pow(var, 0.5);
  }

  /**
   * numpy's dot product of two 1-D float64 vectors (or of a vector and an {@code (n, 1)} column), as {@code
   * cblas_ddot} computes it with OpenBLAS 0.3.29's Haswell kernel ({@code ddot.c}, {@code ddot_microk_haswell-2.c}):
   * the first {@code n & -16} elements go to 16 accumulators (4 registers of 4 lanes, element {@code i} to
   * accumulator {@code i % 16}), each a running fused multiply-add; accumulator {@code 4k + l} and {@code 4k + l + 2}
   * are added ({@code l = 0, 1}), then registers 0 + 1 and 2 + 3, then those two, then the two lanes; the remaining
   * elements are added in order as rounded products. Below 16 elements this is the sequential sum of rounded
   * products (checked against numpy for 1 to 100 elements).
   *
   * @param x first vector
   * @param y second vector, at least as long as {@code x}
   * @return {@code x . y} bit for bit as numpy returns it
   */
  static double blasDot(double[] x, double[] y) {
    int n = x.length;
    int n1 = n & -DOT_BLOCK;
    double dot = 0;
    if (n1 > 0) {
      double[] acc = new double[DOT_BLOCK];
      for (int b = 0; b < n1; b += DOT_BLOCK) {
        for (int k = 0; k < DOT_BLOCK; k++) {
          acc[k] = Math.fma(x[b + k], y[b + k], acc[k]);
        }
      }
      double lane0 = ((acc[0] + acc[2]) + (acc[4] + acc[6])) + ((acc[8] + acc[10]) + (acc[12] + acc[14]));
      double lane1 = ((acc[1] + acc[3]) + (acc[5] + acc[7])) + ((acc[9] + acc[11]) + (acc[13] + acc[15]));
      dot = lane0 + lane1;
    }
    for (int i = n1; i < n; i++) {
      dot += x[i] * y[i];
    }
    return dot;
  }

  /**
   * Element {@code j} of numpy's {@code w.dot(sigma)} for a 1-D {@code w} and a C-contiguous square {@code sigma},
   * as OpenBLAS 0.3.29's Haswell {@code dgemv_n} computes it ({@code cblas_dgemv} row-major transposed, alpha 1,
   * beta 0; {@code dgemv_n_4.c} with {@code dgemv_n_microk_haswell-4.c}; checked against numpy for 1 to 100 assets
   * on 2 threads: larger matrices may be split across threads). The first {@code n & -4} elements are computed by
   * the vector kernels over blocks of 4 rows {@code i..i+3}: {@code (fma(s[i+2][j], w[i+2], s[i][j] * w[i]) +
   * fma(s[i+3][j], w[i+3], s[i+1][j] * w[i+1]))} added to the running sum, then for {@code n % 4 >= 2} the rounded
   * sum of the next two rounded products, then for odd {@code n} the last rounded product; the last {@code n % 4}
   * elements are computed in C as the sequential sum of rounded products.
   *
   * @param w weights
   * @param sigma square matrix
   * @param j column
   * @return {@code w.dot(sigma)[j]} bit for bit as numpy returns it
   */
  static double vectorTimesMatrix(double[] w, double[][] sigma, int j) {
    int n = w.length;
    double y = 0;
    if (j < (n & -4)) {
      int i = 0;
      for (; i + 4 <= n; i += 4) {
        double even = Math.fma(sigma[i + 2][j], w[i + 2], sigma[i][j] * w[i]);
        double odd = Math.fma(sigma[i + 3][j], w[i + 3], sigma[i + 1][j] * w[i + 1]);
        y += even + odd;
      }
      if ((n & 2) != 0) {
        y += sigma[i][j] * w[i] + sigma[i + 1][j] * w[i + 1];
        i += 2;
      }
      if ((n & 1) != 0) {
        y += sigma[i][j] * w[i];
      }
    } else {
      for (int i = 0; i < n; i++) {
        y += sigma[i][j] * w[i];
      }
    }
    return y;
  }
}
