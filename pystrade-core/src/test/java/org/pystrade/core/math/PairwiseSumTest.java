package org.pystrade.core.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairwiseSumTest {

  @Test
  void shortArraysAreSummedInOrder() {
    assertThat(PairwiseSum.sum(new double[0])).isEqualTo(0.0);
    double[] a = {0.1, 0.2, 0.3, 1e16, -1e16, 0.4, 0.5};
    double naive = 0;
    for (double v : a) {
      naive += v;
    }
    assertThat(PairwiseSum.sum(a)).isEqualTo(naive);
  }

  @Test
  void reproducesNumpyBitForBit() {
    // np.array([1.0/(i+1) for i in range(1000)]).sum() == 7.485470860550345 (a plain loop gives ...343)
    double[] h = new double[1000];
    for (int i = 0; i < h.length; i++) {
      h[i] = 1.0 / (i + 1);
    }
    assertThat(PairwiseSum.sum(h)).isEqualTo(7.485470860550345);
    // np.array([((i*7919) % 1000 - 500) / 3.0 for i in range(777)]).sum() == -352.0000000000003
    double[] b = new double[777];
    for (int i = 0; i < b.length; i++) {
      b[i] = ((i * 7919) % 1000 - 500) / 3.0;
    }
    assertThat(PairwiseSum.sum(b)).isEqualTo(-352.0000000000003);
  }

  @Test
  void longArraysAreSummedInNumpysBuffersOf8192() {
    // np.array([((i*7919) % 10007 - 5003) / 7.0 * (1.0 + (i % 13) * 1000.0) for i in range(20000)]).sum()
    // == -48413584.71428569; one pairwise sum over the whole array gives -48413584.71428576
    double[] a = new double[20000];
    for (int i = 0; i < a.length; i++) {
      a[i] = ((i * 7919) % 10007 - 5003) / 7.0 * (1.0 + (i % 13) * 1000.0);
    }
    assertThat(PairwiseSum.sum(a)).isEqualTo(-48413584.71428569);
    assertThat(PairwiseSum.pairwise(a, 0, a.length)).isEqualTo(-48413584.71428576);
  }

  @Test
  void sumsASubRange() {
    double[] a = {100, 1, 2, 3, 100};
    assertThat(PairwiseSum.sum(a, 1, 3)).isEqualTo(6.0);
  }
}
