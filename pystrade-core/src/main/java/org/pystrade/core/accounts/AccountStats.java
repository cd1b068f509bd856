package org.pystrade.core.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.math.NumpyReductions;
import org.pystrade.core.math.PairwiseSum;
import org.pystrade.core.math.StudentT;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * The statistics pysystemtrade prints for an account curve ({@code accountCurve.stats()}), in its order. All are in
 * the units of the P&amp;L series (currency, or percentage points when the curve is in percent of capital) unless
 * stated; a statistic that cannot be computed (no data, no losses, zero variance) is NaN or infinite exactly where
 * numpy would give NaN or infinity. Two cases where pysystemtrade raises {@code ZeroDivisionError} instead (no
 * gains and no losses for the hit rate, no rows for the time in drawdown) give NaN here.
 *
 * <p>Everything is computed on the returns per period of the curve's frequency (see
 * {@link AccountCurves#resampleSum}); "period" below means that frequency, and {@code N} its periods per year
 * ({@link CurveFrequency#timesPerYear()}, 256 for business days).
 *
 * @param min smallest period return ({@code np.nanmin})
 * @param max largest period return ({@code np.nanmax})
 * @param median median period return ({@code np.nanmedian}; zeros included)
 * @param mean mean period return (NaN rows skipped)
 * @param std sample standard deviation of period returns ({@code ddof=1})
 * @param skew skewness of period returns, biased estimator ({@code scipy.stats.skew}, {@code bias=True})
 * @param annMean annualised mean: the sum of all returns divided by the number of years, {@code rows / N}, where
 *     rows counts every period row (even NaN ones)
 * @param annStd annualised standard deviation: {@code std * sqrt(N)}
 * @param sharpe {@code annMean / annStd}
 * @param sortino {@code annMean / (sqrt(N) * population standard deviation of the negative returns)} (the
 *     deviation of losses around their own mean, {@code np.std} of the losses)
 * @param avgDrawdown mean of the drawdown series (see {@link AccountCurves#drawdown}), &lt;= 0
 * @param timeInDrawdown fraction of periods whose drawdown is strictly negative, in [0, 1]
 * @param calmar {@code annMean / -(worst drawdown)}
 * @param avgReturnToDrawdown {@code annMean / -avgDrawdown}
 * @param avgLoss mean of the strictly negative returns
 * @param avgGain mean of the strictly positive returns
 * @param gainToLossRatio {@code avgGain / -avgLoss}
 * @param profitFactor sum of gains divided by minus the sum of losses
 * @param hitRate gains / (gains + losses) counted in periods, zero returns excluded, in [0, 1]
 * @param tStat one-sample t statistic of the valid period returns against zero
 * @param pValue its two-sided p-value (Student's t with {@code count - 1} degrees of freedom), in [0, 1]
 */
public record AccountStats(
    double min,
    double max,
    double median,
    double mean,
    double std,
    double skew,
    double annMean,
    double annStd,
    double sharpe,
    double sortino,
    double avgDrawdown,
    double timeInDrawdown,
    double calmar,
    double avgReturnToDrawdown,
    double avgLoss,
    double avgGain,
    double gainToLossRatio,
    double profitFactor,
    double hitRate,
    double tStat,
    double pValue) {

  /** The statistic names as pysystemtrade prints them, in its order (the keys of {@link #toMap()}). */
  public static final List<String> NAMES = List.of("min", "max", "median", "mean", "std", "skew", "ann_mean",
      "ann_std", "sharpe", "sortino", "avg_drawdown", "time_in_drawdown", "calmar", "avg_return_to_drawdown",
      "avg_loss", "avg_gain", "gaintolossratio", "profitfactor", "hitrate", "t_stat", "p_value");

  /**
   * Validates the ranges that hold by construction.
   *
   * @throws IllegalArgumentException if a fraction or probability is outside [0, 1], a standard deviation is
   *     negative, or the average drawdown is positive (NaN is always accepted)
   *
   * @param min smallest period return ({@code np.nanmin})
   * @param max largest period return ({@code np.nanmax})
   * @param median median period return ({@code np.nanmedian}; zeros included)
   * @param mean mean period return (NaN rows skipped)
   * @param std sample standard deviation of period returns ({@code ddof=1})
   * @param skew skewness of period returns, biased estimator ({@code scipy.stats.skew}, {@code bias=True})
   * @param annMean annualised mean: the sum of all returns divided by the number of years, {@code rows / N}, where
   *         rows counts every period row (even NaN ones)
   * @param annStd annualised standard deviation: {@code std * sqrt(N)}
   * @param sharpe {@code annMean / annStd}
   * @param sortino {@code annMean / (sqrt(N) * population standard deviation of the negative returns)} (the
   *         deviation of losses around their own mean, {@code np.std} of the losses)
   * @param avgDrawdown mean of the drawdown series (see {@link AccountCurves#drawdown}), &lt;= 0
   * @param timeInDrawdown fraction of periods whose drawdown is strictly negative, in [0, 1]
   * @param calmar {@code annMean / -(worst drawdown)}
   * @param avgReturnToDrawdown {@code annMean / -avgDrawdown}
   * @param avgLoss mean of the strictly negative returns
   * @param avgGain mean of the strictly positive returns
   * @param gainToLossRatio {@code avgGain / -avgLoss}
   * @param profitFactor sum of gains divided by minus the sum of losses
   * @param hitRate gains / (gains + losses) counted in periods, zero returns excluded, in [0, 1]
   * @param tStat one-sample t statistic of the valid period returns against zero
   * @param pValue its two-sided p-value (Student's t with {@code count - 1} degrees of freedom), in [0, 1]
   */
  public AccountStats {
    checkUnitOrNaN(timeInDrawdown, "timeInDrawdown");
    checkUnitOrNaN(hitRate, "hitRate");
    checkUnitOrNaN(pValue, "pValue");
    ArgChecker.isTrue(!(std < 0), "std must be >= 0 but was {}", std);
    ArgChecker.isTrue(!(annStd < 0), "annStd must be >= 0 but was {}", annStd);
    ArgChecker.isTrue(!(avgDrawdown > 0), "avgDrawdown must be <= 0 but was {}", avgDrawdown);
  }

  private static void checkUnitOrNaN(double v, String name) {
    ArgChecker.isTrue(v != v || (v >= 0 && v <= 1), "{} must be in [0, 1] or NaN but was {}", name, v);
  }

  /**
   * The statistics pysystemtrade's {@code stats()} prints for a P&amp;L series at its default daily frequency:
   * the series is first summed into business days ({@code resample("B").sum()}), then
   * {@link #ofPeriodReturns(TimeSeries, double)} with 256 periods a year.
   *
   * @param pandl the P&amp;L per timestamp as pysystemtrade holds it before {@code stats()} (for the portfolio in
   *     percent: {@code 100 * pandl / capital}); NaN = missing; may be intraday
   * @return the statistics
   */
  public static AccountStats of(TimeSeries pandl) {
    return of(pandl, CurveFrequency.BUSINESS_DAY);
  }

  /**
   * The statistics of a P&amp;L series viewed at a frequency ({@code curve.weekly.stats()} and so on): the series
   * is summed into periods, then {@link #ofPeriodReturns(TimeSeries, double)} with the frequency's periods a year.
   *
   * @param pandl the P&amp;L per timestamp, NaN = missing
   * @param frequency the period
   * @return the statistics
   */
  public static AccountStats of(TimeSeries pandl, CurveFrequency frequency) {
    ArgChecker.notNull(frequency, "frequency");
    return ofPeriodReturns(AccountCurves.resampleSum(pandl, frequency), frequency.timesPerYear());
  }

  /**
   * The statistics of returns that are already one per period (no resampling). NaN rows are skipped by every
   * statistic but still count as periods in the annualised mean, as in pysystemtrade.
   *
   * @param returns returns per period, NaN = missing
   * @param timesPerYear periods per year, {@code > 0}
   * @return the statistics
   */
  public static AccountStats ofPeriodReturns(TimeSeries returns, double timesPerYear) {
    ArgChecker.notNull(returns, "returns");
    ArgChecker.positive(timesPerYear, "timesPerYear");
    double[] x = returns.values();
    double[] vals = NumpyReductions.valid(x);
    double volScalar = Math.pow(timesPerYear, 0.5);

    double std = NumpyReductions.pandasStd(x);
    double annMean = NumpyReductions.nanSum(x) / (x.length / timesPerYear);
    double annStd = std * volScalar;

    double[] losses = select(vals, false);
    double[] gains = select(vals, true);
    double sortino = annMean / (NumpyReductions.populationStd(losses) * volScalar);

    double[] dd = AccountCurves.drawdownOfReturns(returns).values();
    double avgDrawdown = NumpyReductions.nanMean(dd);
    double worstDrawdown = NumpyReductions.nanMin(dd);
    int ddValid = 0;
    int ddNegative = 0;
    for (double v : dd) {
      if (v == v) {
        ddValid++;
        if (v < 0) {
          ddNegative++;
        }
      }
    }
    double timeInDrawdown = ddValid == 0 ? Double.NaN : (double) ddNegative / ddValid;

    double avgLoss = NumpyReductions.mean(losses);
    double avgGain = NumpyReductions.mean(gains);
    double profitFactor = PairwiseSum.sum(gains) / -PairwiseSum.sum(losses);
    int decided = gains.length + losses.length;
    double hitRate = decided == 0 ? Double.NaN : (double) gains.length / decided;

    double tStat = NumpyReductions.tStatistic(vals);
    double pValue = vals.length < 2 ? Double.NaN : StudentT.twoSidedPValue(tStat, vals.length - 1.0);

    return new AccountStats(
        NumpyReductions.nanMin(x),
        NumpyReductions.nanMax(x),
        NumpyReductions.nanMedian(x),
        NumpyReductions.nanMean(x),
        std,
        NumpyReductions.skew(vals),
        annMean,
        annStd,
        annMean / annStd,
        sortino,
        avgDrawdown,
        timeInDrawdown,
        annMean / -worstDrawdown,
        annMean / -avgDrawdown,
        avgLoss,
        avgGain,
        avgGain / -avgLoss,
        profitFactor,
        hitRate,
        tStat,
        pValue);
  }

  /** The strictly positive (gains) or strictly negative (losses) values, in order. */
  private static double[] select(double[] vals, boolean positive) {
    int c = 0;
    for (double v : vals) {
      if (positive ? v > 0 : v < 0) {
        c++;
      }
    }
    double[] out = new double[c];
    int k = 0;
    for (double v : vals) {
      if (positive ? v > 0 : v < 0) {
        out[k++] = v;
      }
    }
    return out;
  }

  /**
   * The statistics by pysystemtrade's names ({@link #NAMES}), in its printing order.
   *
   * @return an unmodifiable ordered map from name to value
   */
  public Map<String, Double> toMap() {
    double[] v = {min, max, median, mean, std, skew, annMean, annStd, sharpe, sortino, avgDrawdown, timeInDrawdown,
        calmar, avgReturnToDrawdown, avgLoss, avgGain, gainToLossRatio, profitFactor, hitRate, tStat, pValue};
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < v.length; i++) {
      m.put(NAMES.get(i), v[i]);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * The statistics as pysystemtrade prints them: Python's {@code "{0:.4g}"} format (4 significant digits, see
   * {@link PythonFormat#general(double, int)}), in its order.
   *
   * @return an unmodifiable ordered map from name to text
   */
  public Map<String, String> formatted() {
    Map<String, String> m = new LinkedHashMap<>();
    toMap().forEach((k, val) -> m.put(k, PythonFormat.general(val, 4)));
    return Collections.unmodifiableMap(m);
  }
}
