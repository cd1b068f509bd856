package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;

/**
 * Sanity checks against pysystemtrade's own chapter 15 output for CORN ({@code shared/golden/chapter15_fixed}):
 * its {@code price} and {@code vol} columns feed the rules taking a given volatility, and its
 * {@code raw.ewmacF_S} columns (pysystemtrade's {@code ewmac} on those inputs, all with {@code S = 4F}) are what
 * {@code ewmac_forecast_with_defaults_no_vol}, {@code accel} and {@code mr_wings} build on.
 */
class GoldenCornTest {

  private static final double TOL = 1e-12;
  private static final int[] FAST = {2, 4, 8, 16, 32, 64};

  private static ReferenceTable golden;

  @BeforeAll
  static void load() {
    Path file = ReferenceTable.findGolden("chapter15_fixed/CORN.csv.gz");
    Assumptions.assumeTrue(file != null,
        "shared/golden/chapter15_fixed/CORN.csv.gz not found above " + System.getProperty("user.dir")
            + ": golden parity checks skipped");
    golden = ReferenceTable.fromDenseFile(file);
  }

  /**
   * The daily price on pysystemtrade's business-day index (holidays are NaN rows, which age the ewm weights). The
   * export is a merged frame whose last row (from other columns) is past the last price, so the index is cut at
   * the last valid price and every column is taken on it.
   */
  private static TimeSeries price() {
    TimeSeries all = golden.column("price");
    return all.slice(all.time(0), all.time(all.lastValidIndex()));
  }

  private static TimeSeries vol() {
    return golden.column("vol").reindex(price().timestamps());
  }

  private static TimeSeries goldenEwmac(int fast) {
    return golden.column("raw.ewmac" + fast + "_" + (4 * fast)).reindex(price().timestamps());
  }

  private static TimeSeries call(String name, Object... args) {
    return RuleRegistry.standard().get(name).rule().forecast(
        new RuleInputs(InstrumentCode.of("CORN"), List.of(price(), vol()), RuleArgs.of(args)));
  }

  @Test
  void ewmacForecastWithDefaultsNoVolReproducesGoldenEwmac() {
    for (int f : FAST) {
      TimeSeries actual = call("ewmac_forecast_with_defaults_no_vol", "Lfast", f, "Lslow", 4 * f);
      TimeSeries expected = goldenEwmac(f);
      assertThat(expected.countValid()).isGreaterThan(10_000);
      SeriesAssert.assertMatches("ewmac" + f, expected, actual.reindex(expected.timestamps()), TOL);
    }
  }

  @Test
  void noVolDefaultsAreSixteenThirtyTwoAndAgreeWithEwmac() {
    TimeSeries withDefaults = call("ewmac_forecast_with_defaults_no_vol");
    TimeSeries viaEwmac = call("ewmac", "Lfast", 16, "Lslow", 32);
    assertThat(withDefaults).isEqualTo(viaEwmac);
    assertThat(withDefaults).isNotEqualTo(call("ewmac", "Lfast", 16, "Lslow", 64));
  }

  @Test
  void accelIsGoldenEwmacMinusItselfShifted() {
    for (int f : FAST) {
      TimeSeries s = goldenEwmac(f);
      TimeSeries expected = s.minus(s.shift(f));
      TimeSeries actual = ProvidedRules.accel(price(), vol(), f);
      SeriesAssert.assertMatches("accel" + f, expected, actual.reindex(expected.timestamps()), TOL);
    }
  }

  @Test
  void mrWingsKeepsOnlyTheWingsOfGoldenEwmac() {
    int wings = 0;
    for (int f : new int[] {2, 4, 8}) {
      double[] s = goldenEwmac(f).values();
      double[] expected = new double[s.length];
      for (int i = 0; i < s.length; i++) {
        double sd = naiveRollingStd(s, i, 5000, 3);
        expected[i] = Math.abs(s[i]) < sd * 3 ? -0.0 : -s[i];
        if (expected[i] != 0) {
          wings++;
        }
      }
      TimeSeries exp = TimeSeries.of(goldenEwmac(f).timestamps(), expected);
      TimeSeries actual = ProvidedRules.mrWings(price(), vol(), f);
      SeriesAssert.assertMatches("mr_wings" + f, exp, actual.reindex(exp.timestamps()), TOL);
    }
    assertThat(wings).as("some signals are in the wings").isGreaterThan(10);
  }

  /** Two-pass sample standard deviation of the non-NaN values of the window ending at row i. */
  private static double naiveRollingStd(double[] x, int i, int window, int minPeriods) {
    int from = Math.max(0, i - window + 1);
    double sum = 0;
    int n = 0;
    for (int j = from; j <= i; j++) {
      if (!Double.isNaN(x[j])) {
        sum += x[j];
        n++;
      }
    }
    if (n < minPeriods || n < 2) {
      return Double.NaN;
    }
    double mean = sum / n;
    double ss = 0;
    for (int j = from; j <= i; j++) {
      if (!Double.isNaN(x[j])) {
        ss += (x[j] - mean) * (x[j] - mean);
      }
    }
    return Math.sqrt(ss / (n - 1));
  }
}
