package org.pystrade.optimisation.fitting;

import org.pystrade.core.util.ArgChecker;

/**
 * One fitting period: estimates are made from data between {@code fitStart} and {@code fitEnd} and used from
 * {@code periodStart} to {@code periodEnd}. All times are microseconds since the epoch.
 *
 * @param fitStart first time of the fitting data
 * @param fitEnd last time of the fitting data
 * @param periodStart first time the estimate applies
 * @param periodEnd end of the period the estimate applies to
 * @param noData true for the leading period before any data, where a default estimate is used
 */
public record FitPeriod(long fitStart, long fitEnd, long periodStart, long periodEnd, boolean noData) {

  /**
   * Validates the ordering.
   *
   * @param fitStart first time of the fitting data
   * @param fitEnd last time of the fitting data
   * @param periodStart first time the estimate applies
   * @param periodEnd end of the period the estimate applies to
   * @param noData true for the leading period before any data, where a default estimate is used
   */
  public FitPeriod {
    ArgChecker.isTrue(fitStart <= fitEnd, "fitStart {} after fitEnd {}", fitStart, fitEnd);
    ArgChecker.isTrue(periodStart <= periodEnd, "periodStart {} after periodEnd {}", periodStart, periodEnd);
  }
}
