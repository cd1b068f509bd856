package org.pystrade.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.ConfigProblem;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;

/** Every numeric config value is checked once, when the system is built, naming the key (and the rule). */
class ConfigValueChecksTest {

  private static final String WEIGHTS = "instrument_weights: {AAA: 0.5, BBB: 0.5}\n";
  private static final FuturesSimData DATA = SyntheticData.builder(600, "AAA", "USD", "BBB", "EUR").build();

  private static TradingSystem system(String yaml) {
    return TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "test.yaml"), DATA);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "forecast_div_multiplier: 0|'forecast_div_multiplier' must be a number above zero but was 0",
      "forecast_div_multiplier: .nan|'forecast_div_multiplier' must be a number above zero but was .nan",
      "instrument_div_multiplier: .nan|'instrument_div_multiplier' must be a number above zero but was .nan",
      "instrument_div_multiplier: -1.89|'instrument_div_multiplier' must be a number above zero but was -1.89",
      "notional_trading_capital: .inf|'notional_trading_capital' must be a number above zero but was .inf",
      "percentage_vol_target: -.inf|'percentage_vol_target' must be a number above zero but was -.inf",
      "forecast_cap: 0|'forecast_cap' must be a number above zero but was 0",
      "buffer_size: -0.1|'buffer_size' must be a number of zero or more but was -0.1",
      "forecast_weight_ewma_span: 0|'forecast_weight_ewma_span' must be a number of at least 1 but was 0",
      "'volatility_calculation: {days: 0}'|'volatility_calculation.days' must be a number of at least 1 but was 0",
      "'volatility_calculation: {proportion_of_slow_vol: 1.5}'|'volatility_calculation.proportion_of_slow_vol' must be a number from 0 to 1 but was 1.5",
      "'forecast_scalars: {ewmac8_32: -5.3}'|'forecast_scalars.ewmac8_32' must be a number above zero but was -5.3",
      "notional_trading_capital: '1e6d'|'notional_trading_capital' must be a number but was '1e6d'",
      "notional_trading_capital: '0x1p20'|'notional_trading_capital' must be a number but was '0x1p20'",
      "'instrument_weights: {AAA: -0.5, BBB: 1.5}'|'instrument_weights.AAA' must be a number of zero or more but was -0.5",
      "'forecast_weights: {ewmac8_32: 1.2, carry: -0.2}'|'forecast_weights.carry' must be a number of zero or more but was -0.2",
  })
  void aValueOutsideItsRangeIsAConfigErrorNamingTheKey(String line, String message) {
    String yaml = line.startsWith("instrument_weights") ? TradingSystemTest.RULES + line + "\n"
        : TradingSystemTest.RULES + WEIGHTS + line + "\n";
    assertThatThrownBy(() -> system(yaml).accounts().portfolio()).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key " + message).hasMessageContaining("(in test.yaml)");
  }

  @Test
  void aRuleArgumentOutsideItsRangeNamesTheRuleAndTheKeyOnce() {
    String yaml = TradingSystemTest.RULES.replace("Lfast: 8", "Lfast: 0") + WEIGHTS;
    assertThatThrownBy(() -> system(yaml)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'trading_rules.ewmac8_32'")
        .hasMessageContaining("argument 'Lfast' must be a number of at least 1 but was 0");
    String nan = TradingSystemTest.RULES.replace("smooth_days: 90", "smooth_days: .nan") + WEIGHTS;
    assertThatThrownBy(() -> system(nan)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'trading_rules.carry'")
        .hasMessageContaining("argument 'smooth_days' must be a number of at least 1 but was NaN");
  }

  @Test
  void emptyOrZeroWeightsAreAnErrorNamingTheKey() {
    assertThatThrownBy(() -> system(TradingSystemTest.RULES + WEIGHTS + "forecast_weights: {}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'forecast_weights' gives no rule a weight above zero (it is empty)");
    assertThatThrownBy(() -> system(TradingSystemTest.RULES + "instrument_weights: {AAA: 0, BBB: 0}\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'instrument_weights' gives no instrument a weight above zero");
  }

  @Test
  void weightsNotSummingToOneAreAWarningNamingTheSum() {
    TradingSystem s = system(TradingSystemTest.RULES + "instrument_weights: {AAA: 0.5, BBB: 0.3}\n"
        + "forecast_weights: {ewmac8_32: 0.8, carry: 0.6}\n");
    assertThat(s.configProblems()).extracting(ConfigProblem::kind)
        .containsOnly(ConfigProblem.Kind.SUSPICIOUS_VALUE);
    assertThat(s.configProblems()).extracting(ConfigProblem::message).anySatisfy(m -> assertThat(m)
        .contains("config key 'forecast_weights': the weights sum to 1.4", "normalises"));
    assertThat(s.configProblems()).extracting(ConfigProblem::message).anySatisfy(m -> assertThat(m)
        .contains("config key 'instrument_weights': the weights sum to 0.8"));
    // weights summing to 1 up to decimal rounding say nothing; a sum is shown as the decimals give it (0.3, not
    // the double 0.30000000000000004)
    assertThat(system(TradingSystemTest.RULES + "instrument_weights: {AAA: 0.1, BBB: 0.2}\n"
        + "forecast_weights: {ewmac8_32: 0.7, carry: 0.3}\n").configProblems()).hasSize(1)
        .allSatisfy(p -> assertThat(p.message()).contains("sum to 0.3, not 1"));
  }

  @Test
  void aConfigWithoutRulesSaysSoInsteadOfComputingNan() {
    assertThatThrownBy(() -> system("# only a comment\n").accounts().portfolio())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no trading rule to combine")
        .hasMessageContaining("is it empty, or only comments?");
    assertThatThrownBy(() -> system("").accounts().portfolio()).isInstanceOf(ConfigException.class)
        .hasMessageContaining("no trading rule to combine");
  }
}
