package org.pystrade.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.testing.FixedSizing;
import org.pystrade.core.testing.StageFixtures;

class DefaultPortfolioTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");
  private static final InstrumentCode CCC = InstrumentCode.of("CCC");
  private static final InstrumentCode DDD = InstrumentCode.of("DDD");
  private static final double NAN = Double.NaN;
  private static final long[] T = StageFixtures.days(4);
  /** No smoothing: the weights are the fitted ones, normalised. */
  private static final String NO_SMOOTHING = "instrument_weight_ewma_span: 1\n";

  /** Subsystem positions: AAA 10, 20, 30, 40 (volatility scalar 100); BBB from Tuesday 5 (50); CCC always 0. */
  private static FixedSizing sizing() {
    TimeSeries one = TimeSeries.constant(T, 1);
    return new FixedSizing(1_000_000)
        .with(AAA, StageFixtures.series(T, 10, 20, 30, 40), TimeSeries.constant(T, 100), one)
        .with(BBB, StageFixtures.series(T, NAN, 5, 5, 5), TimeSeries.constant(T, 50), one)
        .with(CCC, StageFixtures.series(T, 0, 0, 0, 0), TimeSeries.constant(T, 20), one);
  }

  private static Portfolio portfolio(String yaml, FixedSizing sizing) {
    InMemorySimData.Builder data = InMemorySimData.builder();
    for (String code : new String[] {"AAA", "BBB", "CCC", "DDD"}) {
      StageFixtures.instrument(data, code, "USD", 1, StageFixtures.daily(1, 1));
    }
    return TradingSystem.builder().config(SystemConfig.fromYaml(yaml, "test.yaml")).data(data.build())
        .positionSizing(in -> sizing).build().portfolio();
  }

  private static Portfolio portfolio(String yaml) {
    return portfolio(yaml, sizing());
  }

  @Test
  void aRiskOverlayWithoutAnEstimatorOfReturnsCorrelationsIsRefusedWhenTheSystemIsBuilt() {
    // pystrade-optimisation is not on this module's class path: no estimator of the correlations of returns
    assertThatThrownBy(() -> portfolio("instruments: [AAA, BBB]\nrisk_overlay:\n  max_risk_fraction_normal_risk: 1"
        + "\n  max_risk_fraction_stdev_risk: 2\n  max_risk_limit_sum_abs_risk: 2\n  max_risk_leverage: 5\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("risk_overlay")
        .hasMessageContaining("pystrade-optimisation");
  }

  @Test
  void aRiskOverlayNeedsEveryLimit() {
    assertThatThrownBy(() -> portfolio("instruments: [AAA, BBB]\nrisk_overlay:\n  max_risk_fraction_normal_risk: 1"
        + "\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("risk_overlay.max_risk_fraction_stdev_risk");
  }

  @Test
  void withoutARiskOverlayThereIsNoRiskScaling() {
    Portfolio p = portfolio("instruments: [AAA, BBB]\n" + NO_SMOOTHING);
    assertThat(p.riskOverlay()).isEmpty();
    assertThat(p.notionalPosition(AAA)).isEqualTo(p.notionalPositionBeforeRiskScaling(AAA));
  }

  @Test
  void withoutWeightsEveryInstrumentWithAPositionWeighsTheSame() {
    Portfolio p = portfolio("instruments: [AAA, BBB]\n" + NO_SMOOTHING);
    // Monday: BBB has no position yet, so AAA has all the weight
    assertThat(p.instrumentWeights().column("AAA").values()).containsExactly(1, 0.5, 0.5, 0.5);
    assertThat(p.instrumentWeights().column("BBB").values()).containsExactly(0, 0.5, 0.5, 0.5);
    assertThat(p.instrumentDiversificationMultiplier().values()).containsExactly(1, 1, 1, 1);
    assertThat(p.notionalPosition(AAA).values()).containsExactly(10, 10, 15, 20);
    assertThat(p.notionalPosition(BBB).values()).containsExactly(NAN, 2.5, 2.5, 2.5);
  }

  @Test
  void theNotionalPositionIsSubsystemTimesWeightTimesIdm() {
    Portfolio p = portfolio("instrument_weights: {AAA: 0.6, BBB: 0.4}\ninstrument_div_multiplier: 1.5\n"
        + NO_SMOOTHING);
    assertThat(p.instrumentDiversificationMultiplier().values()).containsExactly(1.5, 1.5, 1.5, 1.5);
    assertThat(p.notionalPosition(AAA).values()).containsExactly(new double[] {10 * 1.5, 20 * 0.6 * 1.5,
        30 * 0.6 * 1.5, 40 * 0.6 * 1.5}, within(1e-12));
    assertThat(p.notionalPosition(BBB).values()).containsExactly(new double[] {NAN, 5 * 0.4 * 1.5, 5 * 0.4 * 1.5,
        5 * 0.4 * 1.5}, within(1e-12));
  }

  @Test
  void weightsAreSmoothedWithTheConfiguredSpan() {
    // fitted weights: AAA 0.5 every day, BBB 0, 0.5, 0.5, 0.5; ewm span 125 (decay 1 - 2/126), then normalised
    Portfolio p = portfolio("instruments: [AAA, BBB]\n");
    double d = 1 - 2.0 / 126;
    double bbbTuesday = 0.5 / (1 + d);
    assertThat(p.instrumentWeights().column("AAA").value(1)).isCloseTo(0.5 / (0.5 + bbbTuesday), within(1e-15));
    assertThat(p.instrumentWeights().column("BBB").value(2))
        .isCloseTo((0.5 + 0.5 * d) / (1 + d + d * d) / (0.5 + (0.5 + 0.5 * d) / (1 + d + d * d)), within(1e-15));
  }

  @Test
  void listedInstrumentsAndInstrumentsNeverPositionedHaveNoWeight() {
    Portfolio listed = portfolio("instrument_weights: {AAA: 0.5, BBB: 0.5}\n"
        + "allocate_zero_instrument_weights_to_these_instruments: [BBB]\n" + NO_SMOOTHING);
    assertThat(listed.notionalPosition(AAA).values()).containsExactly(10, 20, 30, 40);
    assertThat(listed.notionalPosition(BBB).values()).containsExactly(NAN, 0, 0, 0);
    Portfolio flat = portfolio("instruments: [AAA, CCC]\n" + NO_SMOOTHING);
    assertThat(flat.instrumentWeights().column("CCC").values()).containsOnly(0.0);
    assertThat(flat.notionalPosition(AAA).values()).containsExactly(10, 20, 30, 40);
  }

  @Test
  void buffersByForecastPositionOrNone() {
    String weights = "instrument_weights: {AAA: 0.6, BBB: 0.4}\ninstrument_div_multiplier: 1.5\nbuffer_size: 0.2\n"
        + NO_SMOOTHING;
    // forecast: |volatility scalar x weight x IDM| x 0.2
    Portfolio forecast = portfolio(weights);
    assertThat(forecast.buffer(AAA).values()).containsExactly(new double[] {30, 18, 18, 18}, within(1e-12));
    assertThat(forecast.upperBuffer(AAA).values()).containsExactly(new double[] {45, 36, 45, 54}, within(1e-12));
    assertThat(forecast.lowerBuffer(AAA).values()).containsExactly(new double[] {-15, 0, 9, 18}, within(1e-12));
    // position: |notional position| x 0.2
    Portfolio position = portfolio(weights + "buffer_method: position\n");
    assertThat(position.buffer(AAA).values()).containsExactly(new double[] {3, 3.6, 5.4, 7.2}, within(1e-12));
    for (String none : new String[] {"none", "frobnicate"}) {
      assertThat(portfolio(weights + "buffer_method: " + none + "\n").buffer(BBB).values()).as(none)
          .containsExactly(0.001, 0.001, 0.001, 0.001);
    }
  }

  @Test
  void anInstrumentWithoutDataIsLeftOutAndTheRestKept() {
    Portfolio p = portfolio("instruments: [AAA, BBB, DDD]\n" + NO_SMOOTHING);
    assertThat(p.instruments()).containsExactly(AAA, BBB);
    assertThat(p.failures()).hasSize(1);
    assertThat(p.failures().get(0).instrument()).isEqualTo(DDD);
    assertThat(p.failures().get(0).reason()).isEqualTo("test data has no subsystemPosition for DDD");
    assertThat(p.instrumentWeights().names()).containsExactly("AAA", "BBB");
    assertThat(p.notionalPosition(AAA).values()).containsExactly(10, 10, 15, 20);
  }

  @Test
  void aBugIsNotMistakenForMissingDataAndNoUsableInstrumentIsAnError() {
    ArithmeticException bug = new ArithmeticException("/ by zero");
    Portfolio buggy = portfolio("instruments: [AAA, BBB]\n", sizing().failing(BBB, bug));
    assertThatThrownBy(buggy::instruments).isInstanceOf(IllegalStateException.class).hasCause(bug)
        .hasMessage("computing the subsystem position of BBB failed (not a data problem: a bug in a stage or rule): "
            + "java.lang.ArithmeticException: / by zero");
    ConfigException config = new ConfigException("bad key");
    assertThatThrownBy(portfolio("instruments: [AAA]\n", sizing().failing(AAA, config))::instruments).isSameAs(config);
    assertThatThrownBy(portfolio("instruments: [DDD]\n")::instruments).isInstanceOf(DataException.class)
        .hasMessageStartingWith("no instrument of the system has usable data");
  }

  @Test
  void estimatesWithoutEstimatorsAreConfigErrorsNamingTheKey() {
    assertThatThrownBy(portfolio("instruments: [AAA]\nuse_instrument_weight_estimates: True\n")::instrumentWeights)
        .isInstanceOf(ConfigException.class).hasMessageContaining("use_instrument_weight_estimates is true");
    assertThatThrownBy(portfolio("instruments: [AAA]\nuse_instrument_div_mult_estimates: True\n")
        ::instrumentDiversificationMultiplier).isInstanceOf(ConfigException.class)
        .hasMessageContaining("use_instrument_div_mult_estimates is true");
  }
}
