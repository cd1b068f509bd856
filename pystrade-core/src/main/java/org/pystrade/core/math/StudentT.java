package org.pystrade.core.math;

import org.pystrade.core.util.ArgChecker;

/**
 * Student's t distribution with {@code ν} degrees of freedom (any positive real), as used by
 * {@code scipy.stats.ttest_1samp}'s p-value. Computed from the regularized incomplete beta function:
 * {@code P(T > |t|) = I_{ν/(ν+t²)}(ν/2, 1/2) / 2}, with both {@code ν/(ν+t²)} and its complement
 * {@code t²/(ν+t²)} formed directly so that tail probabilities keep their relative accuracy: about 1e-14 for up
 * to a few hundred degrees of freedom, 2e-13 at {@code ν = 13000} (fifty years of business days), growing roughly
 * in proportion to {@code ν} beyond.
 */
public final class StudentT {

  private StudentT() {
  }

  /**
   * The two-sided tail probability {@code P(|T| >= |t|) = 2 P(T > |t|)}: the p-value of a two-sided t-test.
   *
   * @param t the statistic; NaN gives NaN, ±infinity gives 0
   * @param degreesOfFreedom {@code ν > 0}
   * @return the probability in {@code [0, 1]}
   * @throws IllegalArgumentException if the degrees of freedom are not positive
   */
  public static double twoSidedPValue(double t, double degreesOfFreedom) {
    ArgChecker.positive(degreesOfFreedom, "degreesOfFreedom");
    if (t != t) {
      return Double.NaN;
    }
    if (Double.isInfinite(t)) {
      return 0.0;
    }
    double t2 = t * t;
    double denom = degreesOfFreedom + t2;
    double x = degreesOfFreedom / denom;
    double y = t2 / denom;
    return SpecialFunctions.regularizedBeta(x, y, 0.5 * degreesOfFreedom, 0.5);
  }

  /**
   * The survival function {@code P(T > t)}.
   *
   * @param t the point; NaN gives NaN
   * @param degreesOfFreedom {@code ν > 0}
   * @return the probability in {@code [0, 1]}
   * @throws IllegalArgumentException if the degrees of freedom are not positive
   */
  public static double sf(double t, double degreesOfFreedom) {
    double tail = 0.5 * twoSidedPValue(t, degreesOfFreedom);
    if (tail != tail) {
      return Double.NaN;
    }
    return t > 0 ? tail : 1.0 - tail;
  }

  /**
   * The cumulative distribution function {@code P(T <= t)}.
   *
   * @param t the point; NaN gives NaN
   * @param degreesOfFreedom {@code ν > 0}
   * @return the probability in {@code [0, 1]}
   * @throws IllegalArgumentException if the degrees of freedom are not positive
   */
  public static double cdf(double t, double degreesOfFreedom) {
    double tail = 0.5 * twoSidedPValue(t, degreesOfFreedom);
    if (tail != tail) {
      return Double.NaN;
    }
    return t > 0 ? 1.0 - tail : tail;
  }
}
