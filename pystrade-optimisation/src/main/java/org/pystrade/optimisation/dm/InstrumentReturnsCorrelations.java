package org.pystrade.optimisation.dm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.portfolio.CorrelationsOverTime;
import org.pystrade.core.portfolio.InstrumentReturnsCorrelationEstimator;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.Timestamps;
import org.pystrade.optimisation.estimators.CorrelationEstimator;
import org.pystrade.optimisation.estimators.CorrelationList;
import org.pystrade.optimisation.estimators.CorrelationParams;
import org.pystrade.optimisation.estimators.Resampling;
import org.pystrade.optimisation.estimators.TimedData;
import org.pystrade.optimisation.fitting.DateMethod;
import org.pystrade.optimisation.fitting.EstimationProgress;

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
    TimedData resampled = resampledReturns(percentageReturns, frequency, forwardFillIndex);
    CorrelationList list = CorrelationEstimator.overTime(resampled, correlation, 1, dateMethod, rollYears,
        intervalDays, progress, "instrument returns correlations");
    long[] starts = new long[list.periods().size()];
    double[][][] m = new double[starts.length][][];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = Math.floorDiv(list.periods().get(i).periodStart(), 1_000_000L);
      m[i] = list.matrices().get(i).toArray();
    }
    return new CorrelationsOverTime(list.names(), starts, m);
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
