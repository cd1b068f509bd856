package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;

class RuleConfigTest {

  private static final TradingRule RULE = in -> in.data(0);
  /** {@code my.rule(price, span=10)} and {@code my.pair(*inputs)}. */
  private static final RuleRegistry REGISTRY = RuleRegistry.empty()
      .with("my.rule", RuleSignature.of("price").optional("span", 10), RULE)
      .with("my.pair", RuleSignature.anyInputs(), RULE);

  private static Map<RuleName, RuleSpec> read(String yaml) {
    return RuleConfig.fromConfig(SystemConfig.fromYaml(yaml, "rules.yaml"), REGISTRY, DataSourceRegistry.standard());
  }

  private static void assertError(String yaml, String... parts) {
    assertThatThrownBy(() -> read("trading_rules:\n" + yaml)).isInstanceOf(ConfigException.class)
        .hasMessageContainingAll(parts);
  }

  @Test
  void theStringFormNamesTheFunctionAndReadsTheDailyPrice() {
    RuleSpec spec = read("trading_rules:\n  r1: my.rule\n").get(RuleName.of("r1"));
    assertThat(spec.function()).isEqualTo("my.rule");
    assertThat(spec.rule()).isSameAs(RULE);
    assertThat(spec.data()).containsExactly("data.daily_prices");
    assertThat(spec.args()).isEqualTo(RuleArgs.empty());
    assertThat(spec.boundArgs().values()).containsExactly(Map.entry("span", 10.0));
    assertThat(spec.forecastScalar()).isEmpty();
  }

  @Test
  void theMappingFormSendsUnderscoredArgumentsToTheDataSources() {
    RuleSpec spec = read("trading_rules:\n  r2:\n    function: my.pair\n"
        + "    data: [rawdata.get_daily_prices, rawdata.smoothed_carry]\n"
        + "    other_args: {__smooth_days: 30}\n    forecast_scalar: 2.5\n").get(RuleName.of("r2"));
    assertThat(spec.data()).containsExactly("rawdata.get_daily_prices", "rawdata.smoothed_carry");
    assertThat(spec.args()).isEqualTo(RuleArgs.empty());
    assertThat(spec.dataArgs()).containsExactly(RuleArgs.empty(), RuleArgs.of("smooth_days", 30));
    assertThat(spec.forecastScalar()).hasValue(2.5);
  }

  @Test
  void variationsKeepTheDeclaredOrderAndNoBlockIsNoRules() {
    assertThat(read("trading_rules:\n  zz: my.rule\n  aa: my.rule\n  mm: my.pair\n").keySet())
        .extracting(RuleName::value).containsExactly("zz", "aa", "mm");
    assertThat(read("forecast_cap: 20\n")).isEmpty();
  }

  @Test
  void malformedEntriesNameTheirKey() {
    assertError("  r: [my.rule]\n", "config key 'trading_rules.r' must be a rule definition");
    assertError("  r:\n    data: [rawdata.get_daily_prices]\n", "config key 'trading_rules.r.function' is required");
    assertError("  r:\n    function: my.rule\n    data: {a: rawdata.get_daily_prices}\n",
        "config key 'trading_rules.r.data' must be a list");
    assertError("  r:\n    function: my.rule\n    other_args: [1, 2]\n",
        "config key 'trading_rules.r.other_args' must be a mapping");
    assertError("  r:\n    function: my.rule\n    forecast_scalar: big\n",
        "'trading_rules.r.forecast_scalar' must be a number but was 'big'");
    assertThatThrownBy(() -> read("trading_rules: [my.rule]\n")).isInstanceOf(ConfigException.class)
        .hasMessage("config key 'trading_rules' must be a mapping of rule names to rule definitions");
  }

  @Test
  void unknownFunctionsAndDataSourcesAreNamedWithTheNearestKnownOne() {
    assertError("  r: my.rul\n", "trading rule 'r' (config key 'trading_rules.r.function')",
        "unknown trading rule function 'my.rul' (did you mean 'my.rule'?)");
    assertError("  r:\n    function: my.rule\n    data: [rawdata.daily_prics]\n",
        "trading rule 'r' reads unknown data 'rawdata.daily_prics' (did you mean 'rawdata.daily_prices'?)");
  }

  @Test
  void argumentsTheFunctionOrADataSourceDoesNotTakeAreErrorsNamingTheKey() {
    assertError("  r:\n    function: my.rule\n    other_args: {spna: 3}\n", "config key 'trading_rules.r': ",
        "unexpected argument 'spna' (did you mean 'span'?)");
    assertError("  r:\n    function: my.rule\n    data: [rawdata.get_daily_prices, rawdata.daily_returns]\n",
        "config key 'trading_rules.r': ", "needs data inputs [price] but 2 were given");
    assertError("  r:\n    function: my.pair\n    data: [rawdata.get_daily_prices, rawdata.smoothed_carry]\n"
        + "    other_args: {__smooth: 30}\n", "trading rule 'r' passes data input 2 ('rawdata.smoothed_carry',"
        + " other_args with 2 leading underscores) an argument it does not take",
        "unexpected argument 'smooth'; it accepts [smooth_days]");
  }
}
