package org.pystrade.optimisation;

import java.util.Optional;
import org.pystrade.core.estimation.Estimators;
import org.pystrade.optimisation.dm.EstimatedForecastDivMultiplier;
import org.pystrade.optimisation.dm.EstimatedInstrumentDivMultiplier;
import org.pystrade.optimisation.scalar.PooledForecastScalarEstimator;

/**
 * pysystemtrade 1.80's estimators as one core {@link Estimators}: pooled forecast scalars, forecast and instrument
 * weights by the optimiser the config names ({@code method: handcraft} by default), and diversification
 * multipliers from estimated correlations. Every parameter is read from the system's config when it is used.
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
    return new Estimators(Optional.of(new PooledForecastScalarEstimator()), Optional.empty(),
        Optional.of(new EstimatedForecastDivMultiplier()), Optional.empty(),
        Optional.of(new EstimatedInstrumentDivMultiplier()));
  }
}
