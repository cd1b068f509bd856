package org.pystrade.optimisation.optimisers;

import org.pystrade.core.math.PairwiseSum;

/**
 * pysystemtrade's Sharpe-ratio adjustment of weights ({@code adjust_weights_for_SR}): each weight is multiplied by
 * the ratio a small parametric bootstrap gives between the weight of an asset whose Sharpe ratio differs from the
 * average by the asset's difference and a 1/N weight (two assets, average SR 0.5, standard deviation 0.15, the
 * 20%, 40%, 60% and 80% points of the distribution of the estimated mean difference given the years of data and
 * the average correlation), and the weights are renormalised.
 */
public final class SrAdjustment {

  private static final double AVG_SR = 0.5;
  private static final double STD = 0.15;
  private static final double[] DIST_POINTS = {0.2, 0.4, 0.6000000000000001, 0.8};
  /**
   * The standard normal quantiles of {@link #DIST_POINTS} exactly as scipy's {@code ndtri} (Cephes) returns them;
   * they differ from the correctly rounded quantiles in the last bit for three of the four points, and SLSQP's
   * finite differences amplify that bit to ~1e-8 in the weights.
   */
  private static final double[] DIST_QUANTILES = {-0x1.aee8fa73a1333p-1, -0x1.036d6c4a04b59p-2,
      0x1.036d6c4a04b5fp-2, 0x1.aee8fa73a1334p-1};

  private SrAdjustment() {
  }

  /**
   * Adjusts weights for Sharpe ratios.
   *
   * @param weights the weights
   * @param sharpeRatios each asset's Sharpe ratio (NaN = unknown, multiplier 1)
   * @param avgCorrelation average correlation
   * @param yearsOfData years of data behind the Sharpe ratios
   * @return the adjusted weights, summing to one
   */
  public static double[] adjust(double[] weights, double[] sharpeRatios, double avgCorrelation, double yearsOfData) {
    if (weights.length == 1) {
      return weights.clone();
    }
    // np.nanmean: numpy's summation order
    double avg = PairwiseSum.nanMean(sharpeRatios);
    double[] out = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      out[i] = weights[i] * multiplier(sharpeRatios[i] - avg, avgCorrelation, yearsOfData);
      total += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i] / total;
    }
    return out;
  }

  /**
   * The weight multiplier for an asset whose Sharpe ratio exceeds the average by {@code srDiff}
   * ({@code mini_bootstrap_ratio_given_SR_diff}); 1 where the ratio's direction disagrees with the difference's.
   *
   * @param srDiff the Sharpe ratio difference
   * @param avgCorrelation average correlation
   * @param yearsOfData years of data
   * @return the multiplier
   */
  public static double multiplier(double srDiff, double avgCorrelation, double yearsOfData) {
    if (srDiff != srDiff) {
      return 1.0;
    }
    double[] total = new double[2];
    for (double quantile : DIST_QUANTILES) {
      double[] w = weightsGivenSrDiff(srDiff, avgCorrelation, quantile, yearsOfData);
      total[0] += w[0];
      total[1] += w[1];
    }
    double avgFirst = total[0] / DIST_POINTS.length;
    double ratio = avgFirst / 0.5;
    if (Math.signum(ratio - 1.0) != Math.signum(srDiff) || ratio != ratio) {
      return 1.0;
    }
    return ratio;
  }

  private static double[] weightsGivenSrDiff(double srDiff, double avgCorrelation, double quantile,
      double yearsOfData) {
    double averageMean = AVG_SR * STD;
    double asset1Mean = (srDiff + AVG_SR) * STD;
    double meanDifference = asset1Mean - averageMean;
    // Python's ** is the C library's pow, not always correctly rounded
    double omegaOne = STD / LibmPow.pow(yearsOfData, 0.5);
    double omegaVarianceDifference = 2 * LibmPow.pow(omegaOne, 2.0) * (1 - avgCorrelation);
    double omegaDifference = LibmPow.pow(omegaVarianceDifference, 0.5);
    double confident = quantile * omegaDifference + meanDifference;
    double[] means = {confident + averageMean, averageMean};
    double[][] corr = {{1.0, avgCorrelation}, {avgCorrelation, 1.0}};
    double[][] sigma = MaxSharpe.sigma(new double[] {STD, STD}, corr);
    return MaxSharpe.optimise(sigma, means);
  }
}
