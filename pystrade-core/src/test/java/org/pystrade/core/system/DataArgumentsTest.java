package org.pystrade.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rules.DataSourceRegistry;
import org.pystrade.core.rules.RuleArgs;
import org.pystrade.core.rules.RuleInputs;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleRegistry;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.series.TimeSeries;

/**
 * Keyword arguments of data sources: pysystemtrade's underscore {@code other_args} ({@code _smooth_days: 30} passed
 * to the first data source as {@code smooth_days=30}), with the sources' defaults, memoised per argument values.
 */
class DataArgumentsTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");

  private static FuturesSimData data() {
    return SyntheticData.builder(900, "AAA", "USD", "BBB", "USD").build();
  }

  private static TradingSystem system(String otherArgs) {
    String yaml = "instrument_weights: {AAA: 0.5, BBB: 0.5}\n"
        + "trading_rules:\n"
        + "  relcarry:\n"
        + "    function: systems.provided.rules.carry.relative_carry\n"
        + "    data: [rawdata.smoothed_carry, rawdata.median_carry_for_asset_class]\n"
        + "    other_args: " + otherArgs + "\n"
        + "    forecast_scalar: 50\n";
    return TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), data());
  }

  private static TimeSeries relativeCarry(TimeSeries smoothed, TimeSeries median) {
    TimeSeries f = RuleRegistry.standard().get("relative_carry").rule()
        .forecast(new RuleInputs(AAA, List.of(smoothed, median), RuleArgs.empty()));
    return f.map(v -> v == 0.0 ? Double.NaN : v);
  }

  /** The system's relcarry forecast is relative_carry of the carry smoothed with {@code smoothDays}. */
  private static TimeSeries assertSmoothedWith(TradingSystem system, double smoothDays) {
    RawData raw = system.rawData();
    TimeSeries expected = relativeCarry(raw.smoothedCarry(AAA, smoothDays), raw.medianCarryForAssetClass(AAA));
    assertThat(system.rules().rawForecast(AAA, RuleName.of("relcarry"))).isEqualTo(expected);
    return expected;
  }

  @Test
  void anUnderscoreArgumentIsPassedToTheFirstDataSource() {
    TradingSystem system = system("{_smooth_days: 30}");
    RuleSpec spec = system.tradingRules().get(RuleName.of("relcarry"));
    assertThat(spec.args()).isEqualTo(RuleArgs.empty());
    assertThat(spec.dataArgs()).containsExactly(RuleArgs.of("smooth_days", 30), RuleArgs.empty());
    TimeSeries expected = assertSmoothedWith(system, 30);
    assertThat(expected).isNotEqualTo(assertSmoothedWith(system("{}"), 90));
  }

  @Test
  void withoutTheArgumentTheSourceDefaultApplies() {
    TradingSystem system = system("{}");
    assertSmoothedWith(system, 90);
    assertThat(system.dataSources().parameters("rawdata.smoothed_carry")).isEqualTo(RuleArgs.of("smooth_days", 90));
    assertThat(system.dataSources().parameters("rawdata.raw_carry")).isEqualTo(RuleArgs.empty());
  }

  @Test
  void resultsAreMemoisedPerArgumentValues() {
    TradingSystem system = system("{_smooth_days: 30}");
    DataSourceRegistry sources = system.dataSources();
    RawData raw = system.rawData();
    TimeSeries thirty = sources.compute("rawdata.smoothed_carry", raw, system.context(), AAA,
        RuleArgs.of("smooth_days", 30));
    assertThat(sources.compute("rawdata.smoothed_carry", raw, system.context(), AAA,
        RuleArgs.of("smooth_days", 30.0))).isSameAs(thirty);
    TimeSeries ninety = sources.compute("rawdata.smoothed_carry", raw, system.context(), AAA, RuleArgs.empty());
    assertThat(sources.compute("rawdata.smoothed_carry", raw, system.context(), AAA,
        RuleArgs.of("smooth_days", 90))).isSameAs(ninety);
    assertThat(sources.get("rawdata.smoothed_carry").get(raw, system.data(), AAA)).isEqualTo(ninety);
    assertThat(ninety).isNotEqualTo(thirty);
  }

  @Test
  void anArgumentTheDataSourceDoesNotTakeNamesTheRuleAndTheSource() {
    assertThatThrownBy(() -> system("{__smooth_days: 30}")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("'relcarry'").hasMessageContaining("'rawdata.median_carry_for_asset_class'")
        .hasMessageContaining("'smooth_days'").hasMessageContaining("accepts none");
    assertThatThrownBy(() -> system("{_smooth_dayz: 30}")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("'relcarry'").hasMessageContaining("'rawdata.smoothed_carry'")
        .hasMessageContaining("'smooth_dayz'").hasMessageContaining("[smooth_days]");
  }

  @Test
  void argumentsForDataInputsTheRuleDoesNotHaveAreIgnored() {
    assertSmoothedWith(system("{___smooth_days: 30}"), 90);
  }

  @Test
  void withoutDeclaredDataUnderscoreArgumentsGoToTheRuleAsInPysystemtrade() {
    String yaml = "instrument_weights: {AAA: 1}\ntrading_rules:\n  b:\n    function: breakout\n"
        + "    other_args: {_lookback: 10}\n";
    // breakout does not take _lookback: the build fails naming the rule and the argument, as Python's TypeError
    assertThatThrownBy(() -> TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), data()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("trading_rules.b")
        .hasMessageContaining("'_lookback'").hasMessageContaining("lookback=10");
  }

  @Test
  void aUserDataSourceDeclaresItsArgumentsAndDefaults() {
    AtomicInteger calls = new AtomicInteger();
    DataSourceRegistry sources = DataSourceRegistry.standard().with("mine.lagged_price", RuleArgs.of("lag", 1),
        (raw, d, c, a) -> {
          calls.incrementAndGet();
          return raw.dailyPrices(c).shift(a.getInt("lag", -1));
        });
    TradingSystem system = TradingSystem.builder().data(data()).dataSources(sources)
        .instrumentWeights(Map.of("AAA", 1.0))
        .rule(RuleSpec.builder("lag3").rule(in -> in.data(0)).data("mine.lagged_price").args("_lag", 3))
        .rule(RuleSpec.builder("lag3_again").rule(in -> in.data(0)).data("mine.lagged_price").args("_lag", 3.0))
        .rule(RuleSpec.builder("lag1").rule(in -> in.data(0)).data("mine.lagged_price"))
        .build();
    TimeSeries prices = system.rawData().dailyPrices(AAA);
    assertThat(system.rules().rawForecast(AAA, RuleName.of("lag3"))).isEqualTo(prices.shift(3));
    assertThat(system.rules().rawForecast(AAA, RuleName.of("lag3_again"))).isEqualTo(prices.shift(3));
    assertThat(system.rules().rawForecast(AAA, RuleName.of("lag1"))).isEqualTo(prices.shift(1));
    assertThat(calls.get()).isEqualTo(2);
    assertThatThrownBy(() -> TradingSystem.builder().data(data()).dataSources(sources)
        .instrumentWeights(Map.of("AAA", 1.0))
        .rule(RuleSpec.builder("bad").rule(in -> in.data(0)).data("mine.lagged_price").args("_lags", 3))
        .build()).isInstanceOf(ConfigException.class).hasMessageContaining("'bad'")
        .hasMessageContaining("'mine.lagged_price'").hasMessageContaining("'lags'").hasMessageContaining("[lag]");
  }
}
