package org.pystrade.optimisation.dm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.math.PairwiseSum;
import org.pystrade.core.portfolio.CorrelationsOverTime;
import org.pystrade.core.portfolio.InstrumentReturnsCorrelationEstimator;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.estimators.CorrelationEstimator;
import org.pystrade.optimisation.estimators.CorrelationMatrix;
import org.pystrade.optimisation.estimators.EwmCov;
import org.pystrade.optimisation.estimators.CorrelationParams;
import org.pystrade.optimisation.estimators.Resampling;
import org.pystrade.optimisation.estimators.TimedData;
import org.pystrade.optimisation.fitting.DateMethod;
import org.pystrade.optimisation.fitting.EstimationProgress;
import org.pystrade.optimisation.fitting.FitPeriod;
import org.pystrade.optimisation.fitting.FittingDates;

/**
 * The correlations of instrument returns as pysystemtrade's portfolio stage estimates them for its risk overlay and
 * dynamic optimisation ({@code instrument_returns_correlation}, {@code correlation_over_time_for_returns}): the daily
 * percentage returns cumulated into a price index, forward-filled ({@code forward_fill_price_index}), resampled to
 * {@code frequency} (last; pysystemtrade's default {@code "7D"} is seven-day bins from the first day), differenced,
 * and correlated over fitting periods every {@code interval_frequency} ({@code "W"}: seven days back from the last
 * row), each {@code rollyears} intervals long when {@code date_method} is rolling.
 */
public final class InstrumentReturnsCorrelations implements InstrumentReturnsCorrelationEstimator {

  private static final String P = "instrument_returns_correlation";
  private static final String TASK = "instrument returns correlations";
  /** pysystemtrade's correlation of a no-data period ({@code estimate_if_no_data}), whatever {@code offdiag} says. */
  private static final double NO_DATA_OFFDIAG = 0.99;
  /** Pairs whose correlation series are held at once. */
  private static final int PAIR_BLOCK = 512;
  /** Periods whose full matrices are held at once while they are cleaned. */
  private static final int PERIOD_BLOCK = 64;

  private final String frequency;
  private final int intervalDays;
  private final boolean forwardFillIndex;
  private final CorrelationParams correlation;
  private final DateMethod dateMethod;
  private final int rollYears;
  private final EstimationProgress progress;

  /**
   * Reads the parameters of a config ({@code instrument_returns_correlation}).
   *
   * @param config the config
   * @param progress receives progress
   * @throws ConfigException if the config names a function other than {@code correlation_over_time_for_returns} or
   *     a frequency pystrade does not implement
   */
  public InstrumentReturnsCorrelations(SystemConfig config, EstimationProgress progress) {
    String func = config.getString(P + ".func");
    if (!func.endsWith("correlation_over_time_for_returns")) {
      throw new ConfigException("config key '" + P + ".func' names '" + func
          + "'; only correlation_over_time_for_returns is implemented");
    }
    this.frequency = config.getString(P + ".frequency");
    binDays(frequency); // checked now, not when first estimated
    this.intervalDays = intervalDays(config.has(P + ".interval_frequency") ? config.getString(P
        + ".interval_frequency") : "12M");
    this.forwardFillIndex = config.getBoolean(P + ".forward_fill_price_index", true);
    this.correlation = CorrelationParams.fromConfig(config, P);
    this.dateMethod = DateMethod.parse(config.getString(P + ".date_method"), P + ".date_method");
    this.rollYears = config.getInt(P + ".rollyears");
    this.progress = progress;
  }

  /**
   * The days between fitting dates for pysystemtrade's {@code interval_frequency}: {@code W} is 7, {@code M} 30,
   * {@code 12M} or {@code Y} 365, {@code ND} N.
   */
  static int intervalDays(String interval) {
    String f = interval.trim().toUpperCase(Locale.ROOT);
    switch (f) {
      case "W":
        return 7;
      case "M":
        return 30;
      case "12M":
      case "Y":
        return 365;
      default:
        if (f.matches("[0-9]+D") && Integer.parseInt(f.substring(0, f.length() - 1)) > 0) {
          return Integer.parseInt(f.substring(0, f.length() - 1));
        }
        throw new ConfigException("config key '" + P + ".interval_frequency' is '" + interval
            + "'; pystrade implements W, M, 12M, Y and N days (e.g. 7D)");
    }
  }

