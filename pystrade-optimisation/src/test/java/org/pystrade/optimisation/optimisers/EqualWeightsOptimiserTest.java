package org.pystrade.optimisation.optimisers;

/** {@link EqualWeightsOptimiser} against the optimiser contract. */
class EqualWeightsOptimiserTest extends OptimiserContractTest {

  @Override
  PortfolioOptimiser optimiser() {
    return new EqualWeightsOptimiser();
  }
}
