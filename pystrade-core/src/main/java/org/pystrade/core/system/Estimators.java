package org.pystrade.core.system;

import java.util.Optional;
import org.pystrade.core.combination.ForecastDivMultiplierEstimator;
import org.pystrade.core.combination.ForecastWeightEstimator;
import org.pystrade.core.forecast.ForecastScalarEstimator;
import org.pystrade.core.portfolio.InstrumentDivMultiplierEstimator;
import org.pystrade.core.portfolio.InstrumentReturnsCorrelationEstimator;
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
 * @param instrumentReturnsCorrelations estimator of the correlations of instrument returns (the risk overlay and
 *     the dynamic optimisation)
 */
public record Estimators(Optional<ForecastScalarEstimator> forecastScalar,
    Optional<ForecastWeightEstimator> forecastWeights,
    Optional<ForecastDivMultiplierEstimator> forecastDiversificationMultiplier,
    Optional<InstrumentWeightEstimator> instrumentWeights,
    Optional<InstrumentDivMultiplierEstimator> instrumentDiversificationMultiplier,
    Optional<InstrumentReturnsCorrelationEstimator> instrumentReturnsCorrelations) {

  private static final Estimators NONE = new Estimators(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Replaces nulls with empty optionals.
   *
   * @param forecastScalar forecast scalar estimator
   * @param forecastWeights forecast weight estimator
   * @param forecastDiversificationMultiplier FDM estimator
   * @param instrumentWeights instrument weight estimator
   * @param instrumentDiversificationMultiplier IDM estimator
   * @param instrumentReturnsCorrelations estimator of the correlations of instrument returns (the risk overlay and
   *         the dynamic optimisation)
   */
  public Estimators {
    forecastScalar = forecastScalar == null ? Optional.empty() : forecastScalar;
    forecastWeights = forecastWeights == null ? Optional.empty() : forecastWeights;
    forecastDiversificationMultiplier = forecastDiversificationMultiplier == null ? Optional.empty()
        : forecastDiversificationMultiplier;
    instrumentWeights = instrumentWeights == null ? Optional.empty() : instrumentWeights;
    instrumentDiversificationMultiplier = instrumentDiversificationMultiplier == null ? Optional.empty()
        : instrumentDiversificationMultiplier;
    instrumentReturnsCorrelations = instrumentReturnsCorrelations == null ? Optional.empty()
        : instrumentReturnsCorrelations;
  }

  /**
   * The estimators without one of the correlations of instrument returns.
   *
   * @param forecastScalar forecast scalar estimator
   * @param forecastWeights forecast weight estimator
   * @param forecastDiversificationMultiplier FDM estimator
   * @param instrumentWeights instrument weight estimator
   * @param instrumentDiversificationMultiplier IDM estimator
   */
  public Estimators(Optional<ForecastScalarEstimator> forecastScalar,
      Optional<ForecastWeightEstimator> forecastWeights,
      Optional<ForecastDivMultiplierEstimator> forecastDiversificationMultiplier,
      Optional<InstrumentWeightEstimator> instrumentWeights,
      Optional<InstrumentDivMultiplierEstimator> instrumentDiversificationMultiplier) {
    this(forecastScalar, forecastWeights, forecastDiversificationMultiplier, instrumentWeights,
        instrumentDiversificationMultiplier, Optional.empty());
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
