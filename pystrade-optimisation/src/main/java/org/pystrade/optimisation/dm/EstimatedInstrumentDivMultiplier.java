package org.pystrade.optimisation.dm;

import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.portfolio.InstrumentDivMultiplierEstimator;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.portfolio.PortfolioInputs;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.estimators.DiversificationMultiplier;
import org.pystrade.optimisation.fitting.EstimationProgress;

/**
 * pysystemtrade's estimated IDM: instrument correlations of subsystem returns ({@link InstrumentCorrelations}) with
 * the daily instrument weights, capped at {@code instrument_div_mult_estimate.dm_max} and smoothed with span
 * {@code instrument_div_mult_estimate.ewma_span} business days.
 */
public final class EstimatedInstrumentDivMultiplier implements InstrumentDivMultiplierEstimator {

  private final EstimationProgress progress;
  private final InstrumentCorrelations correlations;
  private final double ewmaSpan;
  private final double dmMax;

  /**
   * Creates the estimator with the parameters of a config ({@code instrument_correlation_estimate},
   * {@code instrument_div_mult_estimate}).
   *
   * @param config the config
   * @param progress receives progress of the correlation estimates
   */
  public EstimatedInstrumentDivMultiplier(SystemConfig config, EstimationProgress progress) {
    this.progress = ArgChecker.notNull(progress, "progress");
    this.correlations = new InstrumentCorrelations(config);
    this.ewmaSpan = config.getDouble("instrument_div_mult_estimate.ewma_span");
    this.dmMax = config.getDouble("instrument_div_mult_estimate.dm_max");
  }

  @Override
  public TimeSeries estimate(PortfolioInputs inputs, Portfolio portfolio) {
    return DiversificationMultiplier.fromList(correlations.of(inputs, portfolio, progress),
        portfolio.instrumentWeights(), ewmaSpan, dmMax);
  }
}
