package org.pystrade.optimisation.estimators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.fitting.DateMethod;
import org.pystrade.optimisation.fitting.EstimationProgress;
import org.pystrade.optimisation.fitting.FitPeriod;
import org.pystrade.optimisation.fitting.FittingDates;

/**
 * Correlations over fitting periods as pysystemtrade's {@code correlationEstimator} and
 * {@code correlation_over_time}. The exponential estimate for a period is the pairwise exponentially weighted
 * correlation of the last row strictly before the end of the fitting window (span and min periods multiplied by
 * the pooling length adjustment); the simple estimate is the pairwise Pearson correlation of the rows inside the
 * window. Both are then cleaned (missing values filled) and modified (floor, clip, shrinkage) as configured.
 */
public final class CorrelationEstimator {

  /** The correlation of a no-data period's matrix: pysystemtrade's default {@code offdiag}, not the config's. */
  private static final double NO_DATA_OFFDIAG = 0.99;
  /** Pairs whose correlation series are held at once. */
  private static final int PAIR_BLOCK = 512;

  private final TimedData data;
  private final CorrelationParams params;
  private final int lengthAdjustment;
  /** The exponentially weighted correlations of every pair at every row, computed once (thread-safe). */
  private volatile double[][][] ewCorr;
  /**
   * The exponentially weighted correlations of every pair at the rows {@link #overTime} reads, by row: what it
   * computes instead of {@link #ewCorr} (every pair at every row: 0.6 GB for 226 instruments' weekly returns).
   */
  private volatile Map<Integer, double[][]> ewAtRows;

  /**
   * Creates the estimator.
   *
   * @param data the data (e.g. weekly returns or pooled forecasts)
   * @param params the parameters
   * @param lengthAdjustment multiplier of span and min periods (the number of pooled instruments; 1 otherwise)
   */
  public CorrelationEstimator(TimedData data, CorrelationParams params, int lengthAdjustment) {
    this.data = ArgChecker.notNull(data, "data");
    this.params = ArgChecker.notNull(params, "params");
    this.lengthAdjustment = ArgChecker.positive(lengthAdjustment, "lengthAdjustment");
  }

  /**
   * Correlations for every fitting period of the data (pysystemtrade's {@code correlation_over_time}).
   *
   * @param data the data
   * @param params the parameters
   * @param lengthAdjustment pooling adjustment (1 if not pooled)
   * @param method date method
   * @param rollYears rolling window in periods
   * @param progress receives one step per fitting period
   * @param task the task name reported to {@code progress}
   * @return the list
   */
  public static CorrelationList overTime(TimedData data, CorrelationParams params, int lengthAdjustment,
      DateMethod method, int rollYears, EstimationProgress progress, String task) {
    return overTime(data, params, lengthAdjustment, method, rollYears, 365, progress, task);
  }

  /**
   * Correlations for every fitting period of the data, the periods {@code intervalDays} apart (pysystemtrade's
   * {@code interval_frequency}: 365 days for its default {@code "12M"}, 7 for {@code "W"}).
   *
   * @param data the data
   * @param params the parameters
   * @param lengthAdjustment pooling adjustment (1 if not pooled)
   * @param method date method
   * @param rollYears rolling window in periods
   * @param intervalDays days between fitting dates
   * @param progress receives one step per fitting period
   * @param task the task name reported to {@code progress}
   * @return the list
   */
  public static CorrelationList overTime(TimedData data, CorrelationParams params, int lengthAdjustment,
      DateMethod method, int rollYears, int intervalDays, EstimationProgress progress, String task) {
    return overTime(data, params, lengthAdjustment, method, rollYears, intervalDays, Parallel.sequential(), progress,
        task);
  }

