package org.pystrade.optimisation.estimators;

import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * The diversification multiplier calculation.
 */
public final class DiversificationMultiplier {

  private DiversificationMultiplier() {
  }

  /**
   * The multiplier of one period: {@code min(1 / sqrt(w' C w), dmMax)} over the assets with a weight and with
   * correlations; 1 when the risk is NaN or below 1e-7.
   *
   * @param corr the correlation matrix
   * @param names the weights' asset names
   * @param weights the weights (NaN = no weight)
   * @param dmMax the cap
   * @return the multiplier
   */
  public static double singlePeriod(CorrelationMatrix corr, List<String> names, double[] weights, double dmMax) {
    List<String> withData = corr.assetsWithData();
    List<String> valid = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (weights[i] == weights[i] && withData.contains(names.get(i))) {
        valid.add(names.get(i));
        w.add(weights[i]);
      }
    }
    CorrelationMatrix c = corr.subset(valid);
    int n = valid.size();
    double variance = 0;
    for (int j = 0; j < n; j++) {
      double wc = 0;
      for (int i = 0; i < n; i++) {
        wc += w.get(i) * c.get(i, j);
      }
      variance += wc * w.get(j);
    }
    double risk = Math.sqrt(variance);
    if (risk != risk || risk < 0.0000001) {
      return 1.0;
    }
    return Math.min(1.0 / risk, dmMax);
  }

  /**
   * The multiplier over time.
   *
   * @param correlations correlation matrices per fitting period
   * @param weights daily weights (second timestamps); columns absent from the correlations are ignored, columns of
   *     the correlations absent from the weights count as weight 0
   * @param ewmaSpan smoothing span in rows of the weights' index
   * @param dmMax the cap
   * @return the smoothed multiplier on the weights' index; 1 before the first estimate
   */
  public static TimeSeries fromList(CorrelationList correlations, SeriesFrame weights, double ewmaSpan,
      double dmMax) {
    ArgChecker.notNull(correlations, "correlations");
    ArgChecker.notNull(weights, "weights");
    List<String> names = correlations.names();
    long[] t = weights.timestamps();
    double[][] w = new double[names.size()][];
    for (int i = 0; i < names.size(); i++) {
      w[i] = weights.names().contains(names.get(i)) ? weights.column(names.get(i)).values() : new double[t.length];
    }
    int periods = correlations.periods().size();
    long[] refTimes = new long[periods];
    double[] dm = new double[periods];
    for (int p = 0; p < periods; p++) {
      long start = correlations.periods().get(p).periodStart();
      refTimes[p] = start;
      int row = lastRowAtOrBefore(t, start);
      if (row < 0) {
        dm[p] = 1.0;
        continue;
      }
      double[] wRow = new double[names.size()];
      for (int i = 0; i < names.size(); i++) {
        wRow[i] = w[i][row];
      }
      dm[p] = singlePeriod(correlations.matrices().get(p), names, wRow, dmMax);
    }
    double[] daily = new double[t.length];
    int p = -1;
    for (int r = 0; r < t.length; r++) {
      long us = t[r] * 1_000_000L;
      while (p + 1 < periods && refTimes[p + 1] <= us) {
        p++;
      }
      double v = p < 0 ? Double.NaN : dm[p];
      daily[r] = v == v ? v : 1.0;
    }
    double[] smooth = Kernels.ewmMean(daily, new Ewm(EwmCov.alphaForSpan(ewmaSpan), 0, true, false));
    return TimeSeries.of(t, smooth);
  }

  /** Last row whose time (seconds) is at or before a microsecond time, -1 if none. */
  private static int lastRowAtOrBefore(long[] seconds, long micros) {
    int row = -1;
    for (int r = 0; r < seconds.length; r++) {
      if (seconds[r] * 1_000_000L <= micros) {
        row = r;
      } else {
        break;
      }
    }
    return row;
  }
}
