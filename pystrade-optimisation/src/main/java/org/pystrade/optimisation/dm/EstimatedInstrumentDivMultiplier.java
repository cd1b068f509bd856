package org.pystrade.optimisation.dm;

import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.estimation.InstrumentDivMultiplierEstimator;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.EstimationProgress;

/**
 * pysystemtrade's estimated IDM: instrument correlations of subsystem returns ({@link InstrumentCorrelations}) with
 * the daily instrument weights, capped at {@code instrument_div_mult_estimate.dm_max} and smoothed with span
 * {@code instrument_div_mult_estimate.ewma_span} business days.
 */
public final class EstimatedInstrumentDivMultiplier implements InstrumentDivMultiplierEstimator {

  private final EstimationProgress progress;

  /**
   * Creates the estimator (parameters come from each system's config).
   *
   * @param progress receives progress of the correlation estimates
   */
  public EstimatedInstrumentDivMultiplier(EstimationProgress progress) {
    this.progress = ArgChecker.notNull(progress, "progress");
  }

  @Override
  public TimeSeries estimate(TradingSystem system) {
    SystemConfig c = system.config();
    return DiversificationMultiplier.fromList(InstrumentCorrelations.of(system, progress), system.portfolio()
        .instrumentWeights(), c.getDouble("instrument_div_mult_estimate.ewma_span"),
        c.getDouble("instrument_div_mult_estimate.dm_max"));
  }
}
