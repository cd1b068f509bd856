package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleArgs;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

class Chapter15DslTest {

  private static final CsvFuturesSimData DATA = SampleData.open();

  @Test
  void dslSystemEqualsYamlSystem() {
    TradingSystem yaml = TradingSystem.fromYaml(
        SystemConfig.fromYaml(SampleData.directory().resolve("configs/chapter15.yaml")), DATA);
    TradingSystem dsl = Chapter15Dsl.system(DATA);
    assertThat(dsl).isEqualTo(yaml);
    assertThat(dsl.tradingRules().keySet()).containsExactlyElementsOf(yaml.tradingRules().keySet());
    assertThat(dsl.accounts().portfolio().net()).isEqualTo(yaml.accounts().portfolio().net());
    InstrumentCode sofr = InstrumentCode.of("SOFR");
    assertThat(dsl.accounts().bufferedPosition(sofr, true)).isEqualTo(yaml.accounts().bufferedPosition(sofr, true));
  }

  @Test
  void aDifferentParameterMakesADifferentSystem() {
    TradingSystem dsl = Chapter15Dsl.system(DATA);
    TradingSystem.Builder b = TradingSystem.builder().config(dsl.config()).data(DATA);
    dsl.tradingRules().values().forEach(b::rule);
    assertThat(b.build()).isEqualTo(dsl);
    // a rule set on the builder replaces the one of the same name
    TradingSystem other = b.rule(RuleSpec.of("carry", "carry").data("rawdata.raw_carry").args("smooth_days", 60)
        .forecastScalar(30)).build();
    assertThat(other).isNotEqualTo(dsl);
    assertThat(other.tradingRules().get(RuleName.of("carry")).args()).isEqualTo(RuleArgs.of("smooth_days", 60));
  }

  @Test
  void readmeExampleWithAUserLambdaRuleRuns() {
    TradingSystem system = TradingSystem.builder()
        .data(CsvFuturesSimData.open(SampleData.directory()))
        .rule(RuleSpec.of("ewmac16_64", "ewmac").data("rawdata.get_daily_prices", "rawdata.daily_returns_volatility")
            .args("Lfast", 16, "Lslow", 64).forecastScalar(3.75))
        .rule(RuleSpec.builder("my_momentum")
            .rule(in -> in.data(0).minus(in.data(0).shift(in.args().getInt("lookback"))).dividedBy(in.data(1)))
            .parameter("lookback", 20)
            .data("rawdata.get_daily_prices", "rawdata.daily_returns_volatility")
            .forecastScalar(2.8))
        .forecastWeights(Map.of("ewmac16_64", 0.5, "my_momentum", 0.5))
        .forecastDivMultiplier(1.1)
        .percentageVolTarget(20).notionalTradingCapital(250_000).baseCurrency("USD")
        .instrumentWeights(Map.of("CORN", 0.5, "US10", 0.5))
        .instrumentDivMultiplier(1.2)
        .build();
    assertThat(system.instruments()).extracting(InstrumentCode::value).containsExactly("CORN", "US10");
    assertThat(system.accounts().portfolio().net().countValid()).isGreaterThan(10_000);
    assertThat(system.failures()).isEmpty();
    // the README's scalar brings the rule's forecast to pysystemtrade's average absolute forecast of about 10
    TimeSeries scaled = system.forecastScaleCap().scaledForecast(InstrumentCode.of("CORN"),
        RuleName.of("my_momentum"));
    double sum = 0;
    int n = 0;
    for (double v : scaled.valuesView()) {
      if (v == v) {
        sum += Math.abs(v);
        n++;
      }
    }
    assertThat(sum / n).isBetween(7.0, 13.0);
  }

  @Test
  void mainRunsOnTheSampleData() {
    Chapter15Dsl.main(new String[] {SampleData.directory().toString()});
    assertThat(Path.of(SampleData.directory().toString())).isDirectory();
  }
}
