/**
 * The accounts stage: buffered positions, instrument and portfolio P&amp;L with pysystemtrade's cash costs
 * ({@link org.pystrade.core.accounts.Accounts}, {@link org.pystrade.core.pandl.PandlCalculator},
 * {@link org.pystrade.core.pandl.PandlCurve}), and account curves with their statistics, as pysystemtrade's
 * {@code accountCurve} computes and prints them with {@code stats()}.
 *
 * <p>A P&amp;L series (currency or percent of capital, one value per timestamp, possibly intraday, NaN = missing) is
 * first summed into periods of a {@link org.pystrade.core.accounts.CurveFrequency} (business days by default, as
 * pandas' {@code resample("B").sum()}: missing values are skipped and an empty period is 0); the statistics of
 * {@link org.pystrade.core.accounts.AccountStats} are then computed on those period returns, with the same
 * summation order as numpy (pairwise) so that results agree with pysystemtrade to the last bits wherever possible.
 *
 * <ul>
 *   <li>{@link org.pystrade.core.accounts.AccountCurve}: a P&amp;L series viewed at a frequency (daily, weekly,
 *       monthly, annual), with its cumulative curve, drawdowns and statistics.</li>
 *   <li>{@link org.pystrade.core.accounts.AccountCurves}: the same operations as static functions on
 *       {@link org.pystrade.core.series.TimeSeries}.</li>
 *   <li>{@link org.pystrade.core.accounts.AccountStats}: the 21 statistics pysystemtrade prints, in its order.</li>
 *   <li>{@link org.pystrade.core.math.StudentT}: Student's t distribution, used for the t-test p-value.</li>
 * </ul>
 */
package org.pystrade.core.accounts;
