package org.pystrade.optimisation.dm;

import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.estimation.InstrumentDivMultiplierEstimator;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;

/**
 * pysystemtrade's estimated IDM: instrument correlations of subsystem returns ({@link InstrumentCorrelations}) with
 * the daily instrument weights, capped at {@code instrument_div_mult_estimate.dm_max} and smoothed with span
 * {@code instrument_div_mult_estimate.ewma_span} business days.
 */
public final class EstimatedInstrumentDivMultiplier implements InstrumentDivMultiplierEstimator {

  /** Creates the estimator (parameters come from each system's config). */
  public EstimatedInstrumentDivMultiplier() {
  }

  @Override
  public TimeSeries estimate(TradingSystem system) {
    SystemConfig c = system.config();
    return DiversificationMultiplier.fromList(InstrumentCorrelations.of(system), system.portfolio()
        .instrumentWeights(), c.getDouble("instrument_div_mult_estimate.ewma_span"),
        c.getDouble("instrument_div_mult_estimate.dm_max"));
  }
}
