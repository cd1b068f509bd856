package org.pystrade.optimisation;

import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.system.Estimators;
import org.pystrade.core.system.EstimatorsProvider;
import org.pystrade.optimisation.fitting.EstimationProgress;

/**
 * Registers {@link PysystemtradeEstimators} with core's {@link java.util.ServiceLoader} lookup, so that
 * {@code TradingSystem.fromYaml} estimates whatever the config asks to estimate when this module is on the class
 * path.
 */
public final class PysystemtradeEstimatorsProvider implements EstimatorsProvider {

  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public PysystemtradeEstimatorsProvider() {
  }

  @Override
  public Estimators estimators(SystemConfig config) {
    return PysystemtradeEstimators.of(config, EstimationProgress.logging());
  }
}