  /**
   * {@link #overTime(TimedData, CorrelationParams, int, DateMethod, int, int, EstimationProgress, String)} with the
   * pairs' exponentially weighted correlations spread over the threads, each computed by one thread and kept only at
   * the rows the periods read: the same result whatever the thread count.
   *
   * @param data the data
   * @param params the parameters
   * @param lengthAdjustment pooling adjustment (1 if not pooled)
   * @param method date method
   * @param rollYears rolling window in periods
   * @param intervalDays days between fitting dates
   * @param parallel the parallelism (nested maps run in parallel: an estimate is reached by one worker while the
   *     others wait for it)
   * @param progress receives one step per fitting period
   * @param task the task name reported to {@code progress}
   * @return the list
   */
  public static CorrelationList overTime(TimedData data, CorrelationParams params, int lengthAdjustment,
      DateMethod method, int rollYears, int intervalDays, Parallel parallel, EstimationProgress progress,
      String task) {
    ArgChecker.isTrue(data.rows() > 0, "no data to estimate correlations from");
    List<FitPeriod> periods = FittingDates.generate(data.timestamps()[0], data.timestamps()[data.rows() - 1], method,
        rollYears, intervalDays);
    CorrelationEstimator est = new CorrelationEstimator(data, params, lengthAdjustment);
    if (params.usingExponent()) {
      est.ewAtRows = est.ewCorrelationsAt(periods, parallel);
    }
    List<CorrelationMatrix> out = new ArrayList<>();
    for (FitPeriod p : periods) {
      out.add(est.estimate(p));
      progress.step(task, out.size(), periods.size());
    }
    return new CorrelationList(data.names(), out, periods);
  }

  /**
   * The estimate for one period.
   *
   * @param period the period
   * @return the matrix; the boring matrix (0.99 off the diagonal, whatever {@code offdiag} says, as
   *     pysystemtrade's {@code estimate_if_no_data}) for a no-data period
   */
  public CorrelationMatrix estimate(FitPeriod period) {
    if (period.noData()) {
      return CorrelationMatrix.boring(data.names(), NO_DATA_OFFDIAG);
    }
    CorrelationMatrix raw = params.usingExponent() ? exponential(period.fitEnd()) : simple(period);
    CorrelationMatrix m = raw;
    if (params.cleaning()) {
      m = m.clean(data.hasValueBetween(period.fitStart(), period.fitEnd()), params.offdiag());
    }
    return m.modify(params.floorAtZero(), params.shrinkage(), params.clip());
  }

