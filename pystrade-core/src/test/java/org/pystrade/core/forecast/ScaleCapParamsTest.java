package org.pystrade.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleSpec;

class ScaleCapParamsTest {

  private static final RuleName A = RuleName.of("a");
  private static final RuleName B = RuleName.of("b");
  private static final RuleName C = RuleName.of("c");

  /** Rules a (own scalar 7), b and c (none). */
  private static Map<RuleName, RuleSpec> rules() {
    Map<RuleName, RuleSpec> m = new LinkedHashMap<>();
    m.put(A, RuleSpec.builder("a").rule(in -> in.data(0)).forecastScalar(7).build());
    m.put(B, RuleSpec.builder("b").rule(in -> in.data(0)).build());
    m.put(C, RuleSpec.builder("c").rule(in -> in.data(0)).build());
    return m;
  }

  private static ScaleCapParams params(String yaml) {
    return ScaleCapParams.fromConfig(SystemConfig.fromYaml(yaml, "test.yaml"), rules());
  }

  @Test
  void theRulesOwnScalarBeatsTheBlockWhichBeatsTheGlobalScalar() {
    ScaleCapParams p = params("forecast_scalar: 2.5\nforecast_scalars: {a: 3.0, b: 4.0}\n");
    assertThat(p.fixedScalar(A)).isEqualTo(7.0);
    assertThat(p.fixedScalar(B)).isEqualTo(4.0);
    assertThat(p.fixedScalar(C)).isEqualTo(2.5);
    assertThat(p.fixedScalars().keySet()).containsExactly(A, B, C);
  }

  @Test
  void pysystemtradeDefaultsApplyWhenNothingIsSet() {
    ScaleCapParams p = params("");
    assertThat(p.forecastCap()).isEqualTo(20.0);
    assertThat(p.useEstimates()).isFalse();
    assertThat(p.fixedScalar(B)).isEqualTo(1.0);
    assertThat(params("use_forecast_scale_estimates: True\nforecast_cap: 12\n"))
        .extracting(ScaleCapParams::useEstimates, ScaleCapParams::forecastCap).containsExactly(true, 12.0);
  }

  @Test
  void theCapMustBePositive() {
    assertThatThrownBy(() -> params("forecast_cap: 0\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'forecast_cap' must be a number above zero but was 0");
    assertThatThrownBy(() -> params("forecast_cap: -5\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("-5");
    assertThatThrownBy(() -> new ScaleCapParams(Double.NaN, Double.NaN, false, Map.of())).isInstanceOf(ConfigException.class)
        .hasMessageContaining("'forecast_cap'");
  }

  @Test
  void theFloorIsMinusTheCapUnlessTheConfigSetsOneBelowIt() {
    assertThat(params("forecast_cap: 15\n").forecastFloor()).isNaN();
    assertThat(params("forecast_cap: 15\nforecast_floor: 0\n").forecastFloor()).isZero();
    assertThatThrownBy(() -> params("forecast_cap: 15\nforecast_floor: 15\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("'forecast_floor'").hasMessageContaining("15.0");
  }

  @Test
  void aRuleInTheBlockThatIsNotATradingRuleIsAnError() {
    assertThatThrownBy(() -> params("forecast_scalars: {a: 2.0, nope: 3.0}\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("'forecast_scalars.nope'").hasMessageContaining("trading_rules [a, b, c]");
  }

  @Test
  void aScalarMustBeAPositiveNumber() {
    assertThatThrownBy(() -> params("forecast_scalars: {b: -1}\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'forecast_scalars.b' must be a number above zero but was -1");
    assertThatThrownBy(() -> params("forecast_scalar: .inf\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'forecast_scalar' must be a number above zero but was .inf");
  }

  @Test
  void theScalarOfAnUnknownRuleIsAnArgumentError() {
    assertThatThrownBy(() -> params("").fixedScalar(RuleName.of("zz"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown rule variation 'zz'; the system's rules are [a, b, c]");
  }
  @Test
  void useAttenuationListsTheAttenuatedVariationsAndIgnoresOthersAsPysystemtradeDoes() {
    assertThat(params("").attenuatedRules()).isEmpty();
    ScaleCapParams p = params("use_attenuation: [b, c, not_a_rule]\n");
    assertThat(p.attenuatedRules()).containsExactly(B, C);
    assertThat(p.attenuated(A)).isFalse();
    assertThat(p.attenuated(B)).isTrue();
    assertThat(params("use_attenuation: a\n").attenuatedRules()).containsExactly(A);
  }
}
