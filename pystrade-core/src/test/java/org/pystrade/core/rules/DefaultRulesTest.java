package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.testing.StageFixtures;
import org.pystrade.core.testing.Collected;

class DefaultRulesTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final double NAN = Double.NaN;
  private static final TimeSeries PRICES = StageFixtures.daily(100, 102, 101);
  private static final DataException NO_DATA = new DataException(ReasonCode.MISSING_DATA, "no such data for AAA");

  private static Rules rules(RuleSpec.Builder... specs) {
    InMemorySimData data = StageFixtures.instrument(InMemorySimData.builder(), "AAA", "USD", 1, PRICES).build();
    TradingSystem.Builder b = TradingSystem.builder().data(data).instrumentWeights(Map.of("AAA", 1.0))
        .dataSources(DataSourceRegistry.standard().with("test.no_data", (raw, d, code) -> {
          throw NO_DATA;
        }));
    for (RuleSpec.Builder s : specs) {
      b.rule(s);
    }
    return b.build().rules();
  }

  private static RuleSpec.Builder rule(String name, TradingRule rule) {
    return RuleSpec.builder(name).rule(rule).data("data.get_raw_price");
  }

  @Test
  void theRuleGetsItsDataInputsAndBoundArgumentsAndExactZerosBecomeMissing() {
    Rules rules = rules(rule("r", in -> in.data(0).minus(in.data(1)).times(in.args().getDouble("k")))
        .data("data.get_raw_price", "rawdata.daily_prices").parameter("k", 2.0));
    // raw price minus daily price: 0 on every day, a missing forecast
    assertThat(rules.rawForecast(AAA, RuleName.of("r")).values()).containsExactly(NAN, NAN, NAN);
    // (price - 101) x k with the variation's k = -1: the last row is -0.0, missing too
    Rules scaled = rules(rule("r", in -> in.data(0).plus(-101).times(in.args().getDouble("k")))
        .parameter("k", 2.0).args("k", -1));
    assertThat(scaled.rawForecast(AAA, RuleName.of("r")).values()).containsExactly(1, -1, NAN);
  }

  @Test
  void zerosOfEitherSignAreMissingAndASeriesWithoutZerosIsKept() {
    TimeSeries f = StageFixtures.daily(0.0, -0.0, 1e-300, -2, NAN);
    assertThat(DefaultRules.zerosAsMissing(f).values()).containsExactly(NAN, NAN, 1e-300, -2, NAN);
    TimeSeries none = StageFixtures.daily(1, NAN, -3);
    assertThat(DefaultRules.zerosAsMissing(none)).isSameAs(none);
  }

  @Test
  void resultsAreComputedOnceWhileInUse() {
    AtomicInteger calls = new AtomicInteger();
    Rules rules = rules(rule("r", in -> {
      calls.incrementAndGet();
      return in.data(0);
    }));
    TimeSeries first = rules.rawForecast(AAA, RuleName.of("r"));
    assertThat(rules.rawForecast(AAA, RuleName.of("r"))).isSameAs(first);
    assertThat(calls).hasValue(1);
    assertThat(first.values()).containsExactly(PRICES.values());
  }

  @Test
  void aRawForecastLetGoIsComputedAgainToTheSameBits() {
    AtomicInteger calls = new AtomicInteger();
    Rules rules = rules(rule("r", in -> {
      calls.incrementAndGet();
      return in.data(0).times(1.0 / 3.0);
    }));
    WeakReference<TimeSeries> first = new WeakReference<>(rules.rawForecast(AAA, RuleName.of("r")));
    TimeSeries copy = TimeSeries.of(first.get().timestamps(), first.get().values());
    // kept only while in use: once nothing holds it, the collector takes it
    Collected.await(first, "the raw forecast");
    TimeSeries again = rules.rawForecast(AAA, RuleName.of("r"));
    assertThat(calls).hasValue(2);
    assertThat(again.timestamps()).containsExactly(copy.timestamps());
    assertThat(bits(again)).containsExactly(bits(copy));
  }

  private static long[] bits(TimeSeries s) {
    double[] v = s.values();
    long[] out = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Double.doubleToRawLongBits(v[i]);
    }
    return out;
  }

  @Test
  void aThrowingRuleIsARuleExceptionNamingRuleAndInstrument() {
    IllegalStateException bug = new IllegalStateException("kaput");
    Rules rules = rules(rule("boom", in -> {
      throw bug;
    }));
    Throwable thrown = catchThrowable(() -> rules.rawForecast(AAA, RuleName.of("boom")));
    assertThat(thrown).isInstanceOf(RuleException.class).hasCause(bug)
        .hasMessage("trading rule 'boom' failed for instrument AAA: java.lang.IllegalStateException: kaput");
    assertThat(((RuleException) thrown).rule()).isEqualTo(RuleName.of("boom"));
    assertThat(((RuleException) thrown).instrument()).isEqualTo(AAA);
  }

  @Test
  void aRuleReturningNothingIsARuleExceptionNamingTheFunction() {
    RuleRegistry registry = RuleRegistry.empty().with("my.fn", in -> null);
    Rules rules = rules(RuleSpec.of("nil", "my.fn", registry).data("data.get_raw_price"));
    assertThatThrownBy(() -> rules.rawForecast(AAA, RuleName.of("nil"))).isInstanceOf(RuleException.class)
        .hasMessage("trading rule 'nil' (function my.fn) failed for instrument AAA: it returned no forecast (null)");
  }

  @Test
  void aDataFailureFromADataSourceOrTheRulePropagatesUnchanged() {
    Rules fromSource = rules(rule("r", in -> in.data(0)).data("test.no_data"));
    assertThat(catchThrowable(() -> fromSource.rawForecast(AAA, RuleName.of("r")))).isSameAs(NO_DATA);
    Rules fromRule = rules(rule("r", in -> {
      throw NO_DATA;
    }));
    assertThat(catchThrowable(() -> fromRule.rawForecast(AAA, RuleName.of("r")))).isSameAs(NO_DATA);
  }

  @Test
  void anUnknownRuleIsNamedWithTheNearestKnownOne() {
    Rules rules = rules(rule("boom", in -> in.data(0)), rule("carry", in -> in.data(0)));
    assertThat(rules.tradingRules().keySet()).extracting(RuleName::value).containsExactly("boom", "carry");
    assertThatThrownBy(() -> rules.rawForecast(AAA, RuleName.of("bom"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown trading rule 'bom' (did you mean 'boom'?); the system's rules are [boom, carry]");
  }
}
