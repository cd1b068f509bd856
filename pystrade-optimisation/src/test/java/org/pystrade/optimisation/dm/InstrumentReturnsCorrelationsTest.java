package org.pystrade.optimisation.dm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pystrade.core.portfolio.CorrelationsOverTime;
import org.pystrade.optimisation.estimators.CorrelationMatrix;

class InstrumentReturnsCorrelationsTest {

  /** The general path: the full matrix, cleaned by CorrelationMatrix, packed. */
  private static double[] general(double[] known, int[] slot, boolean[] mustHaves, double offdiag) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < slot.length; i++) {
      names.add("I" + i);
    }
    CorrelationMatrix m = new CorrelationMatrix(names, InstrumentReturnsCorrelations.unpack(known, slot));
    return InstrumentReturnsCorrelations.pack(m.clean(mustHaves, offdiag).values());
  }

  private static void assertSameBits(double[] expected, double[] actual, String what) {
    assertThat(actual).as(what).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(Double.doubleToRawLongBits(actual[i])).as("%s, entry %d", what, i)
          .isEqualTo(Double.doubleToRawLongBits(expected[i]));
    }
  }

  @Test
  void theTriangleIsCleanedAsTheFullMatrixWouldBeToTheBit() {
    Random rnd = new Random(5);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + rnd.nextInt(30);
      int[] slot = new int[n];
      int k = 0;
      // instruments without data anywhere (often the first ones, as when data starts late)
      double share = rnd.nextDouble();
      for (int i = 0; i < n; i++) {
        slot[i] = rnd.nextDouble() < share ? k++ : -1;
      }
      double missing = trial % 4 == 0 ? 0.0 : rnd.nextDouble() * 0.3;
      double[] known = new double[k * (k + 1) / 2];
      for (int a = 0; a < k; a++) {
        for (int b = 0; b <= a; b++) {
          known[CorrelationsOverTime.index(a, b)] = rnd.nextDouble() < missing ? Double.NaN
              : a == b ? (rnd.nextInt(5) == 0 ? Double.NaN : 1.0) : rnd.nextDouble() * 2 - 1;
        }
      }
      if (trial % 7 == 0) {
        java.util.Arrays.fill(known, Double.NaN);
      }
      boolean[] mustHaves = new boolean[n];
      for (int i = 0; i < n; i++) {
        mustHaves[i] = slot[i] >= 0 ? rnd.nextInt(6) > 0 : rnd.nextInt(6) == 0;
      }
      double offdiag = trial % 3 == 0 ? 0.0 : 0.99;
      assertSameBits(general(known, slot, mustHaves, offdiag),
          InstrumentReturnsCorrelations.cleanedTriangle(known.clone(), slot, mustHaves, offdiag), "trial " + trial);
    }
  }

  @Test
  void aCompleteMatrixIsKeptAsItIsAndAnEmptyOneIsTheBoringMatrix() {
    int[] all = {0, 1, 2};
    double[] complete = {1.0, 0.3, 0.999, -0.2, 0.5, 1.0};
    boolean[] have = {true, true, true};
    assertSameBits(general(complete, all, have, 0.0),
        InstrumentReturnsCorrelations.cleanedTriangle(complete, all, have, 0.0), "complete");
    double[] none = {Double.NaN, Double.NaN, Double.NaN};
    int[] two = {-1, 0, 1};
    assertSameBits(general(none, two, have, 0.25),
        InstrumentReturnsCorrelations.cleanedTriangle(none, two, have, 0.25), "none");
  }
}
