package org.pystrade.optimisation.dm;

import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.combination.ForecastCombineInputs;
import org.pystrade.core.combination.ForecastDivMultiplierEstimator;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.estimators.DiversificationMultiplier;
import org.pystrade.optimisation.fitting.EstimationProgress;

/**
 * pysystemtrade's estimated FDM: forecast correlations ({@link ForecastCorrelations}) with the instrument's daily
 * forecast weights, capped at {@code forecast_div_mult_estimate.dm_max} and smoothed with span
 * {@code forecast_div_mult_estimate.ewma_span} business days.
 */
public final class EstimatedForecastDivMultiplier implements ForecastDivMultiplierEstimator {

  private final EstimationProgress progress;
  private final ForecastCorrelations correlations;
  private final double ewmaSpan;
  private final double dmMax;

  /**
   * Creates the estimator with the parameters of a config ({@code forecast_correlation_estimate},
   * {@code forecast_div_mult_estimate}).
   *
   * @param config the config
   * @param progress receives progress of the correlation estimates
   */
  public EstimatedForecastDivMultiplier(SystemConfig config, EstimationProgress progress) {
    this.progress = ArgChecker.notNull(progress, "progress");
    this.correlations = new ForecastCorrelations(config);
    this.ewmaSpan = config.getDouble("forecast_div_mult_estimate.ewma_span");
    this.dmMax = config.getDouble("forecast_div_mult_estimate.dm_max");
  }

  @Override
  public TimeSeries estimate(ForecastCombineInputs inputs, ForecastCombine combine, InstrumentCode code) {
    return DiversificationMultiplier.fromList(correlations.forInstrument(inputs, combine, code, progress),
        combine.forecastWeights(code), ewmaSpan, dmMax);
  }
}
