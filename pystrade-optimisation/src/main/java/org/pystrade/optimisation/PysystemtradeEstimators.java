package org.pystrade.optimisation;

import java.util.Optional;
import org.pystrade.core.estimation.Estimators;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.dm.EstimatedForecastDivMultiplier;
import org.pystrade.optimisation.dm.EstimatedInstrumentDivMultiplier;
import org.pystrade.optimisation.scalar.PooledForecastScalarEstimator;

/**
 * pysystemtrade 1.80's estimators as one core {@link Estimators}: pooled forecast scalars
 * ({@code forecast_scalar_estimate}), and forecast and instrument diversification multipliers from estimated
 * correlations ({@code forecast_correlation_estimate}, {@code instrument_correlation_estimate},
 * {@code *_div_mult_estimate}). Every parameter is read from the system's config when it is used.
 *
 * <p>Forecast and instrument weight estimation (pysystemtrade's optimisers) is not provided yet: a config with
 * {@code use_forecast_weight_estimates} or {@code use_instrument_weight_estimates} true needs weight estimators set
 * on the system builder, otherwise core reports a {@code ConfigException} naming the key.
 */
public final class PysystemtradeEstimators {

  private PysystemtradeEstimators() {
  }

  /**
   * The standard estimators, reporting progress through SLF4J.
   *
   * @return the estimators
   */
  public static Estimators standard() {
    return standard(EstimationProgress.logging());
  }

  /**
   * The standard estimators with a progress listener.
   *
   * @param progress receives progress of long estimations
   * @return the estimators
   */
  public static Estimators standard(EstimationProgress progress) {
    ArgChecker.notNull(progress, "progress");
    return new Estimators(Optional.of(new PooledForecastScalarEstimator()), Optional.empty(),
        Optional.of(new EstimatedForecastDivMultiplier(progress)), Optional.empty(),
        Optional.of(new EstimatedInstrumentDivMultiplier(progress)));
  }
}
