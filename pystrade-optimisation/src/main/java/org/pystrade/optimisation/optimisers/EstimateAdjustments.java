package org.pystrade.optimisation.optimisers;

import java.util.Arrays;
import org.pystrade.core.math.PairwiseSum;

/**
 * pysystemtrade's processing of estimates before mean-variance optimisation ({@code equalise_estimates},
 * {@code shrink_means_to_SR}) and the optimisation itself ({@code optimise_given_estimates}).
 */
public final class EstimateAdjustments {

  private EstimateAdjustments() {
  }

  /**
   * Equalises volatilities (scaling each asset to the average volatility) and then, if asked, Sharpe ratios (mean =
   * target SR x standard deviation).
   *
   * @param e the estimates
   * @param equaliseSR whether to equalise Sharpe ratios
   * @param annTargetSR the target Sharpe ratio
   * @param equaliseVols whether to equalise volatilities
   * @return the adjusted estimates
   */
  public static Estimates equalise(Estimates e, boolean equaliseSR, double annTargetSR, boolean equaliseVols) {
    double[] mean = e.mean().clone();
    double[] stdev = e.stdev().clone();
    int n = mean.length;
    if (equaliseVols) {
      double avg = PairwiseSum.nanMean(stdev);
      if (avg != avg) {
        Arrays.fill(mean, Double.NaN);
      } else {
        for (int i = 0; i < n; i++) {
          double factor = stdev[i] / avg;
          mean[i] = mean[i] / factor;
          stdev[i] = stdev[i] / factor;
        }
      }
    }
    if (equaliseSR) {
      for (int i = 0; i < n; i++) {
        mean[i] = annTargetSR * stdev[i];
      }
    }
    return e.withMeanAndStdev(mean, stdev);
  }

  /**
   * Shrinks Sharpe ratios towards a target: {@code SR' = shrinkage x target + (1 - shrinkage) x SR}.
   *
   * @param e the estimates
   * @param shrinkageSR the shrinkage
   * @param targetSR the target
   * @return the estimates with shrunk means
   */
  public static Estimates shrinkMeansToSR(Estimates e, double shrinkageSR, double targetSR) {
    double[] mean = new double[e.size()];
    boolean any = false;
    for (int i = 0; i < mean.length; i++) {
      double sr = e.mean()[i] / e.stdev()[i];
      any |= sr == sr;
      mean[i] = ((shrinkageSR * targetSR) + (1 - shrinkageSR) * sr) * e.stdev()[i];
    }
    if (!any) {
      Arrays.fill(mean, Double.NaN);
    }
    return e.withMeanAndStdev(mean, e.stdev());
  }

  /**
   * Mean-variance optimisation of equalised estimates ({@code optimise_given_estimates}).
   *
   * @param e the estimates
   * @param equaliseSR whether to equalise Sharpe ratios
   * @param annTargetSR the target Sharpe ratio
   * @param equaliseVols whether to equalise volatilities
   * @return the weights
   */
  public static PortfolioWeights optimiseGivenEstimates(Estimates e, boolean equaliseSR, double annTargetSR,
      boolean equaliseVols) {
    Estimates eq = equalise(e, equaliseSR, annTargetSR, equaliseVols);
    double[][] sigma = MaxSharpe.sigma(eq.stdev(), eq.correlation().toArray());
    return new PortfolioWeights(eq.names(), MaxSharpe.optimise(sigma, eq.mean()));
  }
}
