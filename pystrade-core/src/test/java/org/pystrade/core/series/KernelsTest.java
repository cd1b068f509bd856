package org.pystrade.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KernelsTest {

  @Test
  void ewmMeanSpanAdjustedMatchesHandComputation() {
    // span 3 -> alpha 0.5; adjusted weights 1, 0.5, 0.25
    double[] out = Kernels.ewmMean(new double[] {1, 2, 3}, Ewm.span(3));
    assertThat(out[0]).isEqualTo(1.0);
    assertThat(out[1]).isCloseTo((0.5 * 1 + 2) / 1.5, within(1e-15));
    assertThat(out[2]).isCloseTo((0.25 * 1 + 0.5 * 2 + 3) / 1.75, within(1e-15));
  }
}
