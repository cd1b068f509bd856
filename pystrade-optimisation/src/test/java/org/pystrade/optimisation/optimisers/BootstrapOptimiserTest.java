package org.pystrade.optimisation.optimisers;

/** {@link BootstrapOptimiser} against the optimiser contract. */
class BootstrapOptimiserTest extends OptimiserContractTest {

  @Override
  PortfolioOptimiser optimiser() {
    return new BootstrapOptimiser();
  }
}
