package org.pystrade.optimisation.optimisers;

import java.util.Random;
import org.pystrade.optimisation.estimators.CorrelationMatrix;

/**
 * A seeded, reproducible bootstrap (pysystemtrade 1.80 registers no bootstrap optimiser; this follows its older
 * {@code bootstrap} method in spirit): {@code monte_runs} samples of {@code data_length} periods are drawn from a
 * multivariate normal distribution with the estimates' means, volatilities and correlations (per-period scale),
 * each sample is re-estimated and optimised as {@code one_period}, and the weights are averaged.
 */
public final class BootstrapOptimiser implements PortfolioOptimiser {

  @Override
  public PortfolioWeights optimise(Estimates estimates, OptimiserParams params) {
    int n = estimates.size();
    int length = Math.max(estimates.dataLength(), 2);
    double ppy = estimates.periodsPerYear();
    double[][] chol = cholesky(estimates.correlation().toArray());
    if (chol == null) {
      return new OnePeriodOptimiser().optimise(estimates, params);
    }
    double[] mean = new double[n];
    double[] stdev = new double[n];
    for (int i = 0; i < n; i++) {
      mean[i] = estimates.mean()[i] / ppy;
      stdev[i] = estimates.stdev()[i] / Math.sqrt(ppy);
    }
    Random random = new Random(params.seed());
    double[] total = new double[n];
    OnePeriodOptimiser one = new OnePeriodOptimiser();
    for (int run = 0; run < params.monteRuns(); run++) {
      double[][] sample = new double[length][n];
      double[] z = new double[n];
      for (int t = 0; t < length; t++) {
        for (int i = 0; i < n; i++) {
          z[i] = random.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
          double c = 0;
          for (int k = 0; k <= i; k++) {
            c += chol[i][k] * z[k];
          }
          sample[t][i] = mean[i] + stdev[i] * c;
        }
      }
      Estimates e = estimatesOf(sample, estimates, ppy);
      double[] w = one.optimise(e, params).weights();
      for (int i = 0; i < n; i++) {
        total[i] += w[i];
      }
    }
    for (int i = 0; i < n; i++) {
      total[i] /= params.monteRuns();
    }
    return new PortfolioWeights(estimates.names(), total);
  }

  private static Estimates estimatesOf(double[][] sample, Estimates like, double ppy) {
    int t = sample.length;
    int n = like.size();
    double[] m = new double[n];
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (double[] row : sample) {
        sum += row[i];
      }
      m[i] = sum / t;
    }
    double[][] cov = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double c = 0;
        for (double[] row : sample) {
          c += (row[i] - m[i]) * (row[j] - m[j]);
        }
        cov[i][j] = c / (t - 1);
      }
    }
    double[][] corr = new double[n][n];
    for (int i = 0; i < n; i++) {
      s[i] = Math.sqrt(cov[i][i]);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        corr[i][j] = cov[i][j] / (s[i] * s[j]);
      }
    }
    for (int i = 0; i < n; i++) {
      m[i] *= ppy;
      s[i] *= Math.sqrt(ppy);
    }
    return new Estimates(new CorrelationMatrix(like.names(), corr), m, s, t, ppy);
  }

  private static double[][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(s > 0)) {
            return null;
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    return l;
  }
}
