package org.pystrade.optimisation.estimators;

import java.util.Arrays;
import org.pystrade.core.util.ArgChecker;

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
    double[] out = new double[x.length];
    moments(x, y, alpha, minPeriods, ignoreNa, out, null, 0);
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
    return corr(x, y, alpha, minPeriods, ignoreNa, 0);
  }

  /**
   * {@link #corr(double[], double[], double, int, boolean)} computed from row {@code from} on, the rows before it
   * NaN: the same result when no row before {@code from} has both values (the moments start at the first joint
   * observation, which is then the first row they read), e.g. {@code from} the later of the two inputs' first
   * values. A pair of instruments of which one starts decades after the other costs only their common rows.
   *
   * @param x first input
   * @param y second input
   * @param alpha smoothing factor
   * @param minPeriods minimum joint observations
   * @param ignoreNa pandas' {@code ignore_na}
   * @param from the first row computed, at most the first row where both inputs have a value
   * @return the correlation per row
   */
  public static double[] corr(double[] x, double[] y, double alpha, int minPeriods, boolean ignoreNa, int from) {
    double[] out = new double[x.length];
    ArgChecker.isTrue(from >= 0, "from must not be negative but was {}", from);
    int start = Math.min(from, x.length);
    for (int i = 0; i < start; i++) {
      if (x[i] == x[i] && y[i] == y[i]) {
        // checked without ArgChecker's boxing on every row: it is called only to fail
        ArgChecker.isTrue(false, "row {}, before {}, has both values", i, from);
      }
    }
    Arrays.fill(out, 0, start, Double.NaN);
    moments(x, y, alpha, minPeriods, ignoreNa, null, out, start);
    return out;
  }

  /**
   * The running moments of a pair, as pandas' {@code ewmcov} updates them: a row is an observation when both values
   * are present. Writes the covariance into {@code covOut} and/or the correlation into {@code corrOut}; the
   * variances of a correlation are those {@code ewmcov} of each (masked) input with itself would give, because
   * they share the observation pattern and the weights and keep exactly the same arithmetic.
   */
  private static void moments(double[] x, double[] y, double alpha, int minPeriods, boolean ignoreNa,
      double[] covOut, double[] corrOut, int from) {
    int n = x.length;
    if (n <= from) {
      return;
    }
    boolean wantCorr = corrOut != null;
    int minp = Math.max(minPeriods, 1);
    double oldWtFactor = 1.0 - alpha;
    double newWt = 1.0;
    boolean isObs = x[from] == x[from] && y[from] == y[from];
    double meanX = isObs ? x[from] : Double.NaN;
    double meanY = isObs ? y[from] : Double.NaN;
    int nobs = isObs ? 1 : 0;
    double cov = 0.0;
    double varX = 0.0;
    double varY = 0.0;
    double oldWt = 1.0;
    write(covOut, corrOut, from, nobs >= minp, cov, varX, varY);
    for (int i = from + 1; i < n; i++) {
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
            if (wantCorr) {
              varX = (oldWt * (varX + dx * dx) + newWt * (ex * ex)) / total;
              varY = (oldWt * (varY + dy * dy) + newWt * (ey * ey)) / total;
            }
            oldWt += newWt;
          }
        }
      } else if (isObs) {
        meanX = cx;
        meanY = cy;
      }
      write(covOut, corrOut, i, nobs >= minp, cov, varX, varY);
    }
  }

  private static void write(double[] covOut, double[] corrOut, int i, boolean enough, double cov, double varX,
      double varY) {
    if (covOut != null) {
      covOut[i] = enough ? cov : Double.NaN;
    }
    if (corrOut != null) {
      double p = varX * varY;
      double root = p >= 0 ? Math.sqrt(p) : (p == p ? 0.0 : Double.NaN);
      corrOut[i] = enough ? cov / root : Double.NaN;
    }
  }




}
