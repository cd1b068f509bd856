package org.pystrade.core.combination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;

class CombinationParamsTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");
  private static final RuleName A = RuleName.of("a");
  private static final RuleName B = RuleName.of("b");

  private static CombinationParams params(String yaml) {
    return CombinationParams.fromConfig(SystemConfig.fromYaml(yaml, "test.yaml"), List.of(AAA, BBB));
  }

  @Test
  void globalWeightsApplyToEveryInstrumentInConfigOrder() {
    CombinationParams p = params("forecast_weights: {b: 0.4, a: 0.6}\n");
    for (InstrumentCode code : List.of(AAA, BBB)) {
      assertThat(p.fixedWeightsFor(code).orElseThrow()).containsExactly(Map.entry(B, 0.4), Map.entry(A, 0.6));
    }
  }

  @Test
  void anInstrumentsOwnWeightsReplaceTheGlobalOnes() {
    CombinationParams p = params("forecast_weights:\n  AAA: {a: 1.0}\n  BBB: {a: 0.3, b: 0.7}\n");
    assertThat(p.fixedWeightsFor(AAA).orElseThrow()).containsExactly(Map.entry(A, 1.0));
    assertThat(p.fixedWeightsFor(BBB).orElseThrow()).containsExactly(Map.entry(A, 0.3), Map.entry(B, 0.7));
  }

  @Test
  void withoutForecastWeightsThereAreNoFixedWeights() {
    CombinationParams p = params("");
    assertThat(p.fixedWeightsFor(AAA)).isEmpty();
    assertThat(p.fixedWeights()).isEmpty();
    assertThat(p.useWeightEstimates()).isFalse();
    assertThat(p.useFdmEstimates()).isFalse();
    assertThat(p.weightEwmaSpan()).isEqualTo(125.0);
    assertThat(p.postCeilingCostSr()).isEqualTo(999.0);
  }

  @Test
  void theFdmIsGlobalOrPerInstrumentWithOneAsTheDefault() {
    assertThat(params("").fixedFdm(AAA)).isEqualTo(1.0);
    CombinationParams global = params("forecast_div_multiplier: 1.3\n");
    assertThat(global.fixedFdm(AAA)).isEqualTo(1.3);
    assertThat(global.fixedFdm(BBB)).isEqualTo(1.3);
    CombinationParams perInstrument = params("forecast_div_multiplier: {AAA: 1.5}\n");
    assertThat(perInstrument.fixedFdm(AAA)).isEqualTo(1.5);
    assertThat(perInstrument.fixedFdm(BBB)).isEqualTo(1.0);
    assertThatThrownBy(() -> perInstrument.fixedFdm(InstrumentCode.of("ZZZ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("instrument ZZZ is not configured in this system");
  }

  @Test
  void negativeWeightsAndNonPositiveMultipliersAreRejected() {
    assertThatThrownBy(() -> params("forecast_weights: {a: 1.1, b: -0.1}\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'forecast_weights.b' must be a number of zero or more but was -0.1");
    assertThatThrownBy(() -> params("forecast_div_multiplier: {BBB: 0}\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'forecast_div_multiplier.BBB' must be a number above zero but was 0");
    assertThatThrownBy(() -> params("forecast_weight_ewma_span: 0.5\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'forecast_weight_ewma_span' must be a number of at least 1 but was 0.5");
    assertThatThrownBy(() -> params("forecast_weights: {a: x}\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("'forecast_weights.a' must be a number but was 'x'");
  }

  @Test
  void estimatesAndCeilingAreRead() {
    CombinationParams p = params("use_forecast_weight_estimates: True\nuse_forecast_div_mult_estimates: True\n"
        + "forecast_weight_ewma_span: 10\nforecast_post_ceiling_cost_SR: 0.13\n");
    assertThat(p.useWeightEstimates()).isTrue();
    assertThat(p.useFdmEstimates()).isTrue();
    assertThat(p.weightEwmaSpan()).isEqualTo(10.0);
    assertThat(p.postCeilingCostSr()).isEqualTo(0.13);
  }
}
