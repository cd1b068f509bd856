package org.pystrade.optimisation.optimisers;

/**
 * pysystemtrade's {@code equal_weights}: 1/N.
 */
public final class EqualWeightsOptimiser implements PortfolioOptimiser {

  @Override
  public PortfolioWeights optimise(Estimates estimates, OptimiserParams params) {
    return PortfolioWeights.equal(estimates.names());
  }
}
