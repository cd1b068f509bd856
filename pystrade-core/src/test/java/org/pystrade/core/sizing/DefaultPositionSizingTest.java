package org.pystrade.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.VolTarget;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.testing.FixedRawData;
import org.pystrade.core.testing.StageFixtures;

class DefaultPositionSizingTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final double NAN = Double.NaN;
  private static final long[] T = StageFixtures.days(5);
  private static final TimeSeries FORECAST = StageFixtures.series(T, 5, 10, -20, 0, 8);
  /** 1,000,000 x 16 / 100 / 16. */
  private static final double TARGET = 10_000;
  /** The value volatility worked out in {@link #volatilityIsPriceTimesPointSizeTimesPercentVolTimesFx()}. */
  private static final double[] VALUE_VOL = {20 * 1.1, 26 * 1.2, 26 * 1.2, 43.2 * 1.2};

  /**
   * AAA in EUR, point size 20; EUR at 1.1 USD, 1.2 from Wednesday; current contract 50, NaN, 52, 53, 54; percentage
   * volatility from Tuesday 2, 2.5, NaN, 4; combined forecast 5, 10, -20, 0, 8.
   */
  private static PositionSizing sizing(Set<InstrumentCode> longOnly) {
    return new DefaultPositionSizing(inputs(longOnly));
  }

  private static PositionSizingInputs inputs(Set<InstrumentCode> longOnly) {
    InMemorySimData.Builder data = StageFixtures.instrument(InMemorySimData.builder(), "AAA", "EUR", 20,
        StageFixtures.daily(1, 1));
    data.fxRate("EUR", StageFixtures.series(new long[] {T[0], T[2]}, 1.1, 1.2));
    StageContext context = new StageContext(data.build(), List.of(AAA), Currency.USD, Parallel.sequential());
    FixedRawData raw = new FixedRawData().dailyDenominatorPrice(AAA, StageFixtures.series(T, 50, NAN, 52, 53, 54))
        .dailyPercentageVolatility(AAA, StageFixtures.series(new long[] {T[1], T[2], T[3], T[4]}, 2, 2.5, NAN, 4));
    SizingParams params = new SizingParams(new VolTarget(1_000_000, 16, Currency.USD), 10, longOnly);
    return new PositionSizingInputs(context, raw, combined(), params);
  }

  private static ForecastCombine combined() {
    return new ForecastCombine() {
      @Override
      public List<RuleName> ruleVariations(InstrumentCode code) {
        throw new UnsupportedOperationException();
      }

      @Override
      public SeriesFrame allForecasts(InstrumentCode code) {
        throw new UnsupportedOperationException();
      }

      @Override
      public SeriesFrame forecastWeights(InstrumentCode code) {
        throw new UnsupportedOperationException();
      }

      @Override
      public TimeSeries forecastDiversificationMultiplier(InstrumentCode code) {
        throw new UnsupportedOperationException();
      }

      @Override
      public TimeSeries combinedForecast(InstrumentCode code) {
        return FORECAST;
      }
    };
  }

  @Test
  void theCapitalsDailyCashTarget() {
    PositionSizing s = sizing(Set.of());
    assertThat(s.notionalCapital()).isEqualTo(1_000_000.0);
    assertThat(s.dailyCashVolTarget()).isEqualTo(TARGET);
    PositionSizing halfCapital = new DefaultPositionSizing(inputs(Set.of())) {
      @Override
      public double notionalCapital() {
        return 500_000;
      }
    };
    assertThat(halfCapital.dailyCashVolTarget()).isEqualTo(TARGET / 2);
    assertThat(halfCapital.volatilityScalar(AAA).value(0)).isCloseTo(TARGET / 2 / VALUE_VOL[0], within(1e-9));
  }

  @Test
  void aBlockIsOnePercentOfTheForwardFilledPriceTimesThePointSize() {
    assertThat(sizing(Set.of()).blockValue(AAA).values()).containsExactly(new double[] {10, 10, 10.4, 10.6, 10.8},
        within(1e-12));
  }

  @Test
  void volatilityIsPriceTimesPointSizeTimesPercentVolTimesFx() {
    PositionSizing s = sizing(Set.of());
    // on the days both block value and percentage volatility have: Tuesday to Friday
    TimeSeries ccy = s.instrumentCurrencyVol(AAA);
    assertThat(ccy.timestamps()).containsExactly(T[1], T[2], T[3], T[4]);
    assertThat(ccy.values()).containsExactly(new double[] {10 * 2, 10.4 * 2.5, NAN, 10.8 * 4}, within(1e-12));
    // forward filled, times EUR padded onto those days: 1.1, 1.2, 1.2, 1.2
    assertThat(s.instrumentValueVol(AAA).values()).containsExactly(VALUE_VOL, within(1e-12));
    assertThat(s.fxRate(AAA).values()).containsExactly(1.1, 1.2);
  }

  @Test
  void theVolatilityScalarIsTheTargetOverTheValueVolatility() {
    TimeSeries vs = sizing(Set.of()).volatilityScalar(AAA);
    for (int i = 0; i < VALUE_VOL.length; i++) {
      assertThat(vs.value(i)).isCloseTo(TARGET / VALUE_VOL[i], within(1e-9));
    }
  }

  @Test
  void theSubsystemPositionIsTheScalarTimesTheForecastOverTen() {
    TimeSeries pos = sizing(Set.of()).subsystemPosition(AAA);
    assertThat(pos.timestamps()).containsExactly(T);
    // no scalar on Monday yet; the scalar padded onto the forecast's days
    double[] expected = {NAN, TARGET / VALUE_VOL[0] * 10 / 10, TARGET / VALUE_VOL[1] * -20 / 10,
        TARGET / VALUE_VOL[2] * 0 / 10, TARGET / VALUE_VOL[3] * 8 / 10};
    assertThat(pos.values()).containsExactly(expected, within(1e-9));
  }

  @Test
  void aLongOnlyInstrumentsShortPositionsAreZero() {
    TimeSeries pos = sizing(Set.of(AAA)).subsystemPosition(AAA);
    assertThat(pos.value(0)).isNaN();
    assertThat(pos.value(1)).isCloseTo(TARGET / VALUE_VOL[0], within(1e-9));
    assertThat(pos.value(2)).isEqualTo(0.0);
    assertThat(pos.value(4)).isCloseTo(TARGET / VALUE_VOL[3] * 0.8, within(1e-9));
  }
}
