package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;

class RuleVariationsTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");
  private static final InstrumentCode CCC = InstrumentCode.of("CCC");
  private static final RuleName A = RuleName.of("a");
  private static final RuleName B = RuleName.of("b");
  private static final RuleName C = RuleName.of("c");

  private static RuleVariations read(String yaml) {
    return RuleVariations.fromConfig(SystemConfig.fromYaml(yaml, "test.yaml"), List.of(CCC, AAA, BBB),
        Set.of(C, A, B));
  }

  @Test
  void withoutWeightsOrVariationsEveryInstrumentTradesEveryRuleSorted() {
    RuleVariations v = read("");
    assertThat(v.of(AAA)).containsExactly(A, B, C);
    assertThat(v.allRules()).containsExactly(A, B, C);
    assertThat(v.instrumentsTrading(B)).containsExactly(CCC, AAA, BBB);
  }

  @Test
  void theKeysOfTheForecastWeightsComeFirstGlobalOrPerInstrument() {
    RuleVariations global = read("forecast_weights: {c: 0.5, a: 0.5}\nrule_variations: [b]\n");
    assertThat(global.of(BBB)).containsExactly(A, C);
    RuleVariations perInstrument = read("forecast_weights:\n  AAA: {c: 1.0}\n  BBB: {b: 0.5, a: 0.5}\n"
        + "  CCC: {c: 1.0}\n");
    assertThat(perInstrument.of(AAA)).containsExactly(C);
    assertThat(perInstrument.of(BBB)).containsExactly(A, B);
    assertThat(perInstrument.instrumentsTrading(C)).containsExactly(CCC, AAA);
    assertThat(perInstrument.instrumentsTrading(B)).containsExactly(BBB);
    assertThat(perInstrument.instrumentsWithSameRules(AAA)).containsExactly(CCC, AAA);
    assertThat(perInstrument.instrumentsWithSameRules(BBB)).containsExactly(BBB);
    assertThat(perInstrument.allRules()).containsExactly(A, B, C);
  }

  @Test
  void ruleVariationsComeNextGlobalOrPerInstrument() {
    assertThat(read("rule_variations: [c, a]\n").of(CCC)).containsExactly(A, C);
    RuleVariations perInstrument = read("rule_variations:\n  AAA: [b]\n  BBB: [c, b]\n  CCC: [b]\n");
    assertThat(perInstrument.of(AAA)).containsExactly(B);
    assertThat(perInstrument.of(BBB)).containsExactly(B, C);
    assertThat(perInstrument.instrumentsWithSameRules(CCC)).containsExactly(CCC, AAA);
  }

  @Test
  void aRuleThatIsNotATradingRuleIsAConfigError() {
    assertThatThrownBy(() -> read("forecast_weights: {a: 0.5, zz: 0.5}\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("forecast weights for CCC name rule 'zz' which is not in trading_rules");
    assertThatThrownBy(() -> read("rule_variations: [zz]\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("rule 'zz'");
  }

  @Test
  void anInstrumentNotConfiguredIsAnArgumentError() {
    assertThatThrownBy(() -> read("").of(InstrumentCode.of("ZZZ"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("instrument ZZZ is not configured in this system; configured: [CCC, AAA, BBB]");
  }

  @Test
  void theSameRulesForEveryInstrument() {
    RuleVariations v = RuleVariations.same(List.of(BBB, AAA), Set.of(C, A));
    assertThat(v.of(BBB)).containsExactly(A, C);
    assertThat(v.instrumentsWithSameRules(AAA)).containsExactly(BBB, AAA);
    assertThat(v.instrumentsTrading(B)).isEmpty();
  }
}
