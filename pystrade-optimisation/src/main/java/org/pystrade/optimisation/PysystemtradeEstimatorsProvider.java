package org.pystrade.optimisation;

import org.pystrade.core.estimation.Estimators;
import org.pystrade.core.estimation.EstimatorsProvider;

/**
 * Registers {@link PysystemtradeEstimators#standard()} with core's {@link java.util.ServiceLoader} lookup, so that
 * {@code TradingSystem.fromYaml} estimates whatever the config asks to estimate when this module is on the class
 * path.
 */
public final class PysystemtradeEstimatorsProvider implements EstimatorsProvider {

  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public PysystemtradeEstimatorsProvider() {
  }

  @Override
  public Estimators estimators() {
    return PysystemtradeEstimators.standard();
  }
}
