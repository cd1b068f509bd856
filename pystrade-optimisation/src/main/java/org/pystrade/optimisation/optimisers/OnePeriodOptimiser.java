package org.pystrade.optimisation.optimisers;

/**
 * pysystemtrade's {@code one_period}: maximum Sharpe ratio weights from the (equalised) estimates.
 */
public final class OnePeriodOptimiser implements PortfolioOptimiser {

  @Override
  public PortfolioWeights optimise(Estimates estimates, OptimiserParams params) {
    return EstimateAdjustments.optimiseGivenEstimates(estimates, params.equaliseSR(), params.annTargetSR(),
        params.equaliseVols());
  }
}
