package org.pystrade.optimisation.optimisers;

/** {@link ShrinkageOptimiser} against the optimiser contract. */
class ShrinkageOptimiserTest extends OptimiserContractTest {

  @Override
  PortfolioOptimiser optimiser() {
    return new ShrinkageOptimiser();
  }
}
