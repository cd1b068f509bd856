package org.pystrade.optimisation.optimisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.optimisation.estimators.CorrelationMatrix;
import org.pystrade.optimisation.weights.OptimiseOverTime;

/** Handcrafting and clustering on inputs whose answers follow by hand. */
class HandcraftHandCheckedTest {

  @Test
  void clustersTheTwoCorrelatedPairsAndScalesByTheirMultipliers() {
    Estimates e = OptimiserContractTest.fourAssets();
    assertThat(Clustering.twoClusters(e.correlation(), false))
        .containsExactly(List.of("a", "b"), List.of("c", "d"));
    PortfolioWeights w = new HandcraftOptimiser().optimise(e, OptimiserParams.builder().equaliseSR(true).build());
    // pair (a,b), corr 0.8: 0.5 x 1/sqrt(0.5^2 x 2 + 2 x 0.25 x 0.8) x 0.5 each
    double dmAb = 1.0 / Math.sqrt(0.5 + 0.5 * 0.8);
    double dmCd = 1.0 / Math.sqrt(0.5 + 0.5 * 0.6);
    assertThat(w.get("a")).isCloseTo(0.25 * dmAb, within(1e-15));
    assertThat(w.get("d")).isCloseTo(0.25 * dmCd, within(1e-15));
  }

  @Test
  void tiesFallBackToTheArbitrarySplit() {
    // every distance equal: scipy's fcluster gives five clusters, pysystemtrade then alternates
    CorrelationMatrix boring = CorrelationMatrix.boring(List.of("a", "b", "c", "d", "e"), 0.5);
    assertThat(Clustering.twoClusters(boring, false)).containsExactly(List.of("a", "c", "e"), List.of("b", "d"));
    assertThat(Clustering.twoClusters(boring, true)).containsExactly(List.of("a", "c", "e"), List.of("b", "d"));
  }

  @Test
  void tiedDistancesAreMergedAsScipysNearestNeighbourChainMergesThem() {
    // scipy 1.15: fcluster(linkage(pdist(c), "complete"), L[4][2] - 1e-6, "distance") == [1, 2, 1, 1, 2, 2];
    // merging the globally closest pair first would give {a, b, e} and {c, d, f}
    double[][] c = {{1.0, 0.25, 0.25, 0.25, 0.25, 0.0}, {0.25, 1.0, 0.25, 0.0, 0.5, 0.25},
        {0.25, 0.25, 1.0, 0.5, 0.0, 0.25}, {0.25, 0.0, 0.5, 1.0, 0.0, 0.25}, {0.25, 0.5, 0.0, 0.0, 1.0, 0.25},
        {0.0, 0.25, 0.25, 0.25, 0.25, 1.0}};
    CorrelationMatrix m = new CorrelationMatrix(List.of("a", "b", "c", "d", "e", "f"), c);
    assertThat(Clustering.twoClusters(m, false)).containsExactly(List.of("a", "c", "d"), List.of("b", "e", "f"));
  }

  @Test
  void cleaningSharesHalfAProRataWeight() {
    // pysystemtrade's documented example: [0.4, 0.6, nan] with fraction 0.5 -> [1/3, 1/2, 1/6]
    double[] w = OptimiseOverTime.clean(new double[] {0.4, 0.6, Double.NaN},
        new boolean[] {true, true, true}, 0.5);
    assertThat(w[0]).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(w[1]).isCloseTo(0.5, within(1e-15));
    assertThat(w[2]).isCloseTo(1.0 / 6, within(1e-15));
  }
}
