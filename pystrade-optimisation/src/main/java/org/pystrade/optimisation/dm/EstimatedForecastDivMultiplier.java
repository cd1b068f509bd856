package org.pystrade.optimisation.dm;

import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.estimation.ForecastDivMultiplierEstimator;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.EstimationProgress;

/**
 * pysystemtrade's estimated FDM: forecast correlations ({@link ForecastCorrelations}) with the instrument's daily
 * forecast weights, capped at {@code forecast_div_mult_estimate.dm_max} and smoothed with span
 * {@code forecast_div_mult_estimate.ewma_span} business days.
 */
public final class EstimatedForecastDivMultiplier implements ForecastDivMultiplierEstimator {

  private final EstimationProgress progress;

  /**
   * Creates the estimator (parameters come from each system's config).
   *
   * @param progress receives progress of the correlation estimates
   */
  public EstimatedForecastDivMultiplier(EstimationProgress progress) {
    this.progress = ArgChecker.notNull(progress, "progress");
  }

  @Override
  public TimeSeries estimate(TradingSystem system, InstrumentCode code) {
    SystemConfig c = system.config();
    return DiversificationMultiplier.fromList(ForecastCorrelations.forInstrument(system, code, progress),
        system.combine().forecastWeights(code), c.getDouble("forecast_div_mult_estimate.ewma_span"),
        c.getDouble("forecast_div_mult_estimate.dm_max"));
  }
}
