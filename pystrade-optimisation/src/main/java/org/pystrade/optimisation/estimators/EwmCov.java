package org.pystrade.optimisation.estimators;

/**
 * pandas' exponentially weighted covariance and correlation kernels ({@code ewm(...).cov/corr}, adjusted), over
 * {@code double[]} with NaN = missing.
 */
public final class EwmCov {

  private EwmCov() {
  }

  /**
   * pandas' {@code alpha} for a span: {@code 1 / (1 + (span - 1) / 2)}.
   *
   * @param span the span, at least 1
   * @return alpha
   */
  public static double alphaForSpan(double span) {
    double com = (span - 1.0) / 2.0;
    return 1.0 / (1.0 + com);
  }

  /**
   * The running biased exponentially weighted covariance of x and y as pandas' {@code ewmcov} computes it
   * ({@code adjust=True}, {@code bias=True}): a row is an observation when both values are present; NaN until
   * {@code minPeriods} observations.
   *
   * @param x first input
   * @param y second input (same length)
   * @param alpha smoothing factor
   * @param minPeriods minimum observations
   * @param ignoreNa pandas' {@code ignore_na}
   * @return the covariance per row
   */
  public static double[] cov(double[] x, double[] y, double alpha, int minPeriods, boolean ignoreNa) {
    int n = x.length;
    double[] out = new double[n];
    if (n == 0) {
      return out;
    }
    int minp = Math.max(minPeriods, 1);
    double oldWtFactor = 1.0 - alpha;
    double newWt = 1.0;
    double meanX = x[0];
    double meanY = y[0];
    boolean isObs = meanX == meanX && meanY == meanY;
    int nobs = isObs ? 1 : 0;
    if (!isObs) {
      meanX = Double.NaN;
      meanY = Double.NaN;
    }
    out[0] = nobs >= minp ? 0.0 : Double.NaN;
    double cov = 0.0;
    double oldWt = 1.0;
    for (int i = 1; i < n; i++) {
      double cx = x[i];
      double cy = y[i];
      isObs = cx == cx && cy == cy;
      if (isObs) {
        nobs++;
      }
      if (meanX == meanX) {
        if (isObs || !ignoreNa) {
          oldWt *= oldWtFactor;
          if (isObs) {
            double oldMeanX = meanX;
            double oldMeanY = meanY;
            if (meanX != cx) {
              meanX = (oldWt * oldMeanX + newWt * cx) / (oldWt + newWt);
            }
            if (meanY != cy) {
              meanY = (oldWt * oldMeanY + newWt * cy) / (oldWt + newWt);
            }
            cov = (oldWt * (cov + (oldMeanX - meanX) * (oldMeanY - meanY))
                + newWt * ((cx - meanX) * (cy - meanY))) / (oldWt + newWt);
            oldWt += newWt;
          }
        }
      } else if (isObs) {
        meanX = cx;
        meanY = cy;
      }
      out[i] = nobs >= minp ? cov : Double.NaN;
    }
    return out;
  }

  /**
   * pandas' pairwise {@code ewm(...).corr()} for one pair: both inputs are first masked where either is missing
   * (pandas' {@code prep_binary}), then {@code cov / sqrt(varX * varY)} (a negative product reads as 0).
   *
   * @param x first input
   * @param y second input
   * @param alpha smoothing factor
   * @param minPeriods minimum joint observations
   * @param ignoreNa pandas' {@code ignore_na}
   * @return the correlation per row
   */
  public static double[] corr(double[] x, double[] y, double alpha, int minPeriods, boolean ignoreNa) {
    // the covariance and both variances of the masked inputs in one pass: they share the observation pattern and
    // the weights, and each keeps exactly the arithmetic of its own cov(...) call
    int n = x.length;
    double[] out = new double[n];
    if (n == 0) {
      return out;
    }
    int minp = Math.max(minPeriods, 1);
    double oldWtFactor = 1.0 - alpha;
    double newWt = 1.0;
    boolean isObs = x[0] == x[0] && y[0] == y[0];
    double meanX = isObs ? x[0] : Double.NaN;
    double meanY = isObs ? y[0] : Double.NaN;
    int nobs = isObs ? 1 : 0;
    double cov = 0.0;
    double varX = 0.0;
    double varY = 0.0;
    double oldWt = 1.0;
    out[0] = nobs >= minp ? ratio(0.0, 0.0, 0.0) : Double.NaN;
    for (int i = 1; i < n; i++) {
      double cx = x[i];
      double cy = y[i];
      isObs = cx == cx && cy == cy;
      if (isObs) {
        nobs++;
      }
      if (meanX == meanX) {
        if (isObs || !ignoreNa) {
          oldWt *= oldWtFactor;
          if (isObs) {
            double oldMeanX = meanX;
            double oldMeanY = meanY;
            if (meanX != cx) {
              meanX = (oldWt * oldMeanX + newWt * cx) / (oldWt + newWt);
            }
            if (meanY != cy) {
              meanY = (oldWt * oldMeanY + newWt * cy) / (oldWt + newWt);
            }
            double dx = oldMeanX - meanX;
            double dy = oldMeanY - meanY;
            double ex = cx - meanX;
            double ey = cy - meanY;
            double total = oldWt + newWt;
            cov = (oldWt * (cov + dx * dy) + newWt * (ex * ey)) / total;
            varX = (oldWt * (varX + dx * dx) + newWt * (ex * ex)) / total;
            varY = (oldWt * (varY + dy * dy) + newWt * (ey * ey)) / total;
            oldWt += newWt;
          }
        }
      } else if (isObs) {
        meanX = cx;
        meanY = cy;
      }
      out[i] = nobs >= minp ? ratio(cov, varX, varY) : Double.NaN;
    }
    return out;
  }

  /** {@code cov / sqrt(varX * varY)}, a negative product reading as 0. */
  private static double ratio(double cov, double varX, double varY) {
    double p = varX * varY;
    double root = p >= 0 ? Math.sqrt(p) : (p == p ? 0.0 : Double.NaN);
    return cov / root;
  }

}
