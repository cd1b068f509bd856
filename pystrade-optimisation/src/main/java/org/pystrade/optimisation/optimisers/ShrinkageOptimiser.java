package org.pystrade.optimisation.optimisers;

/**
 * pysystemtrade's {@code shrinkage}: correlations shrunk to their average by {@code shrinkage_corr}, Sharpe ratios
 * shrunk to {@code ann_target_SR} by {@code shrinkage_SR}, then maximum Sharpe ratio weights (with the default
 * target of 0.5 for any Sharpe-ratio equalisation, as pysystemtrade passes the target on no further).
 */
public final class ShrinkageOptimiser implements PortfolioOptimiser {

  @Override
  public PortfolioWeights optimise(Estimates estimates, OptimiserParams params) {
    Estimates e = estimates.withCorrelation(estimates.correlation().shrinkToAverage(params.shrinkageCorr()));
    e = EstimateAdjustments.shrinkMeansToSR(e, params.shrinkageSR(), params.annTargetSR());
    return EstimateAdjustments.optimiseGivenEstimates(e, params.equaliseSR(), 0.5, params.equaliseVols());
  }
}
