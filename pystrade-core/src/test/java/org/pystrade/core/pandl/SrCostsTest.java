package org.pystrade.core.pandl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleVariations;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.testing.FixedForecasts;
import org.pystrade.core.testing.FixedRawData;
import org.pystrade.core.testing.StageFixtures;

class SrCostsTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");
  private static final InstrumentCode CCC = InstrumentCode.of("CCC");
  private static final RuleName R = RuleName.of("r");
  private static final double NAN = Double.NaN;

  // ------------------------------------------------------------------ turnover

  @Test
  void turnoverIsTheMeanAbsoluteDailyChangeOverTheNormaliserTimes256() {
    long[] t = StageFixtures.days(5);
    // Monday 10:00 and 15:00, Tuesday, Thursday, and Saturday (Friday's bucket): daily 10, 20, NaN, 10, -10
    TimeSeries x = StageFixtures.series(new long[] {t[0] + 36_000, t[0] + 54_000, t[1], t[3], t[4] + 86_400},
        5, 10, 20, 10, -10);
    // |changes| / 10 where both days exist: 1 (Mon-Tue) and 2 (Thu-Fri)
    assertThat(SrCosts.turnover(x, 10.0)).isEqualTo((1 + 2) / 2.0 * 256);
    assertThat(SrCosts.turnover(StageFixtures.daily(3), 10.0)).isNaN();
  }

  @Test
  void aVaryingNormaliserIsPaddedOntoTheDaysAndSmoothedWithCentreOfMass250() {
    long[] t = StageFixtures.days(4);
    TimeSeries x = StageFixtures.series(t, 10, 20, 15, 15);
    TimeSeries y = StageFixtures.series(new long[] {t[0], t[2]}, 2, 4);
    // y on the days: 2, 2, 4, 4; ewm(com=250, min_periods=2): NaN, then adjusted means with decay 250/251
    double[] padded = {2, 2, 4, 4};
    double d = 250.0 / 251;
    double[] ratio = new double[4];
    for (int i = 1; i < 4; i++) {
      double num = 0;
      double den = 0;
      for (int k = 0; k <= i; k++) {
        num += Math.pow(d, k) * padded[i - k];
        den += Math.pow(d, k);
      }
      ratio[i] = x.value(i) / (num / den);
    }
    double expected = (Math.abs(ratio[2] - ratio[1]) + Math.abs(ratio[3] - ratio[2])) / 2 * 256;
    assertThat(SrCosts.turnover(x, y)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void theWeightedAverageLeavesOutMissingValuesAndRenormalises() {
    // weights 0.5 and 0.25 of values 2 and 4, renormalised by 1 / 0.75
    assertThat(SrCosts.weightedAverageWithNans(new double[] {0.5, 0.25, 0.25}, new double[] {2, NAN, 4}))
        .isCloseTo(8.0 / 3, within(1e-15));
    assertThat(SrCosts.weightedAverageWithNans(new double[] {0.2, 0.8}, new double[] {5, 5})).isEqualTo(5.0);
    // pysystemtrade's doctests: missing weights count as missing too, and nothing left gives 0
    assertThat(SrCosts.weightedAverageWithNans(new double[] {0.2, 0.2, NAN, 0.4}, new double[] {2, NAN, 3, NAN}))
        .isEqualTo(2.0);
    assertThat(SrCosts.weightedAverageWithNans(new double[] {NAN, 0.2, NAN, 0.4}, new double[] {2, NAN, 3, NAN}))
        .isEqualTo(0.0);
  }

  // ------------------------------------------------------------------ a system's costs

  /**
   * AAA and BBB (point size 10, 0.1% commission, slippage 0.5 and 1 point), CCC without forecasts. Over the year
   * to 2 January 2024 the price averages (100 + 300) / 2 = 200 and the volatility (1 + 3) / 2 = 2 (the 2022 row is
   * older than a year), so one trade of AAA costs (0.5 x 10 + 0.001 x 200 x 10) / (2 x 16 x 10) = 7 / 320 and of BBB
   * (10 + 2) / 320. Forecasts of r: AAA flips (turnover 512 on 3 days), BBB moves once (turnover 12.8 on 5 days).
   */
  private static SrCosts costs(boolean pooledCosts, boolean pooledTurnover) {
    InMemorySimData.Builder data = InMemorySimData.builder();
    FixedRawData raw = new FixedRawData();
    long[] t = {Timestamps.of(LocalDate.of(2022, 12, 30)), Timestamps.of(LocalDate.of(2023, 6, 1)),
        Timestamps.of(LocalDateTime.of(2024, 1, 2, 0, 0))};
    double[] spread = {0.5, 1.0, 0.0};
    List<InstrumentCode> codes = List.of(AAA, BBB, CCC);
    for (int i = 0; i < 3; i++) {
      InstrumentCode code = codes.get(i);
      StageFixtures.instrument(data, InstrumentMeta.builder(code).pointSize(10).spreadCost(spread[i])
          .percentage(0.001).build(), StageFixtures.daily(100, 101));
      raw.dailyPrices(code, StageFixtures.series(t, 1000, 100, 300))
          .dailyReturnsVolatility(code, StageFixtures.series(t, 50, 1, 3)).rollsPerYear(code, 4);
    }
    FixedForecasts forecasts = new FixedForecasts().with(AAA, "r", StageFixtures.daily(10, -10, 10))
        .with(BBB, "r", StageFixtures.daily(10, 10, 10, 10, 12));
    StageContext context = new StageContext(data.build(), codes, Currency.USD, Parallel.sequential());
    return new SrCosts(context, raw, forecasts, RuleVariations.same(codes, Set.of(R)),
        new CostParams(pooledCosts, pooledTurnover, 10));
  }

  @Test
  void theCostOfATradeIsOverTheLastYearsAverageVolatilityAndHoldingIsTwoTradesARoll() {
    SrCosts costs = costs(false, true);
    assertThat(costs.costPerTrade(AAA)).isEqualTo(7.0 / 320);
    assertThat(costs.costPerTrade(BBB)).isEqualTo(12.0 / 320);
    assertThat(costs.holdingCost(AAA)).isEqualTo(4 * 2 * 7.0 / 320);
  }

  @Test
  void turnoverIsOwnOrPooledOverInstrumentsWithTheSameRulesWeightedByLength() {
    assertThat(costs(false, false).forecastTurnover(AAA, R)).isEqualTo(512.0);
    assertThat(costs(false, false).forecastTurnover(BBB, R)).isCloseTo(12.8, within(1e-12));
    // CCC has no forecast and is left out of the pool: 3/8 x 512 + 5/8 x 12.8
    SrCosts pooled = costs(false, true);
    assertThat(pooled.forecastTurnover(AAA, R)).isCloseTo(200, within(1e-12));
    assertThat(pooled.forecastTurnover(BBB, R)).isEqualTo(pooled.forecastTurnover(AAA, R));
    assertThat(pooled.instrumentsWithSameRules(AAA)).containsExactly(AAA, BBB, CCC);
  }

  @Test
  void aForecastsCostIsTurnoverTimesTheCostOfATradePlusHolding() {
    double holding = 4 * 2 * 7.0 / 320;
    assertThat(costs(false, false).forecastCost(AAA, R)).isCloseTo(512 * 7.0 / 320 + holding, within(1e-12));
    assertThat(costs(false, true).forecastCost(AAA, R)).isCloseTo(200 * 7.0 / 320 + holding, within(1e-12));
    // pooled costs: each instrument's turnover x its cost of a trade, weighted by length, plus AAA's own holding
    double pooled = 200 * 7.0 / 320 * 3 / 8 + 200 * 12.0 / 320 * 5 / 8 + holding;
    assertThat(costs(true, true).forecastCost(AAA, R)).isCloseTo(pooled, within(1e-12));
  }

  @Test
  void cheapRulesCostAtMostTheCeiling() {
    SrCosts costs = costs(false, true);
    // 4.375 + 0.175 = 4.55
    assertThat(costs.cheapRules(AAA, 4.56)).containsExactly(R);
    assertThat(costs.cheapRules(AAA, 4.54)).isEmpty();
  }
}