  /** The bin of a fixed-day frequency ("7D": 7), or 0 for the anchored frequencies {@link Resampling} knows. */
  static int binDays(String frequency) {
    String f = frequency.trim().toUpperCase(Locale.ROOT);
    if (f.matches("[0-9]+D")) {
      int d = Integer.parseInt(f.substring(0, f.length() - 1));
      if (d > 0) {
        return d == 1 ? 0 : d;
      }
    }
    switch (f) {
      case "W":
      case "W-SUN":
      case "B":
      case "1B":
      case "D":
        return 0;
      default:
        throw new ConfigException("config key '" + P + ".frequency' is '" + frequency
            + "'; pystrade implements W, B, D and N days (e.g. 7D)");
    }
  }

  @Override
  public CorrelationsOverTime estimate(SeriesFrame percentageReturns) {
    return estimate(percentageReturns, Parallel.sequential());
  }

  /**
   * {@inheritDoc}
   *
   * <p>The pairs' exponentially weighted correlations and the periods' cleaning are spread over the threads, a block
   * at a time; each piece is computed by one thread from its own inputs, and the periods are added in order, so the
   * result is the same whatever the thread count.
   */
  @Override
  public CorrelationsOverTime estimate(SeriesFrame percentageReturns, Parallel parallel) {
    TimedData data = resampledReturns(percentageReturns, frequency, forwardFillIndex);
    ArgChecker.isTrue(data.rows() > 0, "no returns to estimate correlations from");
    List<FitPeriod> periods = FittingDates.generate(data.timestamps()[0], data.timestamps()[data.rows() - 1],
        dateMethod, rollYears, intervalDays);
    int n = data.names().size();
    int np = periods.size();
    long[] starts = new long[np];
    for (int p = 0; p < np; p++) {
      starts[p] = Math.floorDiv(periods.get(p).periodStart(), 1_000_000L);
    }
    // each period's matrix goes into the result as soon as it is final, stored compactly (the instruments without
    // data then are one value): the full matrices of all periods are never held at once
    CorrelationsOverTime.Builder out = CorrelationsOverTime.builder(data.names());
    if (!correlation.usingExponent()) {
      // the simple estimate: one period at a time through the general estimator
      CorrelationEstimator est = new CorrelationEstimator(data, correlation, 1);
      for (int p = 0; p < np; p++) {
        out.add(starts[p], pack(est.estimate(periods.get(p)).toArray()));
        progress.step(TASK, p + 1, np);
      }
      return out.build();
    }
    // the exponential estimate, as CorrelationEstimator computes it, one pair at a time: each pair's exponentially
    // weighted correlation at the last row before each fitting end goes straight into the periods' matrices, so
    // the correlations of every pair at every row are never held at once. A period's matrix holds only the
    // instruments with a value by then: a pair with one that has none has no observation, so its correlation is
    // NaN (EwmCov writes NaN below min_periods, and min_periods is at least 1)
    int[] firstRow = new int[n];
    for (int c = 0; c < n; c++) {
      firstRow[c] = firstValue(data.column(c));
    }
    int[] rowOf = new int[np];
    int[][] slot = new int[np][];
    double[][] known = new double[np][];
    for (int p = 0; p < np; p++) {
      rowOf[p] = periods.get(p).noData() ? -1 : data.lastRowBefore(periods.get(p).fitEnd());
      slot[p] = new int[n];
      int k = 0;
      for (int c = 0; c < n; c++) {
        slot[p][c] = firstRow[c] >= 0 && firstRow[c] <= rowOf[p] ? k++ : -1;
      }
      known[p] = new double[k * (k + 1) / 2];
    }
    // per instrument: the first period from which it has a slot in every period, and the first with one at all
    int[] slotFrom = new int[n];
    int[] slotSeen = new int[n];
    for (int c = 0; c < n; c++) {
      int from = np;
      while (from > 0 && slot[from - 1][c] >= 0) {
        from--;
      }
      int seen = 0;
      while (seen < np && slot[seen][c] < 0) {
        seen++;
      }
      slotFrom[c] = from;
      slotSeen[c] = seen;
    }
    double alpha = EwmCov.alphaForSpan(correlation.ewLookback());
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        pairs.add(new int[] {i, j});
      }
    }
    // each pair's correlations go straight into the periods' triangles, by the thread that computed them (each
    // entry is written by one thread only; the map's end makes them visible to this one)
    for (int from = 0; from < pairs.size(); from += PAIR_BLOCK) {
      List<int[]> block = pairs.subList(from, Math.min(pairs.size(), from + PAIR_BLOCK));
      parallel.mapNested(block, pair -> {
        int i = pair[0];
        int j = pair[1];
        if (firstRow[i] < 0 || firstRow[j] < 0) {
          return null;
        }
        // from the later of the two first values: the pair's first joint observation cannot come earlier
        double[] series = EwmCov.corr(data.column(j), data.column(i), alpha, correlation.minPeriods(), true,
            Math.max(firstRow[i], firstRow[j]));
        // the periods where both have a slot: every one from p0 on, and before it only some after both were first
        // seen (none when each instrument keeps its slot once it has one, as when data only ever starts)
        int p0 = Math.max(slotFrom[i], slotFrom[j]);
        for (int p = Math.max(slotSeen[i], slotSeen[j]); p < p0; p++) {
          int a = slot[p][i];
          int b = slot[p][j];
          if (a >= 0 && b >= 0) {
            known[p][CorrelationsOverTime.index(a, b)] = series[rowOf[p]];
          }
        }
        for (int p = p0; p < np; p++) {
          known[p][CorrelationsOverTime.index(slot[p][i], slot[p][j])] = series[rowOf[p]];
        }
        return null;
      });
    }
    List<String> names = data.names();
    List<Integer> periodIndex = new ArrayList<>(np);
    for (int p = 0; p < np; p++) {
      periodIndex.add(p);
    }
    // CorrelationMatrix.modify changes nothing: no floor, clip or shrinkage
    boolean unmodified = !correlation.floorAtZero() && correlation.clip() != correlation.clip()
        && !(correlation.shrinkage() > 0);
    // the periods cleaned and stored compactly a block at a time, where they are computed (each full matrix is
    // held only until then), and added in order
    for (int from = 0; from < np; from += PERIOD_BLOCK) {
      List<CorrelationsOverTime.Compact> cleaned = parallel.mapNested(
          periodIndex.subList(from, Math.min(np, from + PERIOD_BLOCK)), p -> {
            FitPeriod period = periods.get(p);
            double[] k = known[p];
            known[p] = null;
            if (period.noData()) {
              return out.compact(pack(CorrelationMatrix.boring(names, NO_DATA_OFFDIAG).values()));
            }
            if (correlation.cleaning() && unmodified) {
              // pysystemtrade's defaults: cleaned, not modified, straight from the triangle of known values
              return out.compact(cleanedTriangle(k, slot[p],
                  data.hasValueBetween(period.fitStart(), period.fitEnd()), correlation.offdiag()));
            }
            CorrelationMatrix m = new CorrelationMatrix(names, unpack(k, slot[p]));
            if (correlation.cleaning()) {
              m = m.clean(data.hasValueBetween(period.fitStart(), period.fitEnd()), correlation.offdiag());
            }
            m = m.modify(correlation.floorAtZero(), correlation.shrinkage(), correlation.clip());
            // the matrix's own rows, read only: no copy
            return out.compact(pack(m.values()));
          });
      for (int i = 0; i < cleaned.size(); i++) {
        out.add(starts[from + i], cleaned.get(i));
        progress.step(TASK, from + i + 1, np);
      }
    }
    return out.build();
  }

  /** The first row with a value, -1 if none. */
  private static int firstValue(double[] column) {
    for (int r = 0; r < column.length; r++) {
      if (column[r] == column[r]) {
        return r;
      }
    }
    return -1;
  }

  static double[] pack(double[][] m) {
    int n = m.length;
    double[] out = new double[n * (n + 1) / 2];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        out[CorrelationsOverTime.index(i, j)] = m[i][j];
      }
    }
    return out;
  }

  /**
   * {@code pack(new CorrelationMatrix(names, unpack(known, slot)).clean(mustHaves, offdiag).values())} without the
   * full matrices in between: the same checks (every value present: the matrix as it is; none: the boring matrix of
   * {@code offdiag}), the same average correlation (numpy's pairwise sum of the flattened matrix, the diagonal and
   * the missing values as zeros, over the count of the others) and the same fill, to the bit
   * ({@code InstrumentReturnsCorrelationsTest}).
   *
   * @param known the lower triangle of the instruments with a slot
   * @param slot each instrument's position in it, -1 for one without data (all its correlations NaN)
   * @param mustHaves per instrument, whether it has data in the fitting period
   * @param offdiag the value of a missing correlation of an instrument without data
   * @return the cleaned lower triangle of every instrument ({@code known} itself when every value is present)
   */
  static double[] cleanedTriangle(double[] known, int[] slot, boolean[] mustHaves, double offdiag) {
    int n = slot.length;
    boolean everyInstrument = true;
    for (int s : slot) {
      everyInstrument &= s >= 0;
    }
    boolean anyPresent = false;
    boolean allPresent = everyInstrument;
    for (double v : known) {
      boolean present = v == v;
      anyPresent |= present;
      allPresent &= present;
    }
    if (allPresent) {
      // every instrument has a slot, in order: the triangle is the matrix's, as it is
      return known;
    }
    double[] out = new double[n * (n + 1) / 2];
    if (!anyPresent) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j <= i; j++) {
          out[CorrelationsOverTime.index(i, j)] = i == j ? 1.0 : offdiag;
        }
      }
      return out;
    }
    double[] flat = new double[n * n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (slot[i] < 0) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        if (j != i && slot[j] >= 0) {
          double v = known[CorrelationsOverTime.index(slot[i], slot[j])];
          if (v == v) {
            flat[i * n + j] = v;
            count++;
          }
        }
      }
    }
    double avg = count == 0 ? Double.NaN : PairwiseSum.sum(flat) / count;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double x = slot[i] >= 0 && slot[j] >= 0 ? known[CorrelationsOverTime.index(slot[i], slot[j])] : Double.NaN;
        double v;
        if (i == j) {
          v = 1.0;
        } else if (x != x) {
          v = mustHaves[i] && mustHaves[j] ? avg : offdiag;
        } else {
          v = x;
        }
        out[CorrelationsOverTime.index(i, j)] = v;
      }
    }
    return out;
  }

  /** The full matrix of a triangle over the instruments with a slot; NaN for every pair with one without. */
  static double[][] unpack(double[] known, int[] slot) {
    int n = slot.length;
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i][j] = slot[i] >= 0 && slot[j] >= 0 ? known[CorrelationsOverTime.index(slot[i], slot[j])] : Double.NaN;
      }
    }
    return out;
  }

  /**
   * Turns daily returns into resampled returns through a cumulated index, as pysystemtrade's
   * {@code correlation_over_time_for_returns}: a fixed-day frequency ({@code "7D"}) bins from midnight of the first
   * day (pandas' {@code origin="start_day"}), each bin labelled by its first day and holding each column's last
   * value in it; other frequencies as {@link Resampling#resampleLast}.
   *
   * @param returns daily returns, one column per asset
   * @param frequency e.g. "7D" or "W"
   * @param ffillIndex whether the cumulated index is forward-filled
   * @return resampled returns, microsecond timestamps
   */
  public static TimedData resampledReturns(SeriesFrame returns, String frequency, boolean ffillIndex) {
    int days = binDays(frequency);
    if (days == 0) {
      return InstrumentCorrelations.resampledReturns(returns, frequency, ffillIndex);
    }
    int nc = returns.names().size();
    long[] t = returns.timesView();
    List<String> names = returns.names();
    if (t.length == 0) {
      return new TimedData(new long[0], names, new double[nc][0]);
    }
    long first = Timestamps.epochDay(t[0]);
    long last = Timestamps.epochDay(t[t.length - 1]);
    int bins = (int) ((last - first) / days) + 1;
    long[] out = new long[bins];
    for (int b = 0; b < bins; b++) {
      out[b] = (first + (long) b * days) * Timestamps.SECONDS_PER_DAY * 1_000_000L;
    }
    double[][] cols = new double[nc][];
    for (int c = 0; c < nc; c++) {
      double[] cum = Kernels.cumsum(returns.column(names.get(c)).values());
      double[] idx = ffillIndex ? Kernels.ffill(cum) : cum;
      double[] bucket = new double[bins];
      Arrays.fill(bucket, Double.NaN);
      for (int r = 0; r < t.length; r++) {
        double v = idx[r];
        if (v == v) {
          bucket[(int) ((Timestamps.epochDay(t[r]) - first) / days)] = v;
        }
      }
      cols[c] = Kernels.diff(bucket);
    }
    return new TimedData(out, new ArrayList<>(names), cols);
  }
}
