package org.pystrade.optimisation.optimisers;

/** {@link OnePeriodOptimiser} against the optimiser contract. */
class OnePeriodOptimiserTest extends OptimiserContractTest {

  @Override
  PortfolioOptimiser optimiser() {
    return new OnePeriodOptimiser();
  }
}