  private CorrelationMatrix exponential(long before) {
    int n = data.names().size();
    int row = data.lastRowBefore(before);
    Map<Integer, double[][]> atRows = ewAtRows;
    if (row >= 0 && atRows != null && atRows.containsKey(row)) {
      return new CorrelationMatrix(data.names(), atRows.get(row));
    }
    double[][][] corr = ewCorr;
    if (corr == null) {
      corr = ewCorrelations(n);
    }
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        v[i][j] = row < 0 ? Double.NaN : corr[i][j][row];
      }
    }
    return new CorrelationMatrix(data.names(), v);
  }

  /** Computes {@link #ewCorr} once: the periods of an estimation may be fitted by several threads. */
  private synchronized double[][][] ewCorrelations(int n) {
    if (ewCorr == null) {
      double alpha = EwmCov.alphaForSpan((double) params.ewLookback() * lengthAdjustment);
      int minp = params.minPeriods() * lengthAdjustment;
      double[][][] c = new double[n][n][];
      for (int i = 0; i < n; i++) {
        for (int j = i; j < n; j++) {
          c[i][j] = EwmCov.corr(data.column(i), data.column(j), alpha, minp, true);
          c[j][i] = c[i][j];
        }
      }
      ewCorr = c;
    }
    return ewCorr;
  }

  /**
   * Every pair's exponentially weighted correlation at the last row before each period's end, by row, the pairs
   * spread over the threads a block at a time (the same pairs, arguments and arithmetic as {@link #ewCorrelations}).
   */
  private Map<Integer, double[][]> ewCorrelationsAt(List<FitPeriod> periods, Parallel parallel) {
    int n = data.names().size();
    TreeSet<Integer> wanted = new TreeSet<>();
    for (FitPeriod p : periods) {
      int row = p.noData() ? -1 : data.lastRowBefore(p.fitEnd());
      if (row >= 0) {
        wanted.add(row);
      }
    }
    int[] rows = new int[wanted.size()];
    int k = 0;
    for (int row : wanted) {
      rows[k++] = row;
    }
    double[][][] at = new double[rows.length][n][n];
    double alpha = EwmCov.alphaForSpan((double) params.ewLookback() * lengthAdjustment);
    int minp = params.minPeriods() * lengthAdjustment;
    int[] first = new int[n];
    for (int c = 0; c < n; c++) {
      first[c] = firstValue(data.column(c));
    }
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        pairs.add(new int[] {i, j});
      }
    }
    for (int from = 0; from < pairs.size(); from += PAIR_BLOCK) {
      List<int[]> block = pairs.subList(from, Math.min(pairs.size(), from + PAIR_BLOCK));
      List<double[]> values = parallel.mapNested(block, pair -> {
        // from the later of the two first values: the pair's first joint observation cannot come earlier
        double[] c = EwmCov.corr(data.column(pair[0]), data.column(pair[1]), alpha, minp, true,
            Math.max(first[pair[0]], first[pair[1]]));
        double[] out = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
          out[r] = c[rows[r]];
        }
        return out;
      });
      for (int q = 0; q < block.size(); q++) {
        int i = block.get(q)[0];
        int j = block.get(q)[1];
        for (int r = 0; r < rows.length; r++) {
          at[r][i][j] = values.get(q)[r];
          at[r][j][i] = values.get(q)[r];
        }
      }
    }
    Map<Integer, double[][]> out = new HashMap<>();
    for (int r = 0; r < rows.length; r++) {
      out.put(rows[r], at[r]);
    }
    return out;
  }

  /** The first row with a value, the column's length if none. */
  private static int firstValue(double[] column) {
    for (int r = 0; r < column.length; r++) {
      if (column[r] == column[r]) {
        return r;
      }
    }
    return column.length;
  }

  private CorrelationMatrix simple(FitPeriod period) {
    int n = data.names().size();
    long[] t = data.timestamps();
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double c = pearson(data.column(i), data.column(j), t, period.fitStart(), period.fitEnd());
        v[i][j] = c;
        v[j][i] = c;
      }
    }
    return new CorrelationMatrix(data.names(), v);
  }

  /**
   * pandas' {@code DataFrame.corr()} for one pair over rows in [from, to]: pairwise complete rows, Welford's one-pass
   * update in row order exactly as pandas' {@code nancorr} does it (the later column of the pair in the role of its
   * {@code x}), NaN below 2 rows or when a variance is 0; not clipped to [-1, 1].
   *
   * @param earlier the pair's earlier column
   * @param later the pair's later column
   */
  static double pearson(double[] earlier, double[] later, long[] t, long from, long to) {
    int n = 0;
    double meanX = 0;
    double meanY = 0;
    double ssqX = 0;
    double ssqY = 0;
    double cov = 0;
    for (int r = 0; r < t.length; r++) {
      double vx = later[r];
      double vy = earlier[r];
      if (t[r] >= from && t[r] <= to && vx == vx && vy == vy) {
        n++;
        double dx = vx - meanX;
        double dy = vy - meanY;
        meanX += 1.0 / n * dx;
        meanY += 1.0 / n * dy;
        ssqX += (vx - meanX) * dx;
        ssqY += (vy - meanY) * dy;
        cov += (vx - meanX) * dy;
      }
    }
    if (n < 2) {
      return Double.NaN;
    }
    double d = Math.sqrt(ssqX * ssqY);
    return d == 0 ? Double.NaN : cov / d;
  }

}
