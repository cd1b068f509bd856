package org.pystrade.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CorrelationsOverTimeTest {

  private static final double NAN = Double.NaN;

  private static List<String> names(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("I" + i);
    }
    return out;
  }

  /**
   * A symmetric matrix whose {@code filled} instruments have {@code fill} with every other and {@code self} with
   * themselves (instruments without data, as the cleaned estimate has them), the others random correlations.
   */
  private static double[][] matrix(int n, boolean[] filled, double fill, double self, Random rnd) {
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double v;
        if (i == j) {
          v = filled[i] ? self : 1.0;
        } else if (filled[i] || filled[j]) {
          v = fill;
        } else {
          v = rnd.nextDouble() * 2 - 1;
        }
        m[i][j] = v;
        m[j][i] = v;
      }
    }
    return m;
  }

  private static void assertSameEntries(CorrelationsOverTime c, double[][][] matrices) {
    for (int p = 0; p < matrices.length; p++) {
      int n = matrices[p].length;
      double[][] whole = c.matrix(p);
      boolean finite = true;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          long expected = Double.doubleToRawLongBits(matrices[p][i][j]);
          assertThat(Double.doubleToRawLongBits(c.get(p, i, j))).as("period %d (%d, %d)", p, i, j)
              .isEqualTo(expected);
          assertThat(Double.doubleToRawLongBits(whole[i][j])).as("matrix(%d) (%d, %d)", p, i, j).isEqualTo(expected);
          finite &= Double.isFinite(matrices[p][i][j]);
        }
      }
      assertThat(c.allFinite(p)).as("allFinite(%d)", p).isEqualTo(finite);
    }
  }

  @Test
  void everyEntryIsKeptBitForBitWhateverTheShareOfInstrumentsWithoutData() {
    Random rnd = new Random(42);
    int n = 12;
    List<double[][]> ms = new ArrayList<>();
    // no data at all: every instrument is the fill (pysystemtrade's boring matrix)
    ms.add(matrix(n, filledFirst(n, n), 0.99, 1.0, rnd));
    // instruments starting one by one
    for (int k = n - 1; k >= 0; k--) {
      ms.add(matrix(n, filledFirst(n, k), 0.0, 1.0, rnd));
    }
    // a NaN, a negative zero, an infinity among the known correlations; a NaN fill
    double[][] odd = matrix(n, filledFirst(n, 4), 0.0, 1.0, rnd);
    odd[6][5] = NAN;
    odd[5][6] = NAN;
    odd[7][5] = -0.0;
    odd[5][7] = -0.0;
    odd[9][8] = Double.POSITIVE_INFINITY;
    odd[8][9] = Double.POSITIVE_INFINITY;
    ms.add(odd);
    ms.add(matrix(n, filledFirst(n, 5), NAN, NAN, rnd));
    // filled rows whose diagonal differs from the others': kept in the triangle
    double[][] selfs = matrix(n, filledFirst(n, 6), 0.0, 1.0, rnd);
    selfs[2][2] = 0.5;
    ms.add(selfs);
    // two candidate fills: the commoner is the fill, the other rows are kept
    boolean[] two = filledFirst(n, 5);
    double[][] mixed = matrix(n, two, 0.3, 1.0, rnd);
    for (int j = 0; j < n; j++) {
      if (j != 9 && j != 10) {
        mixed[9][j] = mixed[j][9] = 0.7;
        mixed[10][j] = mixed[j][10] = 0.7;
      }
    }
    mixed[9][10] = mixed[10][9] = 0.7;
    ms.add(mixed);
    double[][][] matrices = ms.toArray(new double[0][][]);
    long[] starts = new long[matrices.length];
    for (int p = 0; p < starts.length; p++) {
      starts[p] = 1_000_000L + 7L * 86_400L * p;
    }
    CorrelationsOverTime c = CorrelationsOverTime.of(names(n), starts, matrices);
    assertThat(c.periods()).isEqualTo(matrices.length);
    assertSameEntries(c, matrices);
    // stored: the triangle of the instruments with data only (none, then one, two...)
    assertThat(c.storedValues(0)).isZero();
    assertThat(c.storedValues(1)).isZero();
    assertThat(c.storedValues(2)).isEqualTo(3);
    assertThat(c.storedValues(n)).isEqualTo(n * (n + 1) / 2);
    assertThat(c.storedValues(n + 1)).as("four without data").isEqualTo(8 * 9 / 2);
    assertThat(c.periodAt(starts[3])).isEqualTo(3);
    assertThat(c.periodAt(starts[3] - 1)).isEqualTo(2);
    assertThat(c.periodAt(starts[0] - 1)).isEqualTo(-1);
  }

  @Test
  void aRandomUniverseIsKeptBitForBit() {
    Random rnd = new Random(7);
    int n = 30;
    double[][][] matrices = new double[40][][];
    long[] starts = new long[matrices.length];
    for (int p = 0; p < matrices.length; p++) {
      boolean[] filled = new boolean[n];
      for (int i = 0; i < n; i++) {
        filled[i] = rnd.nextInt(40) >= p;
      }
      matrices[p] = matrix(n, filled, p % 3 == 0 ? 0.0 : 0.25, 1.0, rnd);
      starts[p] = p * 100L;
    }
    double[][] packed = new double[matrices.length][];
    for (int p = 0; p < matrices.length; p++) {
      packed[p] = new double[n * (n + 1) / 2];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j <= i; j++) {
          packed[p][CorrelationsOverTime.index(i, j)] = matrices[p][i][j];
        }
      }
    }
    assertSameEntries(CorrelationsOverTime.ofLowerTriangles(names(n), starts, packed), matrices);
  }

  @Test
  void periodsMustBeAscendingAndMatricesOfTheirSize() {
    CorrelationsOverTime.Builder b = CorrelationsOverTime.builder(names(2)).add(10, new double[] {1, 0.5, 1});
    assertThatThrownBy(() -> b.add(9, new double[] {1, 0.5, 1})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not ascending");
    assertThatThrownBy(() -> b.add(11, new double[] {1, 0.5})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 2 values, not 3");
    assertThat(b.build().periods()).isEqualTo(1);
  }

  private static boolean[] filledFirst(int n, int k) {
    boolean[] out = new boolean[n];
    for (int i = 0; i < k; i++) {
      out[i] = true;
    }
    return out;
  }
}
