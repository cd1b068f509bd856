package org.pystrade.optimisation.weights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.estimators.CorrelationEstimator;
import org.pystrade.optimisation.estimators.CorrelationMatrix;
import org.pystrade.optimisation.estimators.CorrelationParams;
import org.pystrade.optimisation.estimators.TimedData;
import org.pystrade.optimisation.fitting.DateMethod;
import org.pystrade.optimisation.fitting.EstimationProgress;
import org.pystrade.optimisation.fitting.FitPeriod;
import org.pystrade.optimisation.fitting.FittingDates;
import org.pystrade.optimisation.optimisers.Estimates;
import org.pystrade.optimisation.optimisers.LibmPow;
import org.pystrade.optimisation.optimisers.OptimiserParams;
import org.pystrade.optimisation.optimisers.Optimisers;
import org.pystrade.optimisation.optimisers.PortfolioOptimiser;
import org.pystrade.optimisation.optimisers.PortfolioWeights;

/**
 * pysystemtrade's {@code optimiseWeightsOverTime} with {@code portfolioOptimiser}: for every fitting period of the
 * net returns, exponentially weighted (or simple) means, standard deviations and correlations as of the period's
 * fit end (span and minimum periods multiplied by the number of pooled assets, annualised by the frequency), the
 * configured optimiser on the assets with usable estimates (in sorted order; no weights at all, every one missing,
 * when no asset has usable estimates), weights of assets without data left missing and then cleaned ({@code clean_weights}: assets with data in the window share half of a pro-rata weight);
 * equal weights in the leading period without data.
 */
public final class OptimiseOverTime {

  private static final double WEEKS_IN_YEAR = 365.25 / 7.0;

  private final TimedData data;
  private final int pooledLength;
  private final Settings settings;

  /**
   * Optimisation settings (keys of a weight estimate block).
   *
   * @param method optimiser name ({@code method})
   * @param methodKey config key of the method, for messages
   * @param dateMethod fitting window
   * @param rollYears rolling window length
   * @param cleaning clean weights of assets without estimates
   * @param frequency the returns' frequency
   * @param correlation correlation estimate parameters
   * @param meanUsingExponent exponential mean estimate
   * @param meanLookback mean span
   * @param meanMinPeriods mean minimum periods
   * @param volUsingExponent exponential volatility estimate
   * @param volLookback volatility span
   * @param volMinPeriods volatility minimum periods
   * @param optimiser optimiser parameters
   */
  public record Settings(String method, String methodKey, DateMethod dateMethod, int rollYears, boolean cleaning,
      String frequency, CorrelationParams correlation, boolean meanUsingExponent, int meanLookback,
      int meanMinPeriods, boolean volUsingExponent, int volLookback, int volMinPeriods, OptimiserParams optimiser) {

    /**
     * Validates.
     *
     * @param method optimiser name ({@code method})
     * @param methodKey config key of the method, for messages
     * @param dateMethod fitting window
     * @param rollYears rolling window length
     * @param cleaning clean weights of assets without estimates
     * @param frequency the returns' frequency
     * @param correlation correlation estimate parameters
     * @param meanUsingExponent exponential mean estimate
     * @param meanLookback mean span
     * @param meanMinPeriods mean minimum periods
     * @param volUsingExponent exponential volatility estimate
     * @param volLookback volatility span
     * @param volMinPeriods volatility minimum periods
     * @param optimiser optimiser parameters
     */
    public Settings {
      ArgChecker.notBlank(method, "method");
      ArgChecker.notNull(dateMethod, "dateMethod");
      ArgChecker.notNull(correlation, "correlation");
      ArgChecker.notNull(optimiser, "optimiser");
    }

    /**
     * Reads a weight estimate block, pysystemtrade's defaults for absent keys.
     *
     * @param c the config
     * @param p the block, e.g. {@code forecast_weight_estimate}
     * @return the settings
     */
    public static Settings fromConfig(SystemConfig c, String p) {
      String freq = c.has(p + ".frequency") ? c.getString(p + ".frequency") : "W";
      return new Settings(c.has(p + ".method") ? c.getString(p + ".method") : "handcraft", p + ".method",
          DateMethod.parse(c.has(p + ".date_method") ? c.getString(p + ".date_method") : "expanding",
              p + ".date_method"),
          (int) c.getDouble(p + ".rollyears", 20), !c.has(p + ".cleaning") || c.getBoolean(p + ".cleaning"), freq,
          CorrelationParams.fromConfig(c, p + ".correlation_estimate"),
          !c.has(p + ".mean_estimate.using_exponent") || c.getBoolean(p + ".mean_estimate.using_exponent"),
          (int) c.getDouble(p + ".mean_estimate.ew_lookback", 500),
          (int) c.getDouble(p + ".mean_estimate.min_periods", 20),
          !c.has(p + ".vol_estimate.using_exponent") || c.getBoolean(p + ".vol_estimate.using_exponent"),
          (int) c.getDouble(p + ".vol_estimate.ew_lookback", 500),
          (int) c.getDouble(p + ".vol_estimate.min_periods", 20), OptimiserParams.fromConfig(c, p));
    }

    double periodsPerYear() {
      switch (frequency) {
        case "B":
          return 256.0;
        case "D":
          return 365.25;
        default:
          return WEEKS_IN_YEAR;
      }
    }
  }

