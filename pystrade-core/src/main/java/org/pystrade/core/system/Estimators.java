package org.pystrade.core.system;

import java.util.Optional;
import org.pystrade.core.combination.ForecastDivMultiplierEstimator;
import org.pystrade.core.combination.ForecastWeightEstimator;
import org.pystrade.core.forecast.ForecastScalarEstimator;
import org.pystrade.core.portfolio.InstrumentDivMultiplierEstimator;
import org.pystrade.core.portfolio.InstrumentWeightEstimator;

/**
 * The estimators a system uses where its config asks for estimates instead of fixed values
 * ({@code use_forecast_scale_estimates}, {@code use_forecast_weight_estimates}...), each with its parameters already
 * read from the config by the {@link EstimatorsProvider} that made it. Each is optional: a system with fixed
 * parameters needs none. {@code pystrade-optimisation} provides pysystemtrade's implementations.
 *
 * @param forecastScalar forecast scalar estimator
 * @param forecastWeights forecast weight estimator
 * @param forecastDiversificationMultiplier FDM estimator
 * @param instrumentWeights instrument weight estimator
 * @param instrumentDiversificationMultiplier IDM estimator
 */
public record Estimators(Optional<ForecastScalarEstimator> forecastScalar,
    Optional<ForecastWeightEstimator> forecastWeights,
    Optional<ForecastDivMultiplierEstimator> forecastDiversificationMultiplier,
    Optional<InstrumentWeightEstimator> instrumentWeights,
    Optional<InstrumentDivMultiplierEstimator> instrumentDiversificationMultiplier) {

  private static final Estimators NONE = new Estimators(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty());

  /** Replaces nulls with empty optionals. */
  public Estimators {
    forecastScalar = forecastScalar == null ? Optional.empty() : forecastScalar;
    forecastWeights = forecastWeights == null ? Optional.empty() : forecastWeights;
    forecastDiversificationMultiplier = forecastDiversificationMultiplier == null ? Optional.empty()
        : forecastDiversificationMultiplier;
    instrumentWeights = instrumentWeights == null ? Optional.empty() : instrumentWeights;
    instrumentDiversificationMultiplier = instrumentDiversificationMultiplier == null ? Optional.empty()
        : instrumentDiversificationMultiplier;
  }

  /**
   * No estimators: fixed parameters only.
   *
   * @return the empty set
   */
  public static Estimators none() {
    return NONE;
  }
}
