package org.pystrade.optimisation.dm;

import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.portfolio.PortfolioInputs;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.optimisation.estimators.CorrelationEstimator;
import org.pystrade.optimisation.estimators.CorrelationList;
import org.pystrade.optimisation.estimators.CorrelationParams;
import org.pystrade.optimisation.estimators.Resampling;
import org.pystrade.optimisation.estimators.TimedData;
import org.pystrade.optimisation.fitting.DateMethod;
import org.pystrade.optimisation.fitting.EstimationProgress;

/**
 * Instrument correlations for the IDM as pysystemtrade's {@code correlation_over_time_for_returns} on subsystem
 * P&amp;L: returns are cumulated into a price index, forward-filled ({@code forward_fill_price_index}),
 * resampled to {@code frequency} (last), differenced, and correlated over fitting periods.
 */
public final class InstrumentCorrelations {

  private static final String P = "instrument_correlation_estimate";

  private final String frequency;
  private final boolean forwardFillIndex;
  private final CorrelationParams correlation;
  private final DateMethod dateMethod;
  private final int rollYears;

  /**
   * Reads the parameters of a config ({@code instrument_correlation_estimate}).
   *
   * @param config the config
   * @throws ConfigException if the config names a correlation function other than
   *     {@code correlation_over_time_for_returns}
   */
  public InstrumentCorrelations(SystemConfig config) {
    String func = config.getString(P + ".func");
    if (!func.endsWith("correlation_over_time_for_returns")) {
      throw new ConfigException("config key '" + P + ".func' names '" + func
          + "'; only correlation_over_time_for_returns is implemented");
    }
    this.frequency = config.getString(P + ".frequency");
    this.forwardFillIndex = config.getBoolean(P + ".forward_fill_price_index", true);
    this.correlation = CorrelationParams.fromConfig(config, P);
    this.dateMethod = DateMethod.parse(config.getString(P + ".date_method"), P + ".date_method");
    this.rollYears = config.getInt(P + ".rollyears");
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
    SeriesFrame index = SeriesFrame.of(returns.timestamps(), returns.names(), idx);
    TimedData weekly = Resampling.resampleLast(index, frequency);
    double[][] diff = new double[nc][];
    for (int c = 0; c < nc; c++) {
      diff[c] = Kernels.diff(weekly.column(c));
    }
    return new TimedData(weekly.timestamps(), weekly.names(), diff);
  }

  /**
   * The instrument correlation list of a system (memoised).
   *
   * @param inputs the portfolio stage's inputs (the subsystems' P&amp;L)
   * @param portfolio the portfolio stage (its instruments)
   * @param progress receives progress
   * @return correlations over time of subsystem returns
   */
  public CorrelationList of(PortfolioInputs inputs, Portfolio portfolio, EstimationProgress progress) {
    return inputs.context().memo("optimisation", "instrumentCorrelations", null, null, () -> {
      SeriesFrame pandl = inputs.subsystemPandl().acrossSubsystems(portfolio.instruments());
      TimedData weekly = resampledReturns(pandl, frequency, forwardFillIndex);
      return CorrelationEstimator.overTime(weekly, correlation, 1, dateMethod, rollYears, 365,
          inputs.context().parallel(), progress, "instrument correlations");
    });
  }
}
