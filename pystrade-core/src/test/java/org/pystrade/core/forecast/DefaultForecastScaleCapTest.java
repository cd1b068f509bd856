package org.pystrade.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.Estimators;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.testing.StageFixtures;

class DefaultForecastScaleCapTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final RuleName R = RuleName.of("r");
  private static final double NAN = Double.NaN;
  /** The rule's raw forecast: the exact zero is read as no forecast. */
  private static final TimeSeries RAW = StageFixtures.daily(1, -3, NAN, 0.0, 6);

  private static TradingSystem.Builder system() {
    InMemorySimData data = StageFixtures.instrument(InMemorySimData.builder(), "AAA", "USD", 1,
        StageFixtures.daily(100, 101, 102, 103, 104)).build();
    return TradingSystem.builder().data(data).estimators(Estimators.none())
        .rule(RuleSpec.builder("r").rule(in -> RAW).data("data.get_raw_price").forecastScalar(4))
        .instrumentWeights(Map.of("AAA", 1.0));
  }

  @Test
  void scaledIsRawTimesScalarAndCappedIsClippedToTheCap() {
    ForecastScaleCap stage = system().forecastCap(10).build().forecastScaleCap();
    assertThat(stage.forecastCap()).isEqualTo(10.0);
    assertThat(stage.forecastScalar(AAA, R).values()).containsExactly(4, 4, 4, 4, 4);
    assertThat(stage.forecastScalar(AAA, R).timestamps()).containsExactly(RAW.timestamps());
    assertThat(stage.scaledForecast(AAA, R).values()).containsExactly(4, -12, NAN, NAN, 24);
    assertThat(stage.cappedForecast(AAA, R).values()).containsExactly(4, -10, NAN, NAN, 10);
  }

  @Test
  void theDefaultCapIsTwenty() {
    assertThat(system().build().forecastScaleCap().cappedForecast(AAA, R).values())
        .containsExactly(4, -12, NAN, NAN, 20);
  }

  @Test
  void anEstimatedScalarIsPaddedOntoTheRawForecast() {
    long[] t = StageFixtures.days(5);
    ForecastScalarEstimator estimator = (inputs, code, rule) -> StageFixtures.series(new long[] {t[1], t[3]}, 2, 5);
    ForecastScaleCap stage = system().set("use_forecast_scale_estimates", true)
        .estimators(new Estimators(Optional.of(estimator), null, null, null, null)).build().forecastScaleCap();
    assertThat(stage.forecastScalar(AAA, R).values()).containsExactly(NAN, 2, 2, 5, 5);
    assertThat(stage.cappedForecast(AAA, R).values()).containsExactly(NAN, -6, NAN, NAN, 20);
  }

  @Test
  void estimatesWithoutAnEstimatorAreAConfigErrorNamingTheKey() {
    ForecastScaleCap stage = system().set("use_forecast_scale_estimates", true).build().forecastScaleCap();
    assertThatThrownBy(() -> stage.cappedForecast(AAA, R)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("use_forecast_scale_estimates is true")
        .hasMessageContaining("no forecast scalar estimator");
  }

  @Test
  void theCappedForecastGoesThroughAnOverriddenScalar() {
    ForecastScaleCap stage = system().forecastScaleCap(in -> new DefaultForecastScaleCap(in) {
      @Override
      public TimeSeries forecastScalar(InstrumentCode code, RuleName rule) {
        return TimeSeries.constant(RAW.timestamps(), 0.5);
      }
    }).build().forecastScaleCap();
    assertThat(stage.cappedForecast(AAA, R).values()).containsExactly(0.5, -1.5, NAN, NAN, 3);
  }
  @Test
  void attenuatedRulesAreScaledFromTheRawForecastTimesTheVolAttenuation() {
    TradingSystem system = system().rule(RuleSpec.builder("plain").rule(in -> RAW).data("data.get_raw_price")
        .forecastScalar(4)).set("use_attenuation", java.util.List.of("r")).build();
    ForecastScaleCap stage = system.forecastScaleCap();
    // five days: the long average of the vol needs ten, so every quantile is 0 and the attenuation is 2
    assertThat(((DefaultForecastScaleCap) stage).volAttenuation(AAA).values()).containsOnly(2.0);
    assertThat(stage.rawForecast(AAA, R).values()).containsExactly(2, -6, NAN, NAN, 12);
    assertThat(stage.rawForecast(AAA, RuleName.of("plain"))).isEqualTo(system.rules().rawForecast(AAA,
        RuleName.of("plain")));
    assertThat(stage.cappedForecast(AAA, R).values()).containsExactly(8, -20, NAN, NAN, 20);
    assertThat(stage.cappedForecast(AAA, RuleName.of("plain")).values()).containsExactly(4, -12, NAN, NAN, 20);
  }

  @Test
  void theAttenuatedForecastGoesThroughAnOverriddenAttenuation() {
    ForecastScaleCap stage = system().set("use_attenuation", java.util.List.of("r"))
        .forecastScaleCap(in -> new DefaultForecastScaleCap(in) {
          @Override
          public TimeSeries volAttenuation(InstrumentCode code) {
            return TimeSeries.constant(RAW.timestamps(), 0.5);
          }
        }).build().forecastScaleCap();
    assertThat(stage.scaledForecast(AAA, R).values()).containsExactly(2, -6, NAN, NAN, 12);
  }
  @Test
  void anEstimatorSeesTheAttenuatedRawForecastsAsPysystemtradeEstimatesFromThem() {
    ForecastScalarEstimator estimator = (inputs, code, rule) -> inputs.rules().rawForecast(code, rule).abs();
    ForecastScaleCap stage = system().set("use_forecast_scale_estimates", true)
        .set("use_attenuation", java.util.List.of("r"))
        .estimators(new Estimators(Optional.of(estimator), null, null, null, null)).build().forecastScaleCap();
    assertThat(stage.forecastScalar(AAA, R).values()).containsExactly(2, 6, NAN, NAN, 12);
  }
}
