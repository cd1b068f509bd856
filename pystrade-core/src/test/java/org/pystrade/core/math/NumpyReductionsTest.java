package org.pystrade.core.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link NumpyReductions#nanMedian}: selection gives the bits a full sort gives. */
class NumpyReductionsTest {

  /** The median as numpy computes it after sorting (NaN left out). */
  private static double sortedMedian(double[] x) {
    double[] v = Arrays.stream(x).filter(d -> !Double.isNaN(d)).toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
  }

  @Test
  void theMedianIsTheSortedMedianBitForBit() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 3000; trial++) {
      int n = random.nextInt(0, 200);
      double[] x = new double[n];
      int kind = trial % 4;
      for (int i = 0; i < n; i++) {
        double u = random.nextDouble();
        x[i] = switch (kind) {
          case 0 -> random.nextGaussian();
          // few distinct values: long runs of ties, as days without P&L
          case 1 -> random.nextInt(3) - 1.0;
          // signed zeros, NaN and infinities among the values
          case 2 -> u < 0.2 ? 0.0 : u < 0.4 ? -0.0 : u < 0.5 ? Double.NaN : u < 0.55 ? Double.POSITIVE_INFINITY
              : u < 0.6 ? Double.NEGATIVE_INFINITY : random.nextGaussian();
          default -> 0.0;
        };
      }
      double[] copy = x.clone();
      assertThat(Double.doubleToRawLongBits(NumpyReductions.nanMedian(x)))
          .as("trial %d: %s", trial, Arrays.toString(copy))
          .isEqualTo(Double.doubleToRawLongBits(sortedMedian(copy)));
      assertThat(x).as("the input is left as it was").containsExactly(copy);
    }
  }

  @Test
  void sortedAndReversedInputsAndAllEqualValues() {
    double[] up = new double[10_001];
    double[] down = new double[10_000];
    for (int i = 0; i < up.length; i++) {
      up[i] = i;
    }
    for (int i = 0; i < down.length; i++) {
      down[i] = down.length - i;
    }
    double[] same = new double[50_000];
    Arrays.fill(same, 0.25);

    assertThat(NumpyReductions.nanMedian(up)).isEqualTo(5000.0);
    assertThat(NumpyReductions.nanMedian(down)).isEqualTo(5000.5);
    assertThat(NumpyReductions.nanMedian(same)).isEqualTo(0.25);
    assertThat(NumpyReductions.nanMedian(new double[] {Double.NaN, Double.NaN})).isNaN();
  }

  @Test
  void theMedianOfAnArraysFirstValuesLeavesTheRestAlone() {
    double[] buf = {5.0, 1.0, 4.0, 2.0, 99.0, -99.0};

    assertThat(NumpyReductions.median(buf, 4)).isEqualTo(3.0);
    assertThat(buf[4]).isEqualTo(99.0);
    assertThat(buf[5]).isEqualTo(-99.0);
    assertThat(NumpyReductions.median(new double[] {7.0, -1.0, 3.0, 100.0}, 3)).isEqualTo(3.0);
    assertThat(NumpyReductions.median(new double[] {7.0}, 0)).isNaN();
  }
}
