package org.pystrade.core.accounts;

import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * Static operations on P&amp;L series as pysystemtrade's account curves perform them: resampling to a
 * {@link CurveFrequency} by summing, the cumulated curve and its drawdowns. All take and return
 * {@link TimeSeries}; NaN means missing.
 */
public final class AccountCurves {

  private AccountCurves() {
  }

  /**
   * Sums a P&amp;L series into periods, as pandas' {@code pandl.resample(rule).sum()} which pysystemtrade applies
   * before every statistic: every period from the one holding the first row (valid or not) to the one holding the
   * last row gets a row, stamped at midnight of its label date (see {@link CurveFrequency#label(long)}); its value
   * is the sum of the non-NaN values in it, in time order with Kahan compensation as pandas does, and 0 when it has
   * none (pandas' {@code min_count=0}). The result therefore has no NaN.
   *
   * @param pandl the P&amp;L per timestamp (any units: currency, percent), possibly intraday
   * @param frequency the period
   * @return the P&amp;L per period; empty if the input is empty
   */
  public static TimeSeries resampleSum(TimeSeries pandl, CurveFrequency frequency) {
    ArgChecker.notNull(pandl, "pandl");
    ArgChecker.notNull(frequency, "frequency");
    int n = pandl.size();
    if (n == 0) {
      return TimeSeries.empty();
    }
    long first = frequency.label(pandl.time(0));
    long last = frequency.label(pandl.time(n - 1));
    int periods = 0;
    for (long d = first; d <= last; d = frequency.nextLabel(d)) {
      periods++;
    }
    long[] times = new long[periods];
    double[] sums = new double[periods];
    long d = first;
    for (int k = 0; k < periods; k++) {
      times[k] = d * Timestamps.SECONDS_PER_DAY;
      d = frequency.nextLabel(d);
    }
    int k = 0;
    double sum = 0.0;
    double comp = 0.0;
    for (int i = 0; i < n; i++) {
      long label = frequency.label(pandl.time(i)) * Timestamps.SECONDS_PER_DAY;
      if (times[k] != label) {
        sums[k] = sum;
        sum = 0.0;
        comp = 0.0;
        while (times[k] != label) {
          k++;
        }
      }
      double v = pandl.value(i);
      if (v == v) {
        double y = v - comp;
        double t = sum + y;
        comp = (t - sum) - y;
        if (comp != comp) {
          comp = 0.0; // an infinite value: keep the infinite sum rather than NaN, as pandas does
        }
        sum = t;
      }
    }
    sums[k] = sum;
    return TimeSeries.ofOwned(times, sums);
  }

  /**
   * The cumulated account curve, pysystemtrade's {@code curve()}: the running sum of the returns (NaN rows skipped)
   * with NaN rows then filled from the row before ({@code cumsum().ffill()}). Leading NaN rows stay NaN. Not
   * compounded: a return in percent of capital adds percentage points.
   *
   * @param returns returns per period
   * @return the cumulated curve on the same timestamps
   */
  public static TimeSeries cumulative(TimeSeries returns) {
    ArgChecker.notNull(returns, "returns");
    return returns.cumsum().ffill();
  }

  /**
   * Drawdowns of a cumulated curve, pysystemtrade's {@code drawdown(x)}: {@code x - x.expanding().max()}, i.e. the
   * distance below the highest value seen so far (0 at a new high, negative below). The running maximum starts at
   * the first valid value (not at zero); rows before it are NaN, and a NaN row stays NaN.
   *
   * @param curve the cumulated curve, see {@link #cumulative(TimeSeries)}
   * @return the drawdowns (&lt;= 0) on the same timestamps
   */
  public static TimeSeries drawdown(TimeSeries curve) {
    ArgChecker.notNull(curve, "curve");
    double[] x = curve.values();
    double max = Double.NaN;
    for (int i = 0; i < x.length; i++) {
      double v = x[i];
      if (v == v && !(v <= max)) {
        max = v;
      }
      x[i] = v - max;
    }
    return TimeSeries.ofOwned(curve.timesView(), x);
  }

  /**
   * The drawdowns of the cumulated returns: {@code drawdown(cumulative(returns))}.
   *
   * @param returns returns per period
   * @return the drawdowns on the same timestamps
   */
  public static TimeSeries drawdownOfReturns(TimeSeries returns) {
    return drawdown(cumulative(returns));
  }
}
