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
    int n = x.length;
    double[] mx = new double[n];
    double[] my = new double[n];
    for (int i = 0; i < n; i++) {
      boolean both = x[i] == x[i] && y[i] == y[i];
      mx[i] = both ? x[i] : Double.NaN;
      my[i] = both ? y[i] : Double.NaN;
    }
    double[] c = cov(mx, my, alpha, minPeriods, ignoreNa);
    double[] vx = cov(mx, mx, alpha, minPeriods, ignoreNa);
    double[] vy = cov(my, my, alpha, minPeriods, ignoreNa);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double p = vx[i] * vy[i];
      double root = p >= 0 ? Math.sqrt(p) : (p == p ? 0.0 : Double.NaN);
      out[i] = c[i] / root;
    }
    return out;
  }
}
