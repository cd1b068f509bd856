package org.pystrade.core.accounts;

import org.pystrade.core.math.NumpyReductions;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * A P&amp;L series viewed at a frequency, like pysystemtrade's {@code accountCurve}: it keeps the P&amp;L as given
 * (per timestamp, possibly intraday) and shows it summed into periods of its {@link CurveFrequency} (business days
 * unless changed with {@link #weekly()}, {@link #monthly()}, {@link #annual()}). Immutable.
 */
public final class AccountCurve {

  private final TimeSeries pandl;
  private final CurveFrequency frequency;
  private final TimeSeries returns;

  private AccountCurve(TimeSeries pandl, CurveFrequency frequency) {
    this.pandl = pandl;
    this.frequency = frequency;
    this.returns = AccountCurves.resampleSum(pandl, frequency);
  }

  /**
   * A daily (business-day) account curve of a P&amp;L series.
   *
   * @param pandl P&amp;L per timestamp in any units (currency, percent of capital), NaN = missing
   * @return the curve
   */
  public static AccountCurve of(TimeSeries pandl) {
    return of(pandl, CurveFrequency.BUSINESS_DAY);
  }

  /**
   * An account curve of a P&amp;L series at a frequency.
   *
   * @param pandl P&amp;L per timestamp, NaN = missing
   * @param frequency the period
   * @return the curve
   */
  public static AccountCurve of(TimeSeries pandl, CurveFrequency frequency) {
    ArgChecker.notNull(pandl, "pandl");
    ArgChecker.notNull(frequency, "frequency");
    return new AccountCurve(pandl, frequency);
  }

  /**
   * The same P&amp;L at another frequency.
   *
   * @param newFrequency the period
   * @return the curve
   */
  public AccountCurve atFrequency(CurveFrequency newFrequency) {
    ArgChecker.notNull(newFrequency, "newFrequency");
    return newFrequency == frequency ? this : new AccountCurve(pandl, newFrequency);
  }

  /**
   * The same P&amp;L per business day (pysystemtrade's {@code .daily}).
   *
   * @return the curve
   */
  public AccountCurve daily() {
    return atFrequency(CurveFrequency.BUSINESS_DAY);
  }

  /**
   * The same P&amp;L per week ending Sunday (pysystemtrade's {@code .weekly}).
   *
   * @return the curve
   */
  public AccountCurve weekly() {
    return atFrequency(CurveFrequency.WEEK);
  }

  /**
   * The same P&amp;L per calendar month (pysystemtrade's {@code .monthly}).
   *
   * @return the curve
   */
  public AccountCurve monthly() {
    return atFrequency(CurveFrequency.MONTH);
  }

  /**
   * The same P&amp;L per calendar year (pysystemtrade's {@code .annual}).
   *
   * @return the curve
   */
  public AccountCurve annual() {
    return atFrequency(CurveFrequency.YEAR);
  }

  /**
   * The frequency of {@link #returns()}.
   *
   * @return the frequency
   */
  public CurveFrequency frequency() {
    return frequency;
  }

  /**
   * The P&amp;L as given, before resampling.
   *
   * @return the P&amp;L per original timestamp
   */
  public TimeSeries pandl() {
    return pandl;
  }

  /**
   * The P&amp;L summed per period, what pysystemtrade's account curve holds as its values: one row per period from
   * the first to the last, stamped at midnight of the period label, 0 for a period with no valid value; no NaN.
   *
   * @return the returns per period
   */
  public TimeSeries returns() {
    return returns;
  }

  /**
   * The cumulated curve ({@code curve()}): running sum of {@link #returns()}, not compounded.
   *
   * @return the cumulated P&amp;L per period
   */
  public TimeSeries curve() {
    return AccountCurves.cumulative(returns);
  }

  /**
   * The drawdowns of {@link #curve()} below its running maximum (&lt;= 0), see {@link AccountCurves#drawdown}.
   *
   * @return the drawdown per period
   */
  public TimeSeries drawdown() {
    return AccountCurves.drawdown(curve());
  }

  /**
   * The most negative drawdown ({@code worst_drawdown()}).
   *
   * @return the worst drawdown (&lt;= 0), NaN for an empty curve
   */
  public double worstDrawdown() {
    return NumpyReductions.nanMin(drawdown().values());
  }

  /**
   * The statistics pysystemtrade's {@code stats()} prints for this curve.
   *
   * @return the statistics at this curve's frequency
   */
  public AccountStats stats() {
    return AccountStats.ofPeriodReturns(returns, frequency.timesPerYear());
  }

  @Override
  public String toString() {
    return "AccountCurve[" + frequency + ", " + returns + "]";
  }
}
