package org.pystrade.optimisation.optimisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.optimisation.estimators.CorrelationMatrix;

/**
 * The contract every optimiser honours, run against each implementation: weights for exactly the assets given,
 * non-negative, finite, deterministic, and summing to one (handcrafting with equalised Sharpe ratios returns
 * risk weights scaled by cluster diversification multipliers, which the combination stage normalises, so its
 * weights are normalised here before the sum check).
 */
abstract class OptimiserContractTest {

  /** The optimiser under test. */
  abstract PortfolioOptimiser optimiser();

  /** Whether the optimiser's raw weights sum to one. */
  boolean sumsToOne() {
    return true;
  }

  static Estimates fourAssets() {
    double[][] c = {{1, 0.8, 0.1, 0.2}, {0.8, 1, 0.15, 0.1}, {0.1, 0.15, 1, 0.6}, {0.2, 0.1, 0.6, 1}};
    return new Estimates(new CorrelationMatrix(List.of("a", "b", "c", "d"), c), new double[] {0.05, 0.08, 0.03, 0.06},
        new double[] {0.1, 0.2, 0.15, 0.12}, 520, 365.25 / 7);
  }

  @Test
  void weightsAreNonNegativeFiniteAndSumToOne() {
    for (boolean eqSR : new boolean[] {true, false}) {
      OptimiserParams p = OptimiserParams.builder().equaliseSR(eqSR).monteRuns(20).build();
      PortfolioWeights w = optimiser().optimise(fourAssets(), p);
      assertThat(w.names()).containsExactly("a", "b", "c", "d");
      double sum = 0;
      for (double x : w.weights()) {
        assertThat(x).isFinite().isGreaterThanOrEqualTo(-1e-12);
        sum += x;
      }
      if (sumsToOne() || !eqSR) {
        assertThat(sum).isCloseTo(1.0, within(1e-9));
      } else {
        assertThat(sum).isPositive();
      }
    }
  }

  @Test
  void deterministic() {
    OptimiserParams p = OptimiserParams.builder().monteRuns(20).build();
    assertThat(optimiser().optimise(fourAssets(), p)).isEqualTo(optimiser().optimise(fourAssets(), p));
  }

  @Test
  void singleAssetGetsEverything() {
    Estimates one = fourAssets().subset(List.of("c"));
    OptimiserParams p = OptimiserParams.builder().monteRuns(10).build();
    assertThat(optimiser().optimise(one, p).weights()[0]).isCloseTo(1.0, within(1e-9));
  }
}
