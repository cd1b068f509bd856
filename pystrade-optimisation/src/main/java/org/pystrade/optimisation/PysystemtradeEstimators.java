package org.pystrade.optimisation;

import java.util.Optional;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.system.Estimators;
import org.pystrade.core.system.EstimatorsProvider;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.dm.EstimatedForecastDivMultiplier;
import org.pystrade.optimisation.dm.EstimatedInstrumentDivMultiplier;
import org.pystrade.optimisation.dm.InstrumentReturnsCorrelations;
import org.pystrade.optimisation.fitting.EstimationProgress;
import org.pystrade.optimisation.scalar.ForecastScalarParams;
import org.pystrade.optimisation.scalar.PooledForecastScalarEstimator;
import org.pystrade.optimisation.weights.EstimatedForecastWeights;
import org.pystrade.optimisation.weights.EstimatedInstrumentWeights;

/**
 * pysystemtrade 1.80's estimators: pooled forecast scalars ({@code forecast_scalar_estimate}), forecast and
 * instrument diversification multipliers from estimated correlations ({@code forecast_correlation_estimate},
 * {@code instrument_correlation_estimate}, {@code *_div_mult_estimate}), and forecast and instrument weights from
 * pysystemtrade's optimisers ({@code forecast_weight_estimate}, {@code instrument_weight_estimate}, selected by
 * {@code method:}). Each estimator the config switches on ({@code use_*_estimates}) is made with its parameters read
 * and checked when the system is built.
 */
public final class PysystemtradeEstimators {

  private PysystemtradeEstimators() {
  }

  /**
   * The standard estimators, reporting progress through SLF4J.
   *
   * @return the maker of the estimators
   */
  public static EstimatorsProvider standard() {
    return standard(EstimationProgress.logging());
  }

  /**
   * The standard estimators with a progress listener.
   *
   * @param progress receives progress of long estimations
   * @return the maker of the estimators
   */
  public static EstimatorsProvider standard(EstimationProgress progress) {
    ArgChecker.notNull(progress, "progress");
    return config -> of(config, progress);
  }

  /**
   * The estimators a config switches on.
   *
   * @param config the config
   * @param progress receives progress of long estimations
   * @return the estimators
   */
  public static Estimators of(SystemConfig config, EstimationProgress progress) {
    return new Estimators(
        config.getBoolean("use_forecast_scale_estimates")
            ? Optional.of(new PooledForecastScalarEstimator(ForecastScalarParams.fromConfig(config)))
            : Optional.empty(),
        config.getBoolean("use_forecast_weight_estimates")
            ? Optional.of(new EstimatedForecastWeights(config, progress)) : Optional.empty(),
        config.getBoolean("use_forecast_div_mult_estimates")
            ? Optional.of(new EstimatedForecastDivMultiplier(config, progress)) : Optional.empty(),
        config.getBoolean("use_instrument_weight_estimates")
            ? Optional.of(new EstimatedInstrumentWeights(config, progress)) : Optional.empty(),
        config.getBoolean("use_instrument_div_mult_estimates")
            ? Optional.of(new EstimatedInstrumentDivMultiplier(config, progress)) : Optional.empty(),
        Optional.of(new InstrumentReturnsCorrelations(config, progress)));
  }
}
