package org.pystrade.optimisation.optimisers;

/**
 * One period's portfolio optimisation (pysystemtrade's functions registered in {@code REGISTER_OF_OPTIMISERS}).
 * Implementations receive only assets with usable estimates and are deterministic.
 */
@FunctionalInterface
public interface PortfolioOptimiser {

  /**
   * Optimises.
   *
   * @param estimates the estimates of assets with data (at least one)
   * @param params the optimiser parameters
   * @return one weight per asset, in the estimates' order
   */
  PortfolioWeights optimise(Estimates estimates, OptimiserParams params);
}
