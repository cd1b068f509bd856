package org.pystrade.optimisation;

import java.util.Optional;
import org.pystrade.core.estimation.Estimators;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.dm.EstimatedForecastDivMultiplier;
import org.pystrade.optimisation.dm.EstimatedInstrumentDivMultiplier;
import org.pystrade.optimisation.scalar.PooledForecastScalarEstimator;
import org.pystrade.optimisation.weights.EstimatedForecastWeights;
import org.pystrade.optimisation.weights.EstimatedInstrumentWeights;

/**
 * pysystemtrade 1.80's estimators as one core {@link Estimators}: pooled forecast scalars
 * ({@code forecast_scalar_estimate}), and forecast and instrument diversification multipliers from estimated
 * correlations ({@code forecast_correlation_estimate}, {@code instrument_correlation_estimate},
 * {@code *_div_mult_estimate}), and forecast and instrument weights from pysystemtrade's optimisers
 * ({@code forecast_weight_estimate}, {@code instrument_weight_estimate}, selected by {@code method:}). Every
 * parameter is read from the system's config when it is used.
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
    return new Estimators(Optional.of(new PooledForecastScalarEstimator()),
        Optional.of(new EstimatedForecastWeights(progress)),
        Optional.of(new EstimatedForecastDivMultiplier(progress)), Optional.of(new EstimatedInstrumentWeights(progress)),
        Optional.of(new EstimatedInstrumentDivMultiplier(progress)));
  }
}