  /**
   * Creates the optimisation.
   *
   * @param data net returns (stacked if pooled)
   * @param pooledLength number of assets stacked
   * @param settings the settings
   */
  public OptimiseOverTime(TimedData data, int pooledLength, Settings settings) {
    this.data = ArgChecker.notNull(data, "data");
    this.pooledLength = ArgChecker.positive(pooledLength, "pooledLength");
    this.settings = ArgChecker.notNull(settings, "settings");
  }

  /**
   * The weights of every fitting period, stamped at the period starts rounded up to whole seconds (so that a
   * daily row takes the weights of the last period starting at or before it).
   *
   * @return one column per asset, in the data's column order
   */
  public SeriesFrame weights() {
    return weights(Parallel.defaults(), EstimationProgress.silent(), "weights");
  }

  /**
   * The weights of every fitting period, reporting one step per fitted period.
   *
   * @param parallel runs the periods' fits in parallel
   * @param progress receives a step as each period is fitted (from several threads)
   * @param task the task name reported
   * @return one column per asset, in the data's column order
   * @see #weights()
   */
  public SeriesFrame weights(Parallel parallel, EstimationProgress progress, String task) {
    ArgChecker.notNull(parallel, "parallel");
    ArgChecker.notNull(progress, "progress");
    ArgChecker.notBlank(task, "task");
    List<String> names = data.names();
    int nc = names.size();
    if (data.rows() == 0) {
      return SeriesFrame.of(new long[0], names, new double[nc][0]);
    }
    PortfolioOptimiser optimiser = Optimisers.forMethod(settings.method(), settings.methodKey());
    List<FitPeriod> periods = FittingDates.generate(data.timestamps()[0], data.timestamps()[data.rows() - 1],
        settings.dateMethod(), settings.rollYears(), 365);
    double ppy = settings.periodsPerYear();
    double[][] ewMean = new double[nc][];
    double[][] ewStd = new double[nc][];
    Ewm meanEwm = Ewm.span((double) settings.meanLookback() * pooledLength)
        .withMinPeriods(settings.meanMinPeriods() * pooledLength);
    Ewm volEwm = Ewm.span((double) settings.volLookback() * pooledLength)
        .withMinPeriods(settings.volMinPeriods() * pooledLength);
    for (int c = 0; c < nc; c++) {
      ewMean[c] = settings.meanUsingExponent() ? Kernels.ewmMean(data.column(c), meanEwm) : null;
      ewStd[c] = settings.volUsingExponent() ? Kernels.ewmStd(data.column(c), volEwm) : null;
    }
    CorrelationEstimator corr = new CorrelationEstimator(data, settings.correlation(), pooledLength);
    long[] times = new long[periods.size()];
    double[][] out = new double[nc][periods.size()];
    // every period is fitted on its own: in parallel, even inside the instruments' parallel loop (the other
    // workers are usually waiting for these weights)
    AtomicInteger done = new AtomicInteger();
    List<double[]> fitted = parallel.mapNested(periods, period -> {
      double[] w = weightsFor(period, optimiser, corr, ewMean, ewStd, ppy);
      progress.step(task, done.incrementAndGet(), periods.size());
      return w;
    });
    for (int p = 0; p < periods.size(); p++) {
      FitPeriod period = periods.get(p);
      times[p] = Math.floorDiv(period.periodStart() + 999_999L, 1_000_000L);
      double[] w = fitted.get(p);
      for (int c = 0; c < nc; c++) {
        out[c][p] = w[c];
      }
    }
    return SeriesFrame.of(times, names, out);
  }

