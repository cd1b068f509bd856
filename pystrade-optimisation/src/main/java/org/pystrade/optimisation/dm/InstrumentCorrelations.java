package org.pystrade.optimisation.dm;

import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.optimisation.EstimationProgress;
import org.pystrade.optimisation.estimators.CorrelationEstimator;
import org.pystrade.optimisation.estimators.CorrelationList;
import org.pystrade.optimisation.estimators.CorrelationParams;
import org.pystrade.optimisation.estimators.Resampling;
import org.pystrade.optimisation.estimators.TimedData;
import org.pystrade.optimisation.fitting.DateMethod;
import org.pystrade.optimisation.returns.SubsystemPandl;

/**
 * Instrument correlations for the IDM as pysystemtrade's {@code correlation_over_time_for_returns} on subsystem
 * P&amp;L: returns are cumulated into a price index, forward-filled ({@code forward_fill_price_index}),
 * resampled to {@code frequency} (last), differenced, and correlated over fitting periods.
 */
public final class InstrumentCorrelations {

  private InstrumentCorrelations() {
  }

  /**
   * Turns returns into resampled returns through a cumulated index, as pysystemtrade does.
   *
   * @param returns daily returns, one column per asset
   * @param frequency e.g. "W"
   * @param ffillIndex whether the cumulated index is forward-filled
   * @return resampled returns
   */
  public static TimedData resampledReturns(SeriesFrame returns, String frequency, boolean ffillIndex) {
    int nc = returns.names().size();
    double[][] idx = new double[nc][];
    for (int c = 0; c < nc; c++) {
      double[] cum = Kernels.cumsum(returns.column(returns.names().get(c)).values());
      idx[c] = ffillIndex ? Kernels.ffill(cum) : cum;
    }
    SeriesFrame index = SeriesFrame.of(returns.times(), returns.names(), idx);
    TimedData weekly = Resampling.resampleLast(index, frequency);
    double[][] diff = new double[nc][];
    for (int c = 0; c < nc; c++) {
      diff[c] = Kernels.diff(weekly.column(c));
    }
    return new TimedData(weekly.times(), weekly.names(), diff);
  }

  /**
   * The instrument correlation list of a system (memoised).
   *
   * @param system the system
   * @param progress receives progress
   * @return correlations over time of subsystem returns
   */
  public static CorrelationList of(TradingSystem system, EstimationProgress progress) {
    return system.memo().get(new StageKey("optimisation", "instrumentCorrelations", null, null), () -> {
      SystemConfig c = system.config();
      String p = "instrument_correlation_estimate";
      String func = c.getString(p + ".func");
      if (!func.endsWith("correlation_over_time_for_returns")) {
        throw new ConfigException("config key '" + p + ".func' names '" + func
            + "'; only correlation_over_time_for_returns is implemented");
      }
      boolean ffill = !c.has(p + ".forward_fill_price_index") || c.getBoolean(p + ".forward_fill_price_index");
      SeriesFrame pandl = SubsystemPandl.acrossSubsystems(system, system.instruments());
      TimedData weekly = resampledReturns(pandl, c.getString(p + ".frequency"), ffill);
      return CorrelationEstimator.overTime(weekly, CorrelationParams.fromConfig(c, p), 1,
          DateMethod.parse(c.getString(p + ".date_method"), p + ".date_method"), c.getInt(p + ".rollyears"), progress, "instrument correlations");
    });
  }
}
