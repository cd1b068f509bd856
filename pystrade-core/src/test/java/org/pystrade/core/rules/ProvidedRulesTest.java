package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pystrade.core.rules.Explicit.daily;
import static org.pystrade.core.rules.Explicit.day;
import static org.pystrade.core.rules.Explicit.onDays;

import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.math.RuleMath;
import org.pystrade.core.series.TimeSeries;

/** Hand-computed small cases for every provided rule, against {@link Explicit} re-implementations. */
class ProvidedRulesTest {

  private static final double NAN = Double.NaN;
  private static final double TOL = 1e-12;

  private static TimeSeries run(String name, List<TimeSeries> data, Object... args) {
    return RuleRegistry.standard().get(name).rule()
        .forecast(new RuleInputs(InstrumentCode.of("X"), data, RuleArgs.of(args)));
  }

  private static TimeSeries walk(int first, int n, long seed, double step) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[n];
    double level = 100;
    for (int i = 0; i < n; i++) {
      level += step * r.nextGaussian();
      v[i] = level;
    }
    return daily(first, v);
  }

  private static TimeSeries withNaN(TimeSeries s, int... rows) {
    double[] v = s.values();
    for (int r : rows) {
      v[r] = NAN;
    }
    return TimeSeries.of(s.timestamps(), v);
  }

  // ------------------------------------------------------------------ registry

  @Test
  void everyProvidedFunctionIsRegisteredUnderItsPathAndShortName() {
    String[] paths = {"ewmac.ewmac", "ewmac.ewmac_calc_vol", "ewmac.ewmac_forecast_with_defaults",
        "ewmac.ewmac_forecast_with_defaults_no_vol", "carry.carry", "carry.relative_carry", "breakout.breakout",
        "accel.accel", "mr_wings.mr_wings", "factors.factor_trading_rule",
        "factors.conditioned_factor_trading_rule", "rel_mom.relative_momentum",
        "cs_mr.cross_sectional_mean_reversion", "_TO_DELETE_OLD.breakout", "_TO_DELETE_OLD.relative_carry",
        "_TO_DELETE_OLD.cross_sectional_mean_reversion", "_TO_DELETE_OLD.short_bias", "_TO_DELETE_OLD.long_bias"};
    for (String p : paths) {
      assertThat(RuleRegistry.standard().find("systems.provided.rules." + p)).as(p).isPresent();
      assertThat(RuleRegistry.standard().find(p.substring(p.indexOf('.') + 1))).as(p).isPresent();
    }
  }

  // ------------------------------------------------------------------ ewmac family

  @Test
  void ewmacNoVolDefaultsToSixteenThirtyTwoOnTheUnionIndex() {
    TimeSeries price = daily(0, 10, 11, NAN, 12, 13, 12.5);
    // vol: from day 1, missing day 3, extra day 6, a NaN on day 2 (filled from day 1)
    TimeSeries vol = onDays(new int[] {1, 2, 4, 5, 6}, 1, NAN, 2, 2, 4);
    TimeSeries out = run("ewmac_forecast_with_defaults_no_vol", List.of(price, vol));
    double[] f = Explicit.ewmSpan(price.values(), 16, 1);
    double[] s = Explicit.ewmSpan(price.values(), 32, 1);
    assertThat(out.timestamps()).containsExactly(day(0), day(1), day(2), day(3), day(4), day(5), day(6));
    assertThat(out.value(0)).as("no vol yet").isNaN();
    assertThat(out.value(1)).isCloseTo((f[1] - s[1]) / 1, within(TOL));
    assertThat(out.value(2)).as("NaN price keeps the ewm, NaN vol filled").isCloseTo((f[2] - s[2]) / 1, within(TOL));
    assertThat(out.value(3)).as("date absent from vol").isNaN();
    assertThat(out.value(4)).isCloseTo((f[4] - s[4]) / 2, within(TOL));
    assertThat(out.value(5)).isCloseTo((f[5] - s[5]) / 2, within(TOL));
    assertThat(out.value(6)).as("date absent from price").isNaN();
    SeriesAssert.assertMatches("explicit", Explicit.ewmac(price, vol, 16, 32), out, TOL);
    SeriesAssert.assertMatches("overload", out, ProvidedRules.ewmacForecastWithDefaultsNoVol(price, vol), 0);
    SeriesAssert.assertMatches("Lfast/Lslow", Explicit.ewmac(price, vol, 2, 8),
        run("ewmac_forecast_with_defaults_no_vol", List.of(price, vol), "Lfast", 2, "Lslow", 8), TOL);
  }

  @Test
  void ewmacCalcVolDividesByTheRobustVolOfThePriceLevel() {
    TimeSeries price = withNaN(walk(0, 60, 3, 1.0), 20, 21);
    TimeSeries out = run("ewmac_calc_vol", List.of(price), "Lfast", 4, "Lslow", 16);
    TimeSeries levelVol = RuleMath.robustVolCalc(price, 35);
    SeriesAssert.assertMatches("level vol", Explicit.ewmac(price, levelVol, 4, 16), out, TOL);
    for (int i = 0; i < 9; i++) {
      assertThat(out.value(i)).as("vol warm-up row " + i).isNaN();
    }
    assertThat(out.value(9)).isNotNaN();
    assertThat(out.value(20)).as("a NaN price row keeps the last ewm means and vol").isNotNaN();
    TimeSeries diffVol = RuleMath.robustVolCalc(price.diff(), 35);
    assertThat(out).as("not the vol of the differences").isNotEqualTo(Explicit.ewmac(price, diffVol, 4, 16));
    SeriesAssert.assertMatches("vol_days", Explicit.ewmac(price, RuleMath.robustVolCalc(price, 10), 4, 16),
        run("ewmac_calc_vol", List.of(price), "Lfast", 4, "Lslow", 16, "vol_days", 10), TOL);
    assertThatThrownBy(() -> run("ewmac_calc_vol", List.of(price), "Lfast", 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Lslow");
  }

  @Test
  void ewmacForecastWithDefaultsIsCalcVolThirtyTwoOneTwentyEight() {
    TimeSeries price = walk(0, 80, 5, 1.0);
    TimeSeries out = run("systems.provided.rules.ewmac.ewmac_forecast_with_defaults", List.of(price));
    SeriesAssert.assertMatches("32/128", ProvidedRules.ewmacCalcVol(price, 32, 128, 35), out, 0);
    SeriesAssert.assertMatches("explicit", Explicit.ewmac(price, RuleMath.robustVolCalc(price), 32, 128), out, TOL);
    SeriesAssert.assertMatches("args", ProvidedRules.ewmacCalcVol(price, 8, 20),
        run("ewmac_forecast_with_defaults", List.of(price), "Lfast", 8, "Lslow", 20), 0);
  }

  @Test
  void accelIsTheSignalMinusItselfLfastRowsEarlierOnTheUnion() {
    TimeSeries price = withNaN(walk(0, 30, 7, 1.0), 12);
    TimeSeries vol = withNaN(walk(2, 30, 8, 0.01), 5);
    TimeSeries out = run("accel", List.of(price, vol), "Lfast", 3);
    TimeSeries s = Explicit.ewmac(price, vol, 3, 12);
    assertThat(out.timestamps()).containsExactly(s.timestamps());
    for (int i = 0; i < s.size(); i++) {
      double expected = i < 3 ? NAN : s.value(i) - s.value(i - 3);
      if (Double.isNaN(expected)) {
        assertThat(out.value(i)).as("row " + i).isNaN();
      } else {
        assertThat(out.value(i)).as("row " + i).isCloseTo(expected, within(TOL));
      }
    }
    SeriesAssert.assertMatches("default Lfast 4", ProvidedRules.accel(price, vol, 4),
        run("accel", List.of(price, vol)), 0);
    assertThatThrownBy(() -> run("accel", List.of(price, vol), "Lfast", 2.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Lfast");
  }

  @Test
  void mrWingsZeroesTheBodyAndReversesTheWings() {
    double[] p = new double[60];
    for (int i = 0; i < p.length; i++) {
      p[i] = 100 + 0.2 * Math.sin(i);
    }
    for (int i = 40; i < 45; i++) {
      p[i] += 10 * (i - 39);
    }
    TimeSeries price = daily(0, p);
    TimeSeries vol = daily(0, new double[60]).plus(1.0);
    TimeSeries out = run("mr_wings", List.of(price, vol));
    double[] s = Explicit.ewmac(price, vol, 4, 16).values();
    double[] sd = Explicit.rollingStd(s, 5000, 3);
    int wings = 0;
    for (int i = 0; i < s.length; i++) {
      double expected = Math.abs(s[i]) < sd[i] * 3 ? 0.0 : -s[i];
      if (i < 2) {
        assertThat(out.value(i)).as("no std yet: kept, reversed").isCloseTo(-s[i], within(TOL));
      }
      assertThat(out.value(i)).as("row " + i).isCloseTo(expected, within(TOL));
      if (expected != 0) {
        wings++;
      }
    }
    assertThat(wings).as("the jump is in the wings").isGreaterThan(2);
    assertThat(out.value(43)).as("up-jump gives a short forecast").isNegative();
    assertThat(Math.abs(out.value(30))).as("body").isEqualTo(0.0);
  }

  // ------------------------------------------------------------------ carry family

  @Test
  void relativeCarryIsTheDifferenceOnTheUnion() {
    TimeSeries a = daily(0, 1.0, 2.0, NAN, 4.0);
    TimeSeries b = daily(1, 0.5, 0.5, 1.0, 9.0);
    TimeSeries out = run("relative_carry", List.of(a, b));
    assertThat(out.timestamps()).containsExactly(day(0), day(1), day(2), day(3), day(4));
    assertThat(out.values()).containsExactly(NAN, 1.5, NAN, 3.0, NAN);
  }

  // ------------------------------------------------------------------ breakout

  /** Breakout by its definition: explicit window scans, then an explicit ewm. */
  private static double[] explicitBreakout(double[] p, int lookback, double smooth) {
    int minp = (int) Math.min(p.length, Math.ceil(lookback / 2.0));
    double[] raw = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      double[] w = Explicit.window(p, i, lookback);
      if (w.length < Math.max(1, minp)) {
        raw[i] = NAN;
        continue;
      }
      double max = w[w.length - 1];
      double min = w[0];
      raw[i] = 40.0 * ((p[i] - (max + min) / 2.0) / (max - min));
    }
    return Explicit.ewmSpan(raw, smooth, (int) Math.ceil(smooth / 2.0));
  }

  @Test
  void breakoutByHandWithSmoothOne() {
    // lookback 4: smooth max(int(1), 1) = 1 (alpha 1: the last valid raw value), min_periods 2
    TimeSeries price = daily(0, 1, 2, 3, NAN, 2, 2, 2, 2, 5);
    TimeSeries out = run("breakout", List.of(price), "lookback", 4);
    // row 0: one price < 2 -> NaN; row 1: {1,2} -> 40*(2-1.5)/1 = 20; row 2: {1,2,3} -> 20
    // row 3: NaN price -> raw NaN, ewm keeps 20; row 4: {2,3,2} -> 40*(2-2.5)/1 = -20
    // row 5: {3,2,2} -> -20; row 6: {2,2,2} flat -> 0/0 NaN, ewm keeps -20; row 7: flat -> keeps -20
    // row 8: {2,2,2,5} -> 40*(5-3.5)/3 = 20
    assertThat(out.values()).containsExactly(NAN, 20, 20, 20, -20, -20, -20, -20, 20);
  }

  @Test
  void breakoutMatchesExplicitWindowsAndEwm() {
    TimeSeries price = withNaN(walk(0, 80, 11, 1.0), 0, 1, 30, 31, 32, 60);
    double[] p = price.values();
    SeriesAssert.assertMatches("default", daily(0, explicitBreakout(p, 10, 2)),
        run("breakout", List.of(price)), TOL);
    SeriesAssert.assertMatches("lookback 20", daily(0, explicitBreakout(p, 20, 5)),
        run("breakout", List.of(price), "lookback", 20), TOL);
    SeriesAssert.assertMatches("smooth 7", daily(0, explicitBreakout(p, 16, 7)),
        ProvidedRules.breakout(price, 16, OptionalDouble.of(7)), TOL);
    TimeSeries out = run("breakout", List.of(price), "lookback", 20);
    for (int i = 0; i < out.size(); i++) {
      if (!Double.isNaN(out.value(i))) {
        assertThat(Math.abs(out.value(i))).isLessThanOrEqualTo(20.0 + 1e-12);
      }
    }
  }

  @Test
  void breakoutOnInputShorterThanHalfTheLookbackNeedsEveryRow() {
    // min_periods = min(len(price), ceil(10 / 2)) = 3: a value only once all three prices are in
    TimeSeries out = ProvidedRules.breakout(daily(0, 1, 3, 2));
    assertThat(out.value(0)).isNaN();
    assertThat(out.value(1)).isNaN();
    assertThat(out.value(2)).isCloseTo(0.0, within(TOL));
    assertThat(ProvidedRules.breakout(TimeSeries.empty()).size()).isZero();
  }

  @Test
  void breakoutRejectsSmoothNotBelowLookback() {
    TimeSeries price = daily(0, 1, 2, 3);
    assertThatThrownBy(() -> run("breakout", List.of(price), "lookback", 10, "smooth", 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("smooth");
    assertThatThrownBy(() -> run("breakout", List.of(price), "lookback", 1))
        .as("default smooth 1 is not below lookback 1").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> run("breakout", List.of(price), "lookback", 10.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lookback");
  }

  @Test
  void breakoutReadsInfiniteAsMissingInItsWindows() {
    TimeSeries withInf = daily(0, 1, 2, Double.POSITIVE_INFINITY, 3, 4, 2);
    TimeSeries withNaN = daily(0, 1, 2, NAN, 3, 4, 2);
    TimeSeries a = ProvidedRules.breakout(withInf, 4, OptionalDouble.of(2));
    TimeSeries b = ProvidedRules.breakout(withNaN, 4, OptionalDouble.of(2));
    assertThat(a).isEqualTo(b);
  }

  // ------------------------------------------------------------------ factors

  @Test
  void factorTradingRuleSmoothsTheVolNormalisedFactor() {
    TimeSeries x = withNaN(walk(0, 40, 13, 1.0).plus(-100), 3, 17);
    double[] vol = RuleMath.robustVolCalc(x).values();
    double[] norm = new double[vol.length];
    for (int i = 0; i < norm.length; i++) {
      norm[i] = x.value(i) / vol[i];
    }
    SeriesAssert.assertMatches("smooth 90", daily(0, Explicit.ewmSpan(norm, 90, 0)),
        run("factor_trading_rule", List.of(x)), TOL);
    TimeSeries out = run("factor_trading_rule", List.of(x), "smooth", 5);
    SeriesAssert.assertMatches("smooth 5", daily(0, Explicit.ewmSpan(norm, 5, 0)), out, TOL);
    for (int i = 0; i < 10; i++) {
      assertThat(out.value(i)).as("10 valid values needed, row " + i).isNaN();
    }
    assertThat(out.value(10)).isNotNaN();
  }

  @Test
  void conditionedFactorUsesTheSignOfTheConditionReindexedAndFilled() {
    TimeSeries x = walk(0, 20, 17, 1.0).plus(-100);
    // condition on even days: +2, -3, 0, NaN, -1, ... plus a date (day 41) beyond the factor, ignored
    int[] days = {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 41};
    TimeSeries cond = onDays(days, 2, -3, 0, NAN, -1, 5, 5, -0.0, 1, 1, -7);
    // sign on even days: 1, -1, 0, NaN, -1, 1, 1, 0 (numpy's sign of -0.0), 1, 1; reindexed onto days 0-19 the
    // odd days are NaN, and the forward fill then fills them and the NaN of day 6 from the day before
    double[] sign = {1, 1, -1, -1, 0, 0, 0, 0, -1, -1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1};
    double[] vol = RuleMath.robustVolCalc(x).values();
    double[] prod = new double[20];
    for (int i = 0; i < 20; i++) {
      prod[i] = x.value(i) / vol[i] * sign[i];
    }
    TimeSeries out = run("conditioned_factor_trading_rule", List.of(x, cond), "smooth", 3);
    assertThat(out.timestamps()).containsExactly(x.timestamps());
    SeriesAssert.assertMatches("conditioned", daily(0, Explicit.ewmSpan(prod, 3, 0)), out, TOL);
  }

  // ------------------------------------------------------------------ cross-sectional

  @Test
  void relativeMomentumByHand() {
    // a.ffill() on days 0-5: 1, 2, 2, 4, 5, 6; b.ffill() on its own days 1, 2, 4, 5, 6: 1, 1, 2, 6, 3
    TimeSeries a = daily(0, 1, 2, NAN, 4, 5, 6);
    TimeSeries b = onDays(new int[] {1, 2, 4, 5, 6}, 1, 1, 2, 6, 3);
    // o on the union 0..6: NaN, 1, 1, NaN (day 3 not in b), 3, 0 -> NaN, NaN (day 6 not in a)
    // (o - o.shift(2)) / 2: only day 4 has both: (3 - 1) / 2 = 1; ewm (span max(int(2/4), 2) = 2) keeps it
    TimeSeries out = run("relative_momentum", List.of(a, b), "horizon", 2);
    assertThat(out.timestamps()).containsExactly(day(0), day(1), day(2), day(3), day(4), day(5), day(6));
    assertThat(out.values()).containsExactly(NAN, NAN, NAN, NAN, 1.0, 1.0, 1.0);
  }

  @Test
  void relativeMomentumMatchesExplicitDefinition() {
    TimeSeries a = withNaN(walk(0, 50, 19, 1.0), 10, 11);
    TimeSeries b = withNaN(walk(0, 50, 23, 0.5), 30);
    double[] o = new double[50];
    double[] fa = Explicit.ffill(a.values());
    double[] fb = Explicit.ffill(b.values());
    for (int i = 0; i < 50; i++) {
      o[i] = fa[i] - fb[i];
    }
    int h = 7;
    double[] avg = new double[50];
    for (int i = 0; i < 50; i++) {
      avg[i] = i < h ? NAN : (o[i] - o[i - h]) / h;
    }
    SeriesAssert.assertMatches("span default = max(int(7/4), 2) = 2", daily(0, Explicit.ewmSpan(avg, 2, 0)),
        run("relative_momentum", List.of(a, b), "horizon", h), TOL);
    SeriesAssert.assertMatches("span 9", daily(0, Explicit.ewmSpan(avg, 9, 0)),
        ProvidedRules.relativeMomentum(a, b, h, OptionalDouble.of(9)), TOL);
    SeriesAssert.assertMatches("span 1 raised to 2", daily(0, Explicit.ewmSpan(avg, 2, 0)),
        ProvidedRules.relativeMomentum(a, b, h, OptionalDouble.of(1)), TOL);
    assertThatThrownBy(() -> run("relative_momentum", List.of(a, b), "ema_span", 5))
        .as("pysystemtrade's argument is ewma_span").isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ema_span");
  }

  @Test
  void crossSectionalMeanReversionByHand() {
    TimeSeries a = daily(0, 1, 2, 4, 7, 11);
    TimeSeries b = daily(0, 0, 0, 1, 1, 1);
    // o = 1, 2, 3, 6, 10; diff = NaN, 1, 1, 3, 4; rolling(2).mean = NaN, NaN, 1, 2, 3.5
    // ewm span 2 (alpha 2/3): 1, (1/3 + 2) / (4/3) = 1.75, (1/9 + 2/3 + 3.5) / (13/9); negated
    TimeSeries out = run("cross_sectional_mean_reversion", List.of(a, b), "horizon", 2);
    assertThat(out.value(0)).isNaN();
    assertThat(out.value(1)).isNaN();
    assertThat(out.value(2)).isCloseTo(-1.0, within(TOL));
    assertThat(out.value(3)).isCloseTo(-1.75, within(TOL));
    assertThat(out.value(4)).isCloseTo(-(1.0 / 9 + 2.0 / 3 + 3.5) / (13.0 / 9), within(TOL));
  }

  @Test
  void crossSectionalMeanReversionMatchesExplicitDefinition() {
    TimeSeries a = withNaN(walk(0, 60, 29, 1.0), 0, 20);
    TimeSeries b = withNaN(walk(0, 60, 31, 0.5), 40, 41);
    double[] fa = Explicit.ffill(a.values());
    double[] fb = Explicit.ffill(b.values());
    double[] d = new double[60];
    d[0] = NAN;
    for (int i = 1; i < 60; i++) {
      d[i] = (fa[i] - fb[i]) - (fa[i - 1] - fb[i - 1]);
    }
    int h = 8;
    double[] rolled = Explicit.rollingMean(d, h, h);
    double[] expected = Explicit.ewmSpan(rolled, 2, 0);
    for (int i = 0; i < 60; i++) {
      expected[i] = -expected[i];
    }
    SeriesAssert.assertMatches("cs_mr", daily(0, expected),
        run("cross_sectional_mean_reversion", List.of(a, b), "horizon", h), TOL);
  }

  // ------------------------------------------------------------------ bias

  @Test
  void biasRulesAreConstantOnEveryRowOfThePrice() {
    TimeSeries price = daily(0, NAN, 1, NAN, 3);
    assertThat(run("short_bias", List.of(price)).values()).containsExactly(-10, -10, -10, -10);
    assertThat(run("long_bias", List.of(price)).values()).containsExactly(10, 10, 10, 10);
    assertThat(run("long_bias", List.of(price)).timestamps()).containsExactly(price.timestamps());
  }
}