  private double[] weightsFor(FitPeriod period, PortfolioOptimiser optimiser, CorrelationEstimator corr,
      double[][] ewMean, double[][] ewStd, double ppy) {
    List<String> names = data.names();
    int nc = names.size();
    double[] w = new double[nc];
    if (period.noData()) {
      Arrays.fill(w, 1.0 / nc);
      return w;
    }
    int last = data.lastRowBefore(period.fitEnd());
    double[] mean = new double[nc];
    double[] std = new double[nc];
    // pysystemtrade 1.80's mean estimator drops its frequency argument, so means are annualised as weekly data
    // whatever the frequency; standard deviations use the frequency's periods (** 0.5: the C library's pow)
    double rootPpy = LibmPow.pow(ppy, 0.5);
    for (int c = 0; c < nc; c++) {
      mean[c] = (settings.meanUsingExponent() ? at(ewMean[c], last)
          : simple(data.column(c), period, settings.meanMinPeriods(), false)) * WEEKS_IN_YEAR;
      std[c] = (settings.volUsingExponent() ? at(ewStd[c], last)
          : simple(data.column(c), period, settings.volMinPeriods(), true)) * rootPpy;
    }
    int length = 0;
    for (long t : data.timestamps()) {
      if (t >= period.fitStart() && t <= period.fitEnd()) {
        length++;
      }
    }
    CorrelationMatrix cm = corr.estimate(period);
    Estimates all = new Estimates(cm, mean, std, length, ppy);
    List<String> missing = all.assetsWithMissingData();
    TreeSet<String> valid = new TreeSet<>(names);
    valid.removeAll(missing);
    Arrays.fill(w, Double.NaN);
    if (valid.isEmpty()) {
      // pysystemtrade then has no weights at all for the period: nothing to clean, every weight missing
      return w;
    }
    {
      PortfolioWeights pw = optimiser.optimise(all.subset(new ArrayList<>(valid)), settings.optimiser());
      for (String name : valid) {
        w[names.indexOf(name)] = pw.get(name);
      }
    }
    if (settings.cleaning()) {
      w = clean(w, data.hasValueBetween(period.fitStart(), period.fitEnd()), 0.5);
    }
    return w;
  }

  private static double at(double[] values, int row) {
    return row < 0 ? Double.NaN : values[row];
  }

  private double simple(double[] x, FitPeriod period, int minPeriods, boolean stdev) {
    long[] t = data.timestamps();
    int from = -1;
    int to = -1;
    int valid = 0;
    for (int r = 0; r < t.length; r++) {
      if (t[r] >= period.fitStart() && t[r] <= period.fitEnd()) {
        if (from < 0) {
          from = r;
        }
        to = r + 1;
        if (x[r] == x[r]) {
          valid++;
        }
      }
    }
    if (valid < minPeriods || valid == 0) {
      return Double.NaN;
    }
    // the window as pandas sees it: missing values stay in place
    double[] v = Arrays.copyOfRange(x, from, to);
    return stdev ? Stats.nanStd(v, 0) : Stats.nanMean(v);
  }

  /**
   * pysystemtrade's {@code clean_list_of_weights}: missing weights of assets that must have one get an equal share of
   * {@code fraction} of a pro-rata weight, the rest are scaled down to make room and everything is renormalised;
   * missing weights of assets without data become 0; all zeros if no asset must have a weight; unchanged if nothing
   * needs replacing.
   *
   * @param weights the weights (NaN = missing)
   * @param mustHaves assets with data
   * @param fraction the share of a pro-rata weight
   * @return the cleaned weights
   */
  public static double[] clean(double[] weights, boolean[] mustHaves, double fraction) {
    int n = weights.length;
    boolean any = false;
    for (boolean b : mustHaves) {
      any |= b;
    }
    if (!any) {
      return new double[n];
    }
    boolean[] replace = new boolean[n];
    boolean[] empty = new boolean[n];
    int missing = 0;
    int keep = 0;
    for (int i = 0; i < n; i++) {
      boolean nan = weights[i] != weights[i];
      replace[i] = nan && mustHaves[i];
      empty[i] = nan && !mustHaves[i];
      if (replace[i]) {
        missing++;
      }
      if (!replace[i] && !empty[i]) {
        keep++;
      }
    }
    if (missing == 0) {
      return weights.clone();
    }
    double totalForMissing = fraction * missing / (double) (keep + missing);
    double adjustment = 1.0 - totalForMissing;
    double each = totalForMissing / missing;
    double[] out = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      out[i] = replace[i] ? each : empty[i] ? 0.0 : weights[i] * adjustment;
      sum += out[i];
    }
    for (int i = 0; i < n; i++) {
      out[i] = out[i] / sum;
    }
    return out;
  }
}
