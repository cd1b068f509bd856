package org.pystrade.optimisation.estimators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimedDataTest {

  /** The window check against a plain scan of every row, on random sparse data and windows. */
  @Test
  void hasValueBetweenAgreesWithAFullScan() {
    Random random = new Random(7);
    int rows = 300;
    long[] times = new long[rows];
    long t = 1_000;
    for (int r = 0; r < rows; r++) {
      t += 1 + random.nextInt(5);
      times[r] = t;
    }
    double[][] cols = new double[4][rows];
    for (int c = 0; c < 4; c++) {
      for (int r = 0; r < rows; r++) {
        cols[c][r] = random.nextDouble() < 0.05 * (c + 1) ? r : Double.NaN;
      }
    }
    TimedData data = new TimedData(times, List.of("a", "b", "c", "d"), cols);
    for (int k = 0; k < 2_000; k++) {
      long from = times[0] - 5 + random.nextInt((int) (times[rows - 1] - times[0] + 10));
      long to = from + random.nextInt(200) - 20;
      boolean[] expected = new boolean[4];
      for (int r = 0; r < rows; r++) {
        if (times[r] >= from && times[r] <= to) {
          for (int c = 0; c < 4; c++) {
            expected[c] |= cols[c][r] == cols[c][r];
          }
        }
      }
      assertThat(data.hasValueBetween(from, to)).as("window [%d, %d]", from, to).isEqualTo(expected);
    }
    assertThat(data.hasValueBetween(Long.MIN_VALUE, Long.MAX_VALUE)).containsExactly(true, true, true, true);
    assertThat(data.hasValueBetween(0, times[0] - 1)).containsExactly(false, false, false, false);
  }
}
