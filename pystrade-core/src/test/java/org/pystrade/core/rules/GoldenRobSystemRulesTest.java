package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;

/**
 * Reference values from pysystemtrade's own rob_system run ({@code shared/golden/rob_system_small}): its
 * {@code price} and {@code vol} columns are the inputs, its {@code raw.RULE} columns the expected outputs of the
 * rob_system rules that read only them: {@code breakoutN}, {@code momentumN} (ewmac), {@code accelN} and
 * {@code normmomN} ({@code ewmac_calc_vol} of the cumulated vol-normalised returns, as pysystemtrade's raw data
 * makes them from the same price and vol). Each rule is called through the standard registry with the config's
 * arguments. The cross-sectional rules (asset-class trend, relative momentum, mean reversion, relative carry, skew
 * factors) need the other instruments: the system-level parity test covers them.
 */
class GoldenRobSystemRulesTest {

  /** The golden values have 17 significant digits, which give back the doubles: the results are bit-identical. */
  private static final double TOL = 0.0;

  private static final int[] BREAKOUTS = {10, 20, 40, 80, 160, 320};
  private static final int[] MOMENTUMS = {4, 8, 16, 32, 64};
  private static final int[] NORMMOMS = {2, 4, 8, 16, 32, 64};
  private static final int[] ACCELS = {16, 32, 64};

  private static ReferenceTable load(String instrument) {
    Path file = ReferenceTable.findGolden("rob_system_small/" + instrument + ".csv.gz");
    Assumptions.assumeTrue(file != null, "shared/golden/rob_system_small/" + instrument + ".csv.gz not found above "
        + System.getProperty("user.dir") + ": golden rob_system checks skipped");
    return ReferenceTable.fromDenseFile(file);
  }

  /** The daily price on its own business-day index: the export's rows up to the last valid price. */
  private static TimeSeries price(ReferenceTable golden) {
    TimeSeries all = golden.column("price");
    return all.slice(all.time(0), all.time(all.lastValidIndex()));
  }

  private static TimeSeries call(String rule, List<TimeSeries> data, Object... args) {
    return RuleRegistry.standard().get("systems.provided.rules." + rule).rule()
        .forecast(new RuleInputs(InstrumentCode.of("TEST"), data, RuleArgs.of(args)));
  }

  /** The rules stage's raw forecast: the rule's output with exact zeros read as no forecast, as pysystemtrade's. */
  private static void check(ReferenceTable golden, String column, TimeSeries ruleOutput) {
    TimeSeries actual = ruleOutput.map(v -> v == 0.0 ? Double.NaN : v);
    TimeSeries expected = golden.column(column).reindex(actual.timestamps());
    assertThat(expected.countValid()).as(column + " has reference values").isGreaterThan(1000);
    SeriesAssert.assertMatches(column, expected, actual, TOL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BUXL", "V2X", "PLAT"})
  void priceAndVolRulesReproducePysystemtrade(String instrument) {
    ReferenceTable golden = load(instrument);
    TimeSeries price = price(golden);
    TimeSeries vol = golden.column("vol").reindex(price.timestamps());
    for (int n : BREAKOUTS) {
      check(golden, "raw.breakout" + n, call("breakout.breakout", List.of(price), "lookback", n));
    }
    for (int n : MOMENTUMS) {
      check(golden, "raw.momentum" + n, call("ewmac.ewmac", List.of(price, vol), "Lfast", n, "Lslow", 4 * n));
    }
    for (int n : ACCELS) {
      check(golden, "raw.accel" + n, call("accel.accel", List.of(price, vol), "Lfast", n));
    }
    // rawdata.get_cumulative_daily_vol_normalised_returns: (price.diff() / vol.shift(1)).cumsum()
    TimeSeries normalisedPrice = price.diff().dividedBy(vol.shift(1)).cumsum();
    for (int n : NORMMOMS) {
      check(golden, "raw.normmom" + n,
          call("ewmac.ewmac_calc_vol", List.of(normalisedPrice), "Lfast", n, "Lslow", 4 * n));
    }
  }
}
