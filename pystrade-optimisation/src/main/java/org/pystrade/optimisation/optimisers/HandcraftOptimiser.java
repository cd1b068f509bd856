package org.pystrade.optimisation.optimisers;

import java.util.List;
import org.pystrade.core.config.ConfigException;
import org.pystrade.optimisation.estimators.DiversificationMultiplier;

/**
 * pysystemtrade 1.80's handcrafting ({@code handcraft_optimisation}): portfolios of one or two assets get equal risk
 * weights; larger ones are split into two clusters ({@link Clustering}), each cluster is handcrafted recursively
 * without Sharpe-ratio adjustment, and each cluster's weights are multiplied by half its diversification multiplier
 * (capped at 2.5) — so the result does not sum to one. Unless {@code equalise_SR}, the top-level weights are then
 * adjusted for the assets' Sharpe ratios ({@link SrAdjustment}, which renormalises). Only {@code equalise_vols}
 * true is supported, as in pysystemtrade.
 */
public final class HandcraftOptimiser implements PortfolioOptimiser {

  private static final double DM_MAX = 2.5;

  @Override
  public PortfolioWeights optimise(Estimates estimates, OptimiserParams params) {
    if (!params.equaliseVols()) {
      throw new ConfigException("handcraft optimisation needs equalise_vols: True (non equalised vols are not "
          + "supported, as in pysystemtrade)");
    }
    return riskWeights(estimates, params.equaliseSR(), false);
  }

  private static PortfolioWeights riskWeights(Estimates e, boolean equaliseSR, boolean boring) {
    PortfolioWeights raw;
    if (e.size() <= 2) {
      raw = PortfolioWeights.equal(e.names());
    } else {
      raw = aggregated(e, boring);
    }
    if (equaliseSR || raw.names().size() == 1) {
      return raw;
    }
    double[] adjusted = SrAdjustment.adjust(raw.inOrder(e.names()), e.sharpeRatios(),
        e.correlation().averageCorrelation(), e.dataLengthYears());
    return new PortfolioWeights(e.names(), adjusted);
  }

  private static PortfolioWeights aggregated(Estimates e, boolean boring) {
    List<List<String>> clusters = Clustering.twoClusters(e.correlation(), boring);
    double[] out = new double[e.size()];
    for (List<String> cluster : clusters) {
      Estimates sub = e.subset(cluster);
      PortfolioWeights w = riskWeights(sub, true, boring);
      double dm = DiversificationMultiplier.singlePeriod(sub.correlation(), w.names(), w.weights(), DM_MAX);
      for (int i = 0; i < cluster.size(); i++) {
        out[e.names().indexOf(cluster.get(i))] = 0.5 * dm * w.get(cluster.get(i));
      }
    }
    return new PortfolioWeights(e.names(), out);
  }
}
