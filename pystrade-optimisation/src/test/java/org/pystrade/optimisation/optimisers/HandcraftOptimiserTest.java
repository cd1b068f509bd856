package org.pystrade.optimisation.optimisers;

/** {@link HandcraftOptimiser} against the optimiser contract. */
class HandcraftOptimiserTest extends OptimiserContractTest {

  @Override
  PortfolioOptimiser optimiser() {
    return new HandcraftOptimiser();
  }

  @Override
  boolean sumsToOne() {
    return false;
  }
}
