package org.pystrade.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.rules.RuleException;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.series.TimeSeries;

class TradingSystemTest {

  /** Two rules with fixed forecast scalars, as YAML. */
  static final String RULES = "trading_rules:\n"
      + "  ewmac8_32:\n"
      + "    function: systems.provided.rules.ewmac.ewmac\n"
      + "    data: [rawdata.get_daily_prices, rawdata.daily_returns_volatility]\n"
      + "    other_args: {Lfast: 8, Lslow: 32}\n"
      + "    forecast_scalar: 5.3\n"
      + "  carry:\n"
      + "    function: systems.provided.rules.carry.carry\n"
      + "    data: [rawdata.raw_carry]\n"
      + "    other_args: {smooth_days: 90}\n"
      + "    forecast_scalar: 30\n";

  private static FuturesSimData data() {
    return SyntheticData.builder(1500, "AAA", "USD", "BBB", "EUR", "CCC", "JPY").build();
  }

  @Test
  void unknownFunctionIsNamedWithTheKnownOnes() {
    String yaml = "trading_rules:\n  mine:\n    function: systems.provided.rules.nope.nope\n";
    assertThatThrownBy(() -> TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), data()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'mine'").hasMessageContaining("systems.provided.rules.nope.nope")
        .hasMessageContaining("systems.provided.rules.ewmac.ewmac");
  }

  @Test
  void unknownDataSourceIsNamedWithTheKnownOnes() {
    String yaml = "trading_rules:\n  mine:\n    function: ewmac\n    data: [rawdata.no_such_thing]\n";
    assertThatThrownBy(() -> TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), data()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rawdata.no_such_thing").hasMessageContaining("rawdata.get_daily_prices");
  }

