package org.pystrade.core.series;

import org.pystrade.core.util.ArgChecker;

/**
 * pandas' exponentially weighted variance one observation at a time: the running state of {@code ewm(...).var()}
 * (the weighted mean and covariance, the sums of weights and of squared weights, the number of observations seen).
 * {@link Kernels#ewmVar} and {@link Kernels#ewmStd} run one over an array, so a value stepped here is the array
 * kernel's value at the same row, bit for bit. Mutable; {@link #copy()} keeps the state of a row to come back to.
 */
public final class EwmVarStep {

  private final double oldWtFactor;
  private final double newWt;
  private final boolean adjust;
  private final boolean ignoreNa;
  private final boolean bias;
  private final int minp;
  private double meanX = Double.NaN;
  private double cov;
  private double sumWt = 1.0;
  private double sumWt2 = 1.0;
  private double oldWt = 1.0;
  private int nobs;

  /**
   * A state before the first observation.
   *
   * @param ewm the window parameters
   * @param bias false for pandas' default bias-corrected variance
   */
  public EwmVarStep(Ewm ewm, boolean bias) {
    ArgChecker.notNull(ewm, "ewm");
    this.oldWtFactor = 1.0 - ewm.alpha();
    this.adjust = ewm.adjust();
    this.newWt = adjust ? 1.0 : ewm.alpha();
    this.ignoreNa = ewm.ignoreNa();
    this.bias = bias;
    this.minp = Math.max(ewm.minPeriods(), 1);
  }

  private EwmVarStep(EwmVarStep o) {
    this.oldWtFactor = o.oldWtFactor;
    this.newWt = o.newWt;
    this.adjust = o.adjust;
    this.ignoreNa = o.ignoreNa;
    this.bias = o.bias;
    this.minp = o.minp;
    this.meanX = o.meanX;
    this.cov = o.cov;
    this.sumWt = o.sumWt;
    this.sumWt2 = o.sumWt2;
    this.oldWt = o.oldWt;
    this.nobs = o.nobs;
  }

  /**
   * Takes the next row's value (NaN or infinite for missing) and gives the variance at that row.
   *
   * @param x the value
   * @return the variance, NaN until {@code minPeriods} observations have been seen
   */
  public double next(double x) {
    // kept small (with add and variance) so that the JIT inlines it into the array kernel's loop
    double cur = x == Double.POSITIVE_INFINITY || x == Double.NEGATIVE_INFINITY ? Double.NaN : x;
    boolean isObs = cur == cur;
    if (isObs) {
      nobs++;
    }
    if (meanX == meanX) {
      if (isObs || !ignoreNa) {
        sumWt *= oldWtFactor;
        sumWt2 *= oldWtFactor * oldWtFactor;
        oldWt *= oldWtFactor;
        if (isObs) {
          add(cur);
        }
      }
    } else if (isObs) {
      meanX = cur;
    }
    return nobs < minp ? Double.NaN : variance();
  }

  /** An observation after the weights have aged. */
  private void add(double cur) {
    double oldMean = meanX;
    if (meanX != cur) {
      meanX = (oldWt * oldMean + newWt * cur) / (oldWt + newWt);
    }
    double dOld = oldMean - meanX;
    double dNew = cur - meanX;
    cov = (oldWt * (cov + dOld * dOld) + newWt * (dNew * dNew)) / (oldWt + newWt);
    sumWt += newWt;
    sumWt2 += newWt * newWt;
    oldWt += newWt;
    if (!adjust) {
      sumWt /= oldWt;
      sumWt2 /= oldWt * oldWt;
      oldWt = 1.0;
    }
  }

  /** The variance of the observations so far, bias-corrected unless {@code bias}. */
  private double variance() {
    if (bias) {
      return cov;
    }
    double numerator = sumWt * sumWt;
    double denominator = numerator - sumWt2;
    return denominator > 0 ? (numerator / denominator) * cov : Double.NaN;
  }

  /**
   * Takes the next row's value and gives the standard deviation at that row: the square root of {@link #next}, a
   * negative variance (rounding) read as zero, as pandas does.
   *
   * @param x the value
   * @return the standard deviation
   */
  public double nextStd(double x) {
    return std(next(x));
  }

  /** The standard deviation of a variance as pandas takes it: negative (rounding) is zero, NaN stays NaN. */
  static double std(double variance) {
    return variance >= 0 ? Math.sqrt(variance) : (variance == variance ? 0.0 : Double.NaN);
  }

  /**
   * An independent copy of this state.
   *
   * @return the copy
   */
  public EwmVarStep copy() {
    return new EwmVarStep(this);
  }
}
