package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/** The rules of pysystemtrade's {@code systems.provided.futures_chapter15.rules}, against pandas and their twins. */
class Chapter15RulesTest {

  private static final String PATH = "systems.provided.futures_chapter15.rules.";

  private static TimeSeries run(String name, List<TimeSeries> data, Object... args) {
    return RuleRegistry.standard().get(name).rule().forecast(new RuleInputs(InstrumentCode.of("X"), data, RuleArgs.of(args)));
  }

  private static TimeSeries businessDays(LocalDate first, double... values) {
    long[] t = new long[values.length];
    long day = first.toEpochDay();
    for (int i = 0; i < t.length; i++) {
      while (!Timestamps.isBusinessDay(day)) {
        day++;
      }
      t[i] = Timestamps.of(LocalDate.ofEpochDay(day++));
    }
    return TimeSeries.of(t, values);
  }

  private static TimeSeries walk(int n, long seed, boolean positive) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[n];
    double level = 100;
    for (int i = 0; i < n; i++) {
      level += r.nextGaussian();
      v[i] = positive ? 0.5 + Math.abs(r.nextGaussian()) : level;
    }
    if (n > 40) {
      v[30] = Double.NaN;
    }
    return businessDays(LocalDate.of(2001, 1, 1), v);
  }

  @Test
  void registeredUnderTheirPathsWithoutShadowingTheProvidedShortNames() {
    for (String f : new String[] {"ewmac", "carry", "carry2"}) {
      assertThat(RuleRegistry.standard().find(PATH + f)).as(f).isPresent();
    }
    assertThat(RuleRegistry.standard().get("ewmac")).isSameAs(
        RuleRegistry.standard().get("systems.provided.rules.ewmac.ewmac"));
    assertThat(RuleRegistry.standard().get("carry")).isSameAs(
        RuleRegistry.standard().get("systems.provided.rules.carry.carry"));
    assertThat(RuleRegistry.standard().find("carry2")).isEmpty();
  }

  @Test
  void carryIsTheRollOverAnnualisedVolSmoothedWithACentreOfMassAsPandasComputesIt() {
    // pysystemtrade futures_chapter15.rules.carry(roll, vol, smooth_days=3) on pandas 2.2, unequal indexes
    double nan = Double.NaN;
    TimeSeries roll = businessDays(LocalDate.of(2020, 1, 1), 0.5, 0.4, nan, 0.45, 0.5, 0.6);
    TimeSeries vol = businessDays(LocalDate.of(2020, 1, 2), 0.01, 0.012, 0.011, 0.013, 0.02);
    TimeSeries c = run(PATH + "carry", List.of(roll, vol), "smooth_days", 3);
    assertThat(c.timestamps()).containsExactly(roll.timestamps());
    assertThat(c.value(0)).isNaN();
    assertThat(c.value(1)).isEqualTo(0x1.4000000000000p+1);
    assertThat(c.value(2)).isEqualTo(0x1.4000000000000p+1);
    assertThat(c.value(3)).isEqualTo(0x1.44a7904a7904bp+1);
    assertThat(c.value(4)).isEqualTo(0x1.3cd837543e2e4p+1);
    assertThat(c.value(5)).isEqualTo(0x1.1f9d2c8d96bdfp+1);
  }

  @Test
  void theOldRulesAreBitIdenticalToTheirProvidedTwins() {
    TimeSeries price = walk(600, 1, false);
    TimeSeries vol = walk(590, 2, true);
    TimeSeries roll = walk(600, 3, false).map(v -> v / 100 - 1);
    assertThat(run(PATH + "ewmac", List.of(price, vol), "Lfast", 16, "Lslow", 64))
        .isEqualTo(run("systems.provided.rules.ewmac.ewmac", List.of(price, vol), "Lfast", 16, "Lslow", 64));
    TimeSeries rawCarry = roll.dividedBy(vol.times(16.0));
    TimeSeries provided = run("systems.provided.rules.carry.carry", List.of(rawCarry), "smooth_days", 90);
    assertThat(run(PATH + "carry", List.of(roll, vol), "smooth_days", 90)).isEqualTo(provided);
    assertThat(run(PATH + "carry", List.of(roll, vol))).isEqualTo(provided);
    assertThat(run(PATH + "carry2", List.of(rawCarry))).isEqualTo(provided);
    assertThat(run(PATH + "carry2", List.of(rawCarry), "smooth_days", 30))
        .isEqualTo(run("systems.provided.rules.carry.carry", List.of(rawCarry), "smooth_days", 30));
  }
}
