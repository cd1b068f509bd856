package org.pystrade.optimisation.weights;

/** NaN-skipping moments as pandas and numpy compute them. */
final class Stats {

  private Stats() {
  }

  /** Mean of the non-NaN values (NaN if none). */
  static double nanMean(double[] x) {
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (v == v) {
        s += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** Standard deviation of the non-NaN values with {@code ddof} (NaN if too few). */
  static double nanStd(double[] x, int ddof) {
    double mean = nanMean(x);
    double ss = 0;
    int n = 0;
    for (double v : x) {
      if (v == v) {
        double d = v - mean;
        ss += d * d;
        n++;
      }
    }
    return n - ddof <= 0 ? Double.NaN : Math.sqrt(ss / (n - ddof));
  }
}
