package org.pystrade.core.series;

import org.pystrade.core.util.ArgChecker;

/**
 * pandas' exponentially weighted mean one observation at a time: the running state of {@code ewm(...).mean()} (the
 * weighted mean, the weight of the older observations and the number of observations seen). {@link
 * Kernels#ewmMean} runs one over an array, so a value stepped here is the array kernel's value at the same row, bit
 * for bit; an incremental computation keeps one and steps it as new rows come. Mutable; {@link #copy()} keeps the
 * state of a row to come back to.
 */
public final class EwmMeanStep {

  private final double oldWtFactor;
  private final double newWt;
  private final boolean adjust;
  private final boolean ignoreNa;
  private final int minp;
  private double weighted = Double.NaN;
  private double oldWt = 1.0;
  private int nobs;

  /**
   * A state before the first observation.
   *
   * @param ewm the window parameters
   */
  public EwmMeanStep(Ewm ewm) {
    ArgChecker.notNull(ewm, "ewm");
    this.oldWtFactor = 1.0 - ewm.alpha();
    this.adjust = ewm.adjust();
    this.newWt = adjust ? 1.0 : ewm.alpha();
    this.ignoreNa = ewm.ignoreNa();
    this.minp = Math.max(ewm.minPeriods(), 1);
  }

  private EwmMeanStep(EwmMeanStep other) {
    this.oldWtFactor = other.oldWtFactor;
    this.newWt = other.newWt;
    this.adjust = other.adjust;
    this.ignoreNa = other.ignoreNa;
    this.minp = other.minp;
    this.weighted = other.weighted;
    this.oldWt = other.oldWt;
    this.nobs = other.nobs;
  }

  /**
   * Takes the next row's value (NaN or infinite for missing, as pandas reads them) and gives the mean at that row.
   *
   * @param x the value
   * @return the weighted mean, NaN until {@code minPeriods} observations have been seen
   */
  public double next(double x) {
    double cur = x == Double.POSITIVE_INFINITY || x == Double.NEGATIVE_INFINITY ? Double.NaN : x;
    boolean isObs = cur == cur;
    if (isObs) {
      nobs++;
    }
    if (weighted == weighted) {
      if (isObs || !ignoreNa) {
        oldWt *= oldWtFactor;
        if (isObs) {
          if (weighted != cur) {
            weighted = (oldWt * weighted + newWt * cur) / (oldWt + newWt);
          }
          if (adjust) {
            oldWt += newWt;
          } else {
            oldWt = 1.0;
          }
        }
      }
    } else if (isObs) {
      weighted = cur;
    }
    return nobs >= minp ? weighted : Double.NaN;
  }

  /**
   * An independent copy of this state.
   *
   * @return the copy
   */
  public EwmMeanStep copy() {
    return new EwmMeanStep(this);
  }
}
