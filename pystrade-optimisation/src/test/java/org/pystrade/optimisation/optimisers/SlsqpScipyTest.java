package org.pystrade.optimisation.optimisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * SLSQP and the Sharpe-ratio adjustment against scipy 1.10 to 1e-7 (finite-difference gradients amplify last-bit
 * differences of the objective to about 1e-8; values computed independently with pysystemtrade's
 * formulas in Python: {@code minimize(neg_SR, ..., method="SLSQP", tol=1e-5)}).
 */
class SlsqpScipyTest {

  @Test
  void maxSharpeStopsWhereScipyStops() {
    double[][] corr = {{1, 0.3, 0.5}, {0.3, 1, 0.2}, {0.5, 0.2, 1}};
    double[][] sigma = MaxSharpe.sigma(new double[] {0.1, 0.2, 0.15}, corr);
    double[] w = MaxSharpe.optimise(sigma, new double[] {0.05, 0.08, 0.04});
    // scipy's answer is not the exact optimum (the third weight would be 0): it stops at tolerance
    assertThat(w[0]).isCloseTo(0.7480692720235631, within(1e-7));
    assertThat(w[1]).isCloseTo(0.2471529095183888, within(1e-7));
    assertThat(w[2]).isCloseTo(0.004777818458048084, within(1e-7));
  }

  @Test
  void srMultipliersMatchScipy() {
    assertThat(SrAdjustment.multiplier(0.1, 0.6, 10.0)).isCloseTo(1.2640292789382097, within(1e-7));
    assertThat(SrAdjustment.multiplier(-0.2, 0.3, 3.0)).isCloseTo(0.613716655379161, within(1e-7));
    assertThat(SrAdjustment.multiplier(0.05, 0.9, 40.0)).isCloseTo(1.6011122510362426, within(1e-7));
    assertThat(SrAdjustment.multiplier(0.4, 0.2, 1.5)).isCloseTo(1.1549091945051038, within(1e-7));
  }

  @Test
  void normalQuantileMatchesScipy() {
    assertThat(SrAdjustment.normalPpf(0.2)).isCloseTo(-0.8416212335729142, within(1e-15));
    assertThat(SrAdjustment.normalPpf(0.6000000000000001)).isCloseTo(0.25334710313580006, within(1e-15));
  }
}
