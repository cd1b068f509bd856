package org.pystrade.optimisation.optimisers;

import java.util.Arrays;
import java.util.List;
import org.pystrade.core.util.ArgChecker;

/**
 * Weights of named assets (pysystemtrade's {@code portfolioWeights}); a weight may be NaN for an asset the optimiser
 * had no data for.
 *
 * @param names the asset names
 * @param weights one weight per name (copied)
 */
public record PortfolioWeights(List<String> names, double[] weights) {

  /**
   * Validates and copies.
   *
   * @param names the asset names
   * @param weights one weight per name (copied)
   */
  public PortfolioWeights {
    names = List.copyOf(names);
    ArgChecker.isTrue(weights.length == names.size(), "{} weights for {} names", weights.length, names.size());
    weights = weights.clone();
  }

  /**
   * Equal weights ({@code one_over_n_weights_given_asset_names}).
   *
   * @param names the assets
   * @return 1/n each
   */
  public static PortfolioWeights equal(List<String> names) {
    double[] w = new double[names.size()];
    Arrays.fill(w, 1.0 / names.size());
    return new PortfolioWeights(names, w);
  }

  /**
   * The weight of one asset.
   *
   * @param name the asset
   * @return the weight
   */
  public double get(String name) {
    int i = names.indexOf(name);
    ArgChecker.isTrue(i >= 0, "no weight for {}", name);
    return weights[i];
  }

  /**
   * The weights in another order (every name must be present).
   *
   * @param order the names wanted
   * @return the weights in that order
   */
  public double[] inOrder(List<String> order) {
    double[] out = new double[order.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = get(order.get(i));
    }
    return out;
  }

  /**
   * The sum of the non-NaN weights.
   *
   * @return the sum
   */
  public double sum() {
    double s = 0;
    for (double w : weights) {
      if (w == w) {
        s += w;
      }
    }
    return s;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < weights.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append(weights[i]);
    }
    return sb.append('}').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PortfolioWeights p && p.names.equals(names) && Arrays.equals(p.weights, weights);
  }

  @Override
  public int hashCode() {
    return names.hashCode() * 31 + Arrays.hashCode(weights);
  }
}
