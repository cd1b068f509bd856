package org.pystrade.optimisation.weights;

import org.pystrade.core.math.PairwiseSum;

/**
 * NaN-skipping moments exactly as pandas computes them ({@code Series.mean()}, {@code Series.std(ddof)}): missing
 * values are replaced by zero in place and not counted, and sums follow numpy's pairwise order, so that results
 * agree with pandas to the last bit.
 */
final class Stats {

  private Stats() {
  }

  private static int count(double[] x) {
    int n = 0;
    for (double v : x) {
      if (v == v) {
        n++;
      }
    }
    return n;
  }

  /** Sum of the non-NaN values in numpy's pairwise order (NaN counted as 0 in place). */
  static double nanSum(double[] x) {
    double[] z = x.clone();
    for (int i = 0; i < z.length; i++) {
      if (z[i] != z[i]) {
        z[i] = 0.0;
      }
    }
    return PairwiseSum.sum(z);
  }

  /** Mean of the non-NaN values (NaN if none), as pandas' {@code mean()}. */
  static double nanMean(double[] x) {
    int n = count(x);
    return n == 0 ? Double.NaN : nanSum(x) / n;
  }

  /**
   * Standard deviation of the non-NaN values with {@code ddof} (NaN if too few), as pandas' {@code std(ddof)}:
   * the mean, then the pairwise sum of {@code (mean - x)^2} with zeros at missing positions.
   */
  static double nanStd(double[] x, int ddof) {
    int n = count(x);
    if (n - ddof <= 0) {
      return Double.NaN;
    }
    double avg = nanSum(x) / n;
    double[] sq = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (v == v) {
        double d = avg - v;
        sq[i] = d * d;
      }
    }
    return Math.sqrt(PairwiseSum.sum(sq) / (n - ddof));
  }
}
