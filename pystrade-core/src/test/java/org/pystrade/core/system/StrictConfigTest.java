package org.pystrade.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.ConfigProblem;
import org.pystrade.core.config.ConfigSchema;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.rules.RuleSignature;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.series.Ewm;

/**
 * Typos in a config can never run silently with a default: every one the issue tracker found gives an error naming
 * the key and the nearest known one (or, with {@code strict: false}, a warning the system reports).
 */
class StrictConfigTest {

  private static final FuturesSimData DATA = SyntheticData.builder(400, "AAA", "USD", "BBB", "USD").build();

  private static final String BASE = "instrument_weights: {AAA: 0.5, BBB: 0.5}\n"
      + "trading_rules:\n"
      + "  ewmac16_64:\n"
      + "    function: systems.provided.rules.ewmac.ewmac\n"
      + "    data: [rawdata.get_daily_prices, rawdata.daily_returns_volatility]\n"
      + "    other_args: {Lfast: 16, Lslow: 64}\n";

  private static TradingSystem build(String yaml) {
    return TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "typo.yaml"), DATA);
  }

  @ParameterizedTest
  @CsvSource({
      "percentage_vol_targt: 20.0, percentage_vol_targt, percentage_vol_target",
      "forecast_div_multiplyer: 1.3, forecast_div_multiplyer, forecast_div_multiplier",
      "use_forecast_scale_estimate: True, use_forecast_scale_estimate, use_forecast_scale_estimates",
      "instrument_weight: {AAA: 1.0}, instrument_weight, instrument_weights",
      "'volatility_calculation: {dayz: 20}', volatility_calculation.dayz, volatility_calculation.days",
      "'forecast_weight_estimate: {methd: one_period}', forecast_weight_estimate.methd, forecast_weight_estimate.method",
      "notional_trading_captial: 100000, notional_trading_captial, notional_trading_capital"})
  void aMisspeltKeyIsAnErrorNamingTheNearestKnownKey(String line, String key, String nearest) {
    assertThatThrownBy(() -> build(BASE + line + "\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown config key '" + key + "'")
        .hasMessageContaining("did you mean '" + nearest + "'?")
        .hasMessageContaining("typo.yaml").hasMessageContaining("strict: false");
  }

  @Test
  void everyKeyAStageReadsIsAKeyOfTheSchemaThatPystradeUses() {
    for (String key : SystemAssembly.declaredKeys()) {
      assertThat(ConfigSchema.pysystemtrade().use(key)).as(key).isEqualTo(ConfigSchema.Use.USED);
    }
  }

  @Test
  void everyBadKeyIsNamedAtOnce() {
    assertThatThrownBy(() -> build(BASE + "percentage_vol_targt: 20\nbuffer_sise: 0.2\n"))
        .hasMessageContaining("2 keys").hasMessageContaining("'percentage_vol_targt'")
        .hasMessageContaining("'buffer_sise'").hasMessageContaining("'buffer_size'");
  }

  @Test
  void aKeyOfPysystemtradesBacktestThatPystradeDoesNotImplementIsRefused() {
    assertThatThrownBy(() -> build(BASE + "forecast_mapping: {ewmac16_64: {a_param: 1}}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("'forecast_mapping'")
        .hasMessageContaining("does not implement");
  }

  @Test
  void pysystemtradesProductionAndReportingKeysAreAccepted() {
    TradingSystem s = build(BASE + "ib_port: 4002\nrule_groups: {trend: [ewmac16_64]}\ncountries: {US: [AAA]}\n"
        + "execution_algos: {algo_overrides: {CORN: sysexecution.algos.algo_market.algoMarket}}\n");
    assertThat(s.configProblems()).isEmpty();
  }

  @Test
  void inLenientModeTheKeysAreIgnoredWithWarningsTheSystemReports() {
    TradingSystem s = build(BASE + "strict: false\npercentage_vol_targt: 20.0\nforecast_mapping: {x: {}}\n");
    List<ConfigProblem> problems = s.configProblems();
    assertThat(problems).extracting(ConfigProblem::key).containsExactly("percentage_vol_targt", "forecast_mapping");
    assertThat(problems).extracting(ConfigProblem::kind)
        .containsExactly(ConfigProblem.Kind.UNKNOWN, ConfigProblem.Kind.UNSUPPORTED);
    assertThat(problems.get(0).message()).contains("did you mean 'percentage_vol_target'?");
    // the default target applies, as pysystemtrade would run it
    assertThat(s.positionSizing().dailyCashVolTarget()).isEqualTo(1_000_000 * 16.0 / 100 / 16);
    TradingSystem lenient = TradingSystem.builder().config(SystemConfig.fromYaml(BASE + "percentage_vol_targt: 2\n",
        "t")).data(DATA).strict(false).build();
    assertThat(lenient.configProblems()).hasSize(1);
  }

  @Test
  void aMisspeltRuleArgumentIsAnErrorNamingTheRuleAndTheArgument() {
    String yaml = BASE.replace("{Lfast: 16, Lslow: 64}", "{Lfast: 16, Lslwo: 64}");
    assertThatThrownBy(() -> build(yaml)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("trading_rules.ewmac16_64").hasMessageContaining("'Lslwo'")
        .hasMessageContaining("did you mean 'Lslow'?");
  }

  @Test
  void aMisspeltArgumentOfAUserRuleIsAnErrorNamingTheDeclaredOne() {
    assertThatThrownBy(() -> RuleSpec.builder("smooth_mom")
        .rule(in -> in.data(0).ewmMean(Ewm.span(in.args().getDouble("span"))))
        .parameter("span", 16).args("spna", 8).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'smooth_mom'")
        .hasMessageContaining("'spna'").hasMessageContaining("did you mean 'span'?");
    RuleSpec ok = RuleSpec.builder("smooth_mom").rule(in -> in.data(0))
        .signature(RuleSignature.anyInputs().optional("span", 16)).args("span", 8).build();
    assertThat(ok.boundArgs().getDouble("span")).isEqualTo(8.0);
  }

  @Test
  void aMisspeltKeyInsideATradingRuleIsAnError() {
    String yaml = BASE.replace("    other_args:", "    othr_args:");
    assertThatThrownBy(() -> build(yaml)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("'trading_rules.ewmac16_64.othr_args'")
        .hasMessageContaining("did you mean 'trading_rules.ewmac16_64.other_args'?");
  }
}