  @Test
  void anInstrumentWithoutDataIsLeftOutWithTheKnownOnesNamed() {
    String yaml = RULES + "instrument_weights: {AAA: 0.5, ZZZ: 0.5}\n";
    TradingSystem system = TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), data());
    assertThat(system.instruments()).extracting(InstrumentCode::value).containsExactly("AAA");
    assertThat(system.failures()).hasSize(1);
    assertThat(system.failures().get(0).reason()).contains("ZZZ").contains("AAA");
    assertThat(system.accounts().portfolio().net().countValid()).isPositive();
  }

  @Test
  void aConfigWithNoKnownInstrumentIsAnError() {
    String yaml = RULES + "instrument_weights: {XXX: 0.5, ZZZ: 0.5}\n";
    assertThatThrownBy(() -> TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), data()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("ZZZ").hasMessageContaining("AAA");
  }

  @Test
  void anInstrumentWithoutFxIsLeftOutAndTheRestIsComputed() {
    String yaml = RULES + "forecast_weights: {ewmac8_32: 0.5, carry: 0.5}\n"
        + "instrument_weights: {AAA: 0.4, BBB: 0.3, CCC: 0.3}\n";
    TradingSystem system = TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), data());
    assertThat(system.instruments()).extracting(InstrumentCode::value).containsExactly("AAA", "BBB");
    assertThat(system.failures()).hasSize(1);
    assertThat(system.failures().get(0).instrument().value()).isEqualTo("CCC");
    assertThat(system.failures().get(0).reason()).contains("JPY").contains("CCC");
    TimeSeries net = system.accounts().portfolio().net();
    assertThat(net.countValid()).isGreaterThan(1000);
    assertThat(Arrays.stream(net.values()).allMatch(Double::isFinite)).isTrue();
  }

  @Test
  void builderAndYamlGiveEqualSystemsAndResults() {
    SystemConfig c = SystemConfig.fromYaml(RULES + "instrument_weights: {AAA: 0.5, BBB: 0.5}\n", "t");
    FuturesSimData d = data();
    TradingSystem a = TradingSystem.fromYaml(c, d);
    TradingSystem b = TradingSystem.builder().config(c).data(d).build();
    assertThat(a).isEqualTo(b);
    assertThat(a.accounts().portfolio().net()).isEqualTo(b.accounts().portfolio().net());
  }

  @Test
  void resultsAreMemoisedAndSafeUnderConcurrentUse() throws Exception {
    SystemConfig c = SystemConfig.fromYaml(RULES + "instrument_weights: {AAA: 0.5, BBB: 0.5}\n", "t");
    TradingSystem system = TradingSystem.fromYaml(c, data());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<TimeSeries>> futures = pool.invokeAll(List.of(
          () -> system.accounts().portfolio().net(), () -> system.accounts().portfolio().net(),
          () -> system.accounts().portfolio().net(), () -> system.accounts().portfolio().net()));
      TimeSeries first = futures.get(0).get();
      for (Future<TimeSeries> f : futures) {
        assertThat(f.get()).isSameAs(first);
      }
    } finally {
      pool.shutdown();
    }
    InstrumentCode aaa = InstrumentCode.of("AAA");
    assertThat(system.rawData().dailyPrices(aaa)).isSameAs(system.rawData().dailyPrices(aaa));
  }

  @Test
  void crossSectionalRulesWorkWithABadInstrumentInTheAssetClass() {
    String yaml = "trading_rules:\n"
        + "  relmom:\n"
        + "    function: systems.provided.rules.rel_mom.relative_momentum\n"
        + "    data: [rawdata.get_cumulative_daily_vol_normalised_returns,"
        + " rawdata.normalised_price_for_asset_class]\n"
        + "    other_args: {horizon: 100}\n"
        + "  relcarry:\n"
        + "    function: systems.provided.rules.carry.relative_carry\n"
        + "    data: [rawdata.smoothed_carry, rawdata.median_carry_for_asset_class]\n"
        + "instrument_weights: {AAA: 0.4, BBB: 0.3, CCC: 0.3}\n";
    TradingSystem system = TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), data());
    assertThat(system.instruments()).extracting(InstrumentCode::value).containsExactly("AAA", "BBB");
    assertThat(system.failures()).extracting(f -> f.instrument().value()).containsExactly("CCC");
    assertThat(system.accounts().portfolio().net().countValid()).isGreaterThan(1000);
  }

  @Test
  void exactZerosOfARuleAreMissingForecastsAsInPysystemtrade() {
    TradingSystem system = TradingSystem.builder().data(data())
        .rule(RuleSpec.builder("flat_then_one")
            .rule(in -> in.data(0).map(p -> p > in.data(0).value(0) ? 1.0 : 0.0))
            .data("rawdata.get_daily_prices").forecastScalar(1.0))
        .forecastWeights(Map.of("flat_then_one", 1.0)).forecastDivMultiplier(1.0)
        .instrumentWeights(Map.of("AAA", 1.0)).instrumentDivMultiplier(1.0).build();
    TimeSeries f = system.rules().rawForecast(InstrumentCode.of("AAA"),
        RuleName.of("flat_then_one"));
    int zeros = 0;
    int ones = 0;
    for (int i = 0; i < f.size(); i++) {
      zeros += f.value(i) == 0.0 ? 1 : 0;
      ones += f.value(i) == 1.0 ? 1 : 0;
    }
    assertThat(zeros).isZero();
    assertThat(ones).isPositive();
    assertThat(f.countValid()).isEqualTo(ones);
  }

  @Test
  void anInstrumentWhoseDailyPandlExceedsTheCapitalStaysInThePortfolioWithAWarning() {
    String yaml = RULES + "instrument_weights: {AAA: 0.5, BBB: 0.5}\n";
    // a one-day spike in AAA's back-adjusted price
    InMemorySimData.Builder b = SyntheticData.builder(1500, "AAA", "USD", "BBB", "EUR", "CCC", "JPY");
    TimeSeries adj = SyntheticData.builder(1500, "AAA", "USD").build()
        .adjustedPrices(InstrumentCode.of("AAA"));
    double[] spike = adj.values();
    spike[1000] = spike[1000] * 1000;
    b.adjustedPrices(InstrumentCode.of("AAA"), TimeSeries.of(adj.timestamps(), spike));
    FuturesSimData spiked = b.build();
    TradingSystem system = TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), spiked);
    assertThat(system.failures()).isEmpty();
    // the data defect (kept, as pysystemtrade keeps it) and the P&L it makes
    assertThat(system.warnings()).extracting(w -> w.instrument().value()).containsExactly("AAA", "AAA");
    assertThat(system.warnings().get(0).reason()).contains("adjusted price moves from", "with no roll between",
        "data_defects.adjusted_price_mismatch: leave_out leaves the instrument out");
    assertThat(system.warnings().get(1).reason()).contains("more than the whole capital");
    TimeSeries total = system.accounts().portfolio().net();
    TimeSeries aaa = system.accounts().pandlForInstrument(InstrumentCode.of("AAA")).net();
    TimeSeries bbb = system.accounts().pandlForInstrument(InstrumentCode.of("BBB")).net();
    double sumParts = 0;
    for (double v : aaa.values()) {
      sumParts += v == v ? v : 0;
    }
    for (double v : bbb.values()) {
      sumParts += v == v ? v : 0;
    }
    double sumTotal = 0;
    for (double v : total.values()) {
      sumTotal += v == v ? v : 0;
    }
    assertThat(sumTotal).isCloseTo(sumParts, Assertions.within(1e-6 * Math.abs(sumParts)));
  }

  @Test
  void defectiveInstrumentsAreLeftOutWhenTheConfigSaysSo() {
    InMemorySimData.Builder b = SyntheticData.builder(1500, "AAA", "USD", "BBB", "EUR");
    TimeSeries adj = SyntheticData.builder(1500, "AAA", "USD").build().adjustedPrices(InstrumentCode.of("AAA"));
    double[] spike = adj.values();
    spike[1000] = spike[1000] * 1000;
    b.adjustedPrices(InstrumentCode.of("AAA"), TimeSeries.of(adj.timestamps(), spike));
    String yaml = RULES + "instrument_weights: {AAA: 0.5, BBB: 0.5}\nleave_out_defective_instruments: True\n";
    TradingSystem system = TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), b.build());
    assertThat(system.failures()).extracting(f -> f.instrument().value()).containsExactly("AAA");
    assertThat(system.warnings()).isEmpty();
    assertThat(system.accounts().portfolio().net().values())
        .containsExactly(system.accounts().pandlForInstrument(InstrumentCode.of("BBB")).net().values());
  }

  @Test
  void noBufferingBuffersByATinyConstantAsPysystemtradeAndAnUnknownMethodToo() {
    for (String method : List.of("none", "frobnicate")) {
      String yaml = RULES + "instrument_weights: {AAA: 0.5, BBB: 0.5}\nbuffer_method: " + method + "\n";
      TradingSystem system = TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), data());
      TimeSeries buffer = system.portfolio().buffer(InstrumentCode.of("AAA"));
      assertThat(buffer.values()).as(method).containsOnly(0.001);
      TimeSeries held = system.accounts().bufferedPosition(InstrumentCode.of("AAA"), true);
      assertThat(held.value(0)).as("warm-up rows hold nothing").isEqualTo(0.0);
    }
  }

  @Test
  void thePandlOfARuleNoInstrumentTradesIsAnErrorNamingTheNearestRule() {
    TradingSystem system = TradingSystem.fromYaml(SystemConfig.fromYaml(RULES
        + "instrument_weights: {AAA: 0.5, BBB: 0.5}\n", "t"), data());
    RuleName first = system.tradingRules().keySet().iterator().next();
    assertThat(system.accounts().pandlForTradingRule(first).net().countValid()).isPositive();
    String typo = first.value().substring(0, first.value().length() - 1) + "x";
    assertThatThrownBy(() -> system.accounts().pandlForTradingRule(RuleName.of(typo)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(typo)
        .hasMessageContaining("did you mean '" + first + "'?");
  }

  @Test
  void multiplePricesGiveEachRowsContractsAsContractDates() {
    MultiplePrices mp = data().multiplePrices(InstrumentCode.of("AAA"));
    assertThat(mp.priceContractAt(0).asDouble()).isEqualTo(mp.priceContract().value(0));
    assertThat(mp.carryContractAt(0).asDouble()).isEqualTo(mp.carryContract().value(0));
    assertThat(mp.forwardContractAt(0).map(ContractDate::asDouble)).contains(mp.forwardContract().value(0));
  }

  @Test
  void aBugInAUserRuleIsReportedNamingTheRuleAndInstrumentNotTakenForBadData() {
    TradingSystem system = TradingSystem.builder().data(data()).instrumentWeights(Map.of("AAA", 0.5, "BBB", 0.5))
        .rule(RuleSpec.builder("reads_too_far").rule(in -> in.data(2)).data("rawdata.get_daily_prices",
            "rawdata.daily_returns_volatility").forecastScalar(1.0))
        .build();
    assertThatThrownBy(system::instruments).isInstanceOf(RuleException.class)
        .hasMessageContaining("'reads_too_far'").hasMessageContaining("AAA").hasMessageContaining("data input 2");
    TradingSystem npe = TradingSystem.builder().data(data()).instrumentWeights(Map.of("AAA", 1.0))
        .rule(RuleSpec.builder("npe").rule(in -> {
          throw new NullPointerException("oops");
        }).forecastScalar(1.0)).build();
    assertThatThrownBy(() -> npe.accounts().portfolio()).isInstanceOf(RuleException.class)
        .hasMessageContaining("'npe'").hasMessageContaining("oops").hasCauseInstanceOf(NullPointerException.class);
  }

  @Test
  void aBugInAUserStageIsReportedNamingTheInstrumentNotTakenForBadData() {
    TradingSystem system = TradingSystem.fromYaml(SystemConfig.fromYaml(RULES
        + "instrument_weights: {AAA: 0.5, BBB: 0.5}\n", "t"), data()).withData(data());
    TradingSystem broken = TradingSystem.builder().config(system.config()).data(data())
        .accounts(in -> new DefaultAccounts(in) {
          @Override
          public PandlCurve pandlForInstrument(InstrumentCode code, boolean delayFill, boolean roundPositions) {
            if (code.value().equals("BBB")) {
              throw new IllegalStateException("user bug");
            }
            return super.pandlForInstrument(code, delayFill, roundPositions);
          }
        }).build();
    assertThatThrownBy(() -> broken.accounts().portfolio()).hasMessageContaining("BBB")
        .hasMessageContaining("user bug").hasMessageContaining("not a data problem");
  }

  @Test
  void aForecastFloorClipsCappedAndCombinedForecastsFromBelowAsPysystemtrade() {
    String yaml = RULES + "instrument_weights: {AAA: 0.5, BBB: 0.5}\n";
    TradingSystem plain = TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "t"), data());
    TradingSystem longOnlyForecasts = TradingSystem.fromYaml(SystemConfig.fromYaml(yaml + "forecast_floor: 0\n",
        "t"), data());
    InstrumentCode aaa = InstrumentCode.of("AAA");
    RuleName rule = plain.tradingRules().keySet().iterator().next();
    assertThat(plain.forecastScaleCap().forecastFloor()).isEqualTo(-plain.forecastScaleCap().forecastCap());
    TimeSeries capped = plain.forecastScaleCap().cappedForecast(aaa, rule);
    assertThat(longOnlyForecasts.forecastScaleCap().cappedForecast(aaa, rule))
        .isEqualTo(capped.map(v -> v < 0 ? 0.0 : v));
    assertThat(Arrays.stream(longOnlyForecasts.combine().combinedForecast(aaa).valuesView())
        .filter(v -> v == v).min().orElseThrow()).isGreaterThanOrEqualTo(0.0);
    assertThat(Arrays.stream(capped.valuesView()).filter(v -> v == v).min().orElseThrow()).isNegative();
  }
}
