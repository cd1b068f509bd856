package org.pystrade.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Exported numbers read back as the same doubles, and look as pysystemtrade's CSVs do. */
class CsvNumbersTest {

  @Test
  void everyDoubleRoundTrips() {
    Random rnd = new Random(42);
    for (int i = 0; i < 200_000; i++) {
      double v = switch (i % 4) {
        case 0 -> rnd.nextGaussian() * Math.pow(10, rnd.nextInt(30) - 15);
        case 1 -> Double.longBitsToDouble(rnd.nextLong());
        case 2 -> Math.rint(rnd.nextGaussian() * 1e6);
        default -> rnd.nextDouble();
      };
      if (Double.isNaN(v)) {
        continue;
      }
      String text = CsvNumbers.format(v);
      assertThat(Double.parseDouble(text)).as(text).isEqualTo(v);
    }
  }

  @Test
  void formatsLikePysystemtradeExports() {
    assertThat(CsvNumbers.format(Double.NaN)).isEmpty();
    assertThat(CsvNumbers.format(659.75)).isEqualTo("659.75");
    assertThat(CsvNumbers.format(0.0)).isEqualTo("0");
    assertThat(CsvNumbers.format(-1.0)).isEqualTo("-1");
    assertThat(CsvNumbers.format(0.23346693386773545)).isEqualTo("0.23346693386773545");
    assertThat(CsvNumbers.format(1.599008616796469e-15)).isEqualTo("1.599008616796469E-15");
  }
}
