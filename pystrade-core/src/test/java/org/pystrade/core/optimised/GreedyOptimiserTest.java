package org.pystrade.core.optimised;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The greedy optimisation of one day on hand-checkable cases. */
class GreedyOptimiserTest {

  private static final double[][] IDENTITY_COV = {{0.04, 0.0}, {0.0, 0.04}};

  private static GreedyOptimiser.Day day(double[] optimal, double[] previous, double[] costs, boolean[] reduceOnly) {
    return new GreedyOptimiser.Day(optimal, new double[] {0.1, 0.1}, IDENTITY_COV, costs, previous, reduceOnly);
  }

  @Test
  void withoutCostsRoundsTheOptimumToTheNearestContractsWhenFarFromIt() {
    // previous positions 0, optimum 3.4 and -2.6 contracts: tracking error 0.2 * sqrt(0.34^2 + 0.26^2) > buffer
    double[] out = GreedyOptimiser.optimise(day(new double[] {3.4, -2.6}, new double[] {0, 0}, new double[] {0, 0},
        new boolean[2]), 0.0, 0.0);
    assertThat(out).containsExactly(3.0, -3.0);
  }

  @Test
  void keepsThePreviousPositionsWithinTheTrackingErrorBuffer() {
    double[] out = GreedyOptimiser.optimise(day(new double[] {3.4, -2.6}, new double[] {3, -2}, new double[] {0, 0},
        new boolean[2]), 0.0, 0.05);
    assertThat(out).containsExactly(3.0, -2.0);
  }

  @Test
  void aLargeShadowCostStopsTrading() {
    double[] out = GreedyOptimiser.optimise(day(new double[] {3.4, -2.6}, new double[] {1, 0}, new double[] {1, 1},
        new boolean[2]), 1000.0, 0.0);
    // every one-contract step costs more than the tracking error it removes: the greedy result is the start (no
    // position), which is all zeros, so the previous positions are used
    assertThat(out).containsExactly(1.0, 0.0);
  }

  @Test
  void reduceOnlyInstrumentsCannotGrow() {
    double[] out = GreedyOptimiser.optimise(day(new double[] {5.0, 2.0}, new double[] {2, 0}, new double[] {0, 0},
        new boolean[] {true, false}), 0.0, 0.0);
    assertThat(out[0]).isEqualTo(2.0);
    assertThat(out[1]).isEqualTo(2.0);
  }

  @Test
  void instrumentsWithoutDataGetNoPosition() {
    double[][] cov = {{0.04, Double.NaN}, {Double.NaN, Double.NaN}};
    double[] out = GreedyOptimiser.optimise(new GreedyOptimiser.Day(new double[] {3.4, 2.0}, new double[] {0.1, 0.1},
        cov, new double[] {0, 0}, new double[] {0, 5}, new boolean[2]), 0.0, 0.0);
    // one instrument with a covariance of its own only: no asset has two known values, nothing is optimised
    assertThat(out).containsExactly(0.0, 0.0);
  }

  @Test
  void aNegativeVarianceKeepsThePreviousPositions() {
    double[][] cov = {{-0.04, 0.0}, {0.0, -0.04}};
    double[] out = GreedyOptimiser.optimise(new GreedyOptimiser.Day(new double[] {3.4, 2.0}, new double[] {0.1, 0.1},
        cov, new double[] {0, 0}, new double[] {1, 2}, new boolean[2]), 0.0, 0.0);
    assertThat(out).containsExactly(1.0, 2.0);
  }
}
