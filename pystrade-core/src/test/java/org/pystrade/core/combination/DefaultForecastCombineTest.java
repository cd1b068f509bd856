package org.pystrade.core.combination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.testing.FixedRawData;
import org.pystrade.core.testing.StageFixtures;

class DefaultForecastCombineTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  /** Capped at 20 (scalar 1): 10, 20, -20, 5, 20. */
  private static final double[] A = {10, 20, -20, 5, 30};
  /** Capped: 10, 10, -20, -5, 0.5. */
  private static final double[] B = {10, 10, -40, -5, 0.5};
  /** Flips every day: annual turnover 2 x 256 = 512 round trips of the average absolute forecast 10. */
  private static final double[] C = {10, -10, 10, -10, 10};
  /** Slow: annual turnover (1 / 10) / 4 x 256 = 6.4. */
  private static final double[] S = {10, 10, 10, 10, 11};

  /**
   * Rules a, b, c and s returning the forecasts above; costs: 0.5 points of slippage and 2 per contract on a point
   * size of 10, price volatility 1 point a day, 4 rolls a year. The SR cost of one trade is (0.5 x 10 + 2) / (1 x 16
   * x 10) = 0.04375, of holding 4 x 2 x 0.04375 = 0.35 a year, so rule s costs 6.4 x 0.04375 + 0.35 = 0.63 a year
   * and rule c 512 x 0.04375 + 0.35 = 22.75.
   */
  private static TradingSystem.Builder system() {
    InMemorySimData data = StageFixtures.instrument(InMemorySimData.builder(),
        InstrumentMeta.builder(AAA).pointSize(10).spreadCost(0.5).perBlock(2).build(),
        StageFixtures.constant(5, 100)).build();
    FixedRawData raw = new FixedRawData().dailyPrices(AAA, StageFixtures.constant(5, 100))
        .dailyReturnsVolatility(AAA, StageFixtures.constant(5, 1)).rollsPerYear(AAA, 4);
    return TradingSystem.builder().data(data).rawData(in -> raw).instrumentWeights(Map.of("AAA", 1.0))
        .rule(rule("a", A)).rule(rule("b", B)).rule(rule("c", C)).rule(rule("s", S));
  }

  private static RuleSpec.Builder rule(String name, double[] forecast) {
    return RuleSpec.builder(name).rule(in -> StageFixtures.daily(forecast)).data("data.get_raw_price")
        .forecastScalar(1);
  }

  private static double capped(double v) {
    return Math.max(-20, Math.min(20, v));
  }

  @Test
  void combinedIsTheWeightedSumOfCappedForecastsTimesTheFdmCapped() {
    ForecastCombine stage = system().forecastWeights(Map.of("a", 0.7, "b", 0.3)).forecastDivMultiplier(1.5).build()
        .combine();
    assertThat(stage.ruleVariations(AAA)).extracting(RuleName::value).containsExactly("a", "b");
    assertThat(stage.forecastDiversificationMultiplier(AAA).values()).containsExactly(1.5, 1.5, 1.5, 1.5, 1.5);
    TimeSeries combined = stage.combinedForecast(AAA);
    assertThat(combined.timestamps()).containsExactly(StageFixtures.days(5));
    for (int i = 0; i < A.length; i++) {
      double expected = capped((0.7 * capped(A[i]) + 0.3 * capped(B[i])) * 1.5);
      assertThat(combined.value(i)).as("row " + i).isCloseTo(expected, within(1e-12));
    }
    // rows 0 and 3 are not capped: (7 + 3) x 1.5 and (3.5 - 1.5) x 1.5
    assertThat(combined.value(0)).isCloseTo(15, within(1e-12));
    assertThat(combined.value(3)).isCloseTo(3, within(1e-12));
  }

  @Test
  void withoutForecastWeightsEveryRuleWeighsTheSame() {
    ForecastCombine stage = system().build().combine();
    assertThat(stage.forecastWeights(AAA).names()).containsExactly("a", "b", "c", "s");
    for (String rule : new String[] {"a", "b", "c", "s"}) {
      assertThat(stage.forecastWeights(AAA).column(rule).values()).containsExactly(0.25, 0.25, 0.25, 0.25, 0.25);
    }
    TimeSeries combined = stage.combinedForecast(AAA);
    for (int i = 0; i < A.length; i++) {
      double expected = (capped(A[i]) + capped(B[i]) + capped(C[i]) + S[i]) / 4;
      assertThat(combined.value(i)).as("row " + i).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void weightsAreNormalisedAndKeepTheConfigOrder() {
    ForecastCombine stage = system().set("forecast_weights", Map.of("b", 2.0)).set("forecast_weights.a", 6.0)
        .build().combine();
    SeriesFrame weights = stage.forecastWeights(AAA);
    assertThat(weights.names()).containsExactly("b", "a");
    assertThat(weights.column("a").values()).containsExactly(0.75, 0.75, 0.75, 0.75, 0.75);
    assertThat(weights.column("b").values()).containsExactly(0.25, 0.25, 0.25, 0.25, 0.25);
  }

  @Test
  void aRuleCostingMoreThanTheCeilingHasNoWeightAndIsMissingFromTheSum() {
    ForecastCombine stage = system().forecastWeights(Map.of("s", 0.5, "c", 0.5))
        .set("forecast_post_ceiling_cost_SR", 1.0).build().combine();
    assertThat(stage.allForecasts(AAA).names()).containsExactly("c", "s");
    assertThat(stage.forecastWeights(AAA).names()).containsExactly("s");
    assertThat(stage.forecastWeights(AAA).column("s").values()).containsExactly(1, 1, 1, 1, 1);
    assertThat(stage.combinedForecast(AAA).values()).containsExactly(S);
  }

  @Test
  void whenNoRuleIsCheapEnoughEveryRuleIsKeptWithWeightZero() {
    // s's 0.63 a year is above a ceiling of 0.6 too
    ForecastCombine stage = system().forecastWeights(Map.of("s", 0.5, "c", 0.5))
        .set("forecast_post_ceiling_cost_SR", 0.6).build().combine();
    assertThat(stage.forecastWeights(AAA).names()).containsExactlyInAnyOrder("s", "c");
    assertThat(stage.forecastWeights(AAA).column("s").values()).containsOnly(0.0);
    assertThat(stage.combinedForecast(AAA).values()).containsOnly(0.0);
  }

  @Test
  void estimatesWithoutEstimatorsAreConfigErrorsNamingTheKey() {
    ForecastCombine weights = system().set("use_forecast_weight_estimates", true).build().combine();
    assertThatThrownBy(() -> weights.combinedForecast(AAA)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("use_forecast_weight_estimates is true");
    ForecastCombine fdm = system().set("use_forecast_div_mult_estimates", true).build().combine();
    assertThatThrownBy(() -> fdm.combinedForecast(AAA)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("use_forecast_div_mult_estimates is true");
  }
}
