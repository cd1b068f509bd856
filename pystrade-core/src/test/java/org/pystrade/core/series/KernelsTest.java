package org.pystrade.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Series kernels against hand computations and against values pandas 1.5 printed for the same inputs
 * ({@code x = [1, 2, nan, 4, 3, 7, nan, nan, 5, 6]}).
 */
class KernelsTest {

  private static final double N = Double.NaN;
  private static final double[] X = {1, 2, N, 4, 3, 7, N, N, 5, 6};

  private static void assertSeries(double[] actual, double[] expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      if (Double.isNaN(expected[i])) {
        assertThat(actual[i]).as("row %s", i).isNaN();
      } else {
        assertThat(actual[i]).as("row %s", i).isCloseTo(expected[i], within(1e-15 * Math.max(1, Math.abs(expected[i]))));
      }
    }
  }

  @Test
  void ewmMeanSpanAdjustedMatchesHandComputation() {
    // span 3 -> alpha 0.5; adjusted weights 1, 0.5, 0.25
    double[] out = Kernels.ewmMean(new double[] {1, 2, 3}, Ewm.span(3));
    assertThat(out[0]).isEqualTo(1.0);
    assertThat(out[1]).isCloseTo((0.5 * 1 + 2) / 1.5, within(1e-15));
    assertThat(out[2]).isCloseTo((0.25 * 1 + 0.5 * 2 + 3) / 1.75, within(1e-15));
  }

  @Test
  void ewmMeanComWithGapsMatchesPandas() {
    assertSeries(Kernels.ewmMean(X, Ewm.com(2)), new double[] {1.0, 1.6, 1.6, 2.9787234042553195,
        2.988571428571429, 4.632377740303541, 4.632377740303541, 4.632377740303541, 4.845731977001327,
        5.382923888113872});
  }

  @Test
  void ewmStdWithMinPeriodsMatchesPandas() {
    assertSeries(Kernels.ewmStd(X, Ewm.span(3).withMinPeriods(2)), new double[] {N, 0.7071067811865476,
        0.7071067811865476, 1.6290629680421056, 0.9465936847245476, 2.5265940113740957, 2.5265940113740957,
        2.5265940113740957, 1.5077002928832286, 0.9791658947977511});
  }

  @Test
  void infiniteValuesAreMissingInWindows() {
    double[] withInf = X.clone();
    withInf[2] = Double.POSITIVE_INFINITY;
    assertThat(Kernels.ewmMean(withInf, Ewm.com(2))).containsExactly(Kernels.ewmMean(X, Ewm.com(2)));
  }

  @Test
  void rollingQuantileMatchesPandas() {
    assertSeries(Kernels.rollingQuantile(X, 4, 2, 0.3), new double[] {N, 1.3, 1.3, 1.6, 2.6, 3.6, 3.6, 4.2, 5.6,
        5.3});
  }

  /** Each window sorted afresh: the definition the kernel must reproduce to the bit. */
  private static double[] sortedWindowQuantile(double[] input, int window, int minPeriods, double q) {
    double[] out = new double[input.length];
    for (int i = 0; i < input.length; i++) {
      double[] w = new double[window];
      int count = 0;
      for (int j = Math.max(0, i - window + 1); j <= i; j++) {
        double v = input[j];
        if (v == v && !Double.isInfinite(v)) {
          w[count++] = v;
        }
      }
      Arrays.sort(w, 0, count);
      out[i] = count >= Math.max(minPeriods, 1) ? Kernels.quantileSorted(w, count, q) : N;
    }
    return out;
  }

  @Test
  void rollingQuantileIsTheQuantileOfEachSortedWindowToTheBit() {
    SplittableRandom rnd = new SplittableRandom(17);
    double[] x = new double[3000];
    for (int i = 0; i < x.length; i++) {
      int kind = rnd.nextInt(40);
      // repeated values, signed zeros, gaps and infinities among random values
      x[i] = kind == 0 ? N : kind == 1 ? Double.POSITIVE_INFINITY : kind == 2 ? -0.0 : kind == 3 ? 0.0
          : kind < 12 ? Math.round(rnd.nextGaussian() * 4) / 4.0 : rnd.nextGaussian();
    }
    for (int window : new int[] {1, 7, 500}) {
      for (double q : new double[] {0, 0.05, 0.3, 0.5, 1}) {
        double[] expected = sortedWindowQuantile(x, window, 3, q);
        double[] actual = Kernels.rollingQuantile(x, window, 3, q);
        for (int i = 0; i < x.length; i++) {
          assertThat(Double.doubleToRawLongBits(actual[i])).as("window %s, q %s, row %s", window, q, i)
              .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
      }
    }
    assertThat(Kernels.rollingQuantile(new double[0], 5, 1, 0.5)).isEmpty();
    assertThat(Kernels.rollingQuantile(new double[] {N, N}, 5, 1, 0.5)).containsExactly(N, N);
  }

  @Test
  void ewmMeansAreEachEwmMeanToTheBit() {
    SplittableRandom rnd = new SplittableRandom(5);
    int rows = 700;
    Ewm[] windows = {Ewm.span(2), Ewm.span(16).withMinPeriods(1), Ewm.com(90), Ewm.span(125).withMinPeriods(3),
        Ewm.span(64).withMinPeriods(1), Ewm.com(250).withMinPeriods(2), Ewm.span(4), Ewm.span(30), Ewm.com(1)};
    double[][] inputs = new double[windows.length][rows];
    for (double[] x : inputs) {
      for (int i = 0; i < rows; i++) {
        int kind = rnd.nextInt(30);
        // gaps, infinities, runs of one value (the mean then stays that value) among random values
        x[i] = kind == 0 ? N : kind == 1 ? Double.NEGATIVE_INFINITY : kind < 10 && i > 0 ? x[i - 1]
            : rnd.nextGaussian();
      }
    }
    // every count of inputs from none to nine: groups of four, a pair and a single one
    for (int n = 0; n <= windows.length; n++) {
      double[][] in = Arrays.copyOf(inputs, n);
      double[][] means = Kernels.ewmMeans(in, Arrays.copyOf(windows, n));
      assertThat(means).hasNumberOfRows(n);
      for (int k = 0; k < n; k++) {
        double[] expected = Kernels.ewmMean(inputs[k], windows[k]);
        for (int i = 0; i < rows; i++) {
          assertThat(Double.doubleToRawLongBits(means[k][i])).as("%s inputs, input %s, row %s", n, k, i)
              .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
      }
    }
    // written over their inputs: the same bits
    double[][] copies = new double[windows.length][];
    for (int k = 0; k < copies.length; k++) {
      copies[k] = inputs[k].clone();
    }
    double[][] given = copies.clone();
    Kernels.ewmMeansInPlace(copies, windows);
    for (int k = 0; k < copies.length; k++) {
      assertThat(copies[k]).isSameAs(given[k]).isEqualTo(Kernels.ewmMean(inputs[k], windows[k]));
    }
    assertThatThrownBy(() -> Kernels.ewmMeansInPlace(new double[][] {copies[0], copies[0]}, new Ewm[] {windows[0],
        windows[1]})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one array");
    // the same array twice, as the two means of an ewmac
    double[][] pair = Kernels.ewmMeans(new double[][] {inputs[0], inputs[0]}, new Ewm[] {windows[1], windows[4]});
    assertThat(pair[0]).isEqualTo(Kernels.ewmMean(inputs[0], windows[1]));
    assertThat(pair[1]).isEqualTo(Kernels.ewmMean(inputs[0], windows[4]));
    assertThatThrownBy(() -> Kernels.ewmMeans(new double[][] {inputs[0], new double[3]}, new Ewm[] {windows[0],
        windows[1]})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one length");
  }

  @Test
  void rollingMaxMatchesPandas() {
    assertSeries(Kernels.rollingMax(X, 3, 1), new double[] {1, 2, 2, 4, 4, 7, 7, 7, 5, 6});
    assertSeries(Kernels.rollingMin(X, 3, 1), new double[] {1, 1, 1, 2, 3, 3, 3, 7, 5, 5});
  }

  @Test
  void rollingMeanAndStdMatchPandasToTheBit() {
    assertSeries(Kernels.rollingMean(X, 4, 2), new double[] {N, 1.5, 1.5, 2.3333333333333335, 3.0,
        4.666666666666667, 4.666666666666667, 5.0, 6.0, 5.5});
    double[] std = Kernels.rollingStd(X, 4, 2);
    double[] pandas = {N, 0.7071067811865476, 0.7071067811865476, 1.5275252316519465, 0.9999999999999998,
        2.0816659994661326, 2.0816659994661326, 2.82842712474619, 1.414213562373094, 0.7071067811865457};
    for (int i = 1; i < pandas.length; i++) {
      assertThat(std[i]).as("row %s", i).isEqualTo(pandas[i]);
    }
  }

  @Test
  void diffShiftCumsumFfill() {
    double[] x = {1, N, 4, 6};
    assertThat(Kernels.diff(x)).containsExactly(N, N, N, 2);
    assertThat(Kernels.shift(x, 1)).containsExactly(N, 1, N, 4);
    assertThat(Kernels.shift(x, -1)).containsExactly(N, 4, 6, N);
    assertThat(Kernels.cumsum(x)).containsExactly(1, N, 5, 11);
    assertThat(Kernels.ffill(new double[] {N, 1, N, 3})).containsExactly(N, 1, 1, 3);
  }
}
