package org.pystrade.core.rawdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.testing.StageFixtures;

/** The raw-data stage on a week of hand-made prices, with the volatility given where a series depends on it. */
class DefaultRawDataTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");
  private static final InstrumentCode CCC = InstrumentCode.of("CCC");
  private static final InstrumentCode DDD = InstrumentCode.of("DDD");
  private static final double NAN = Double.NaN;
  private static final long[] T = StageFixtures.days(5);
  /** Daily volatility of AAA in price points. */
  private static final TimeSeries VOL = StageFixtures.series(T, 1, 2, NAN, 3, 4);

  private static long at(int day, int hour) {
    return Timestamps.of(LocalDateTime.of(StageFixtures.START.plusDays(day), java.time.LocalTime.of(hour, 0)));
  }

  /**
   * AAA: intraday adjusted prices Monday 10:00 100 and 15:00 101, Tuesday 102, Wednesday NaN, Thursday 104, Saturday
   * 09:00 107; current contract March 2024 at 50, 52, 51, NaN, 55; carry contract (June, then September on Friday)
   * at 49, 52, 53, 54, 56. BBB: the same, hold cycle Z. CCC: another asset class, no roll cycle. DDD: no valid
   * adjusted price.
   */
  private static RawData rawData(Map<InstrumentCode, TimeSeries> rawCarry) {
    InMemorySimData.Builder b = InMemorySimData.builder();
    TimeSeries adjusted = StageFixtures.series(new long[] {at(0, 10), at(0, 15), at(1, 0), at(2, 12), at(3, 0),
        at(5, 9)}, 100, 101, 102, NAN, 104, 107);
    TimeSeries price = StageFixtures.series(T, 50, 52, 51, NAN, 55);
    MultiplePrices mp = new MultiplePrices(price, TimeSeries.constant(T, 20240300),
        StageFixtures.series(T, 49, 52, 53, 54, 56), StageFixtures.series(T, 20240600, 20240600, 20240600, 20240600,
        20240900), TimeSeries.constant(T, NAN), TimeSeries.constant(T, NAN));
    String[][] instruments = {{"AAA", "HMUZ", "Bond"}, {"BBB", "Z", "Bond"}, {"CCC", null, "Equity"},
        {"DDD", "HMUZ", "Bond"}};
    for (String[] i : instruments) {
      InstrumentCode code = InstrumentCode.of(i[0]);
      b.adjustedPrices(code, code.equals(DDD) ? TimeSeries.constant(T, NAN) : adjusted).multiplePrices(code, mp);
      b.meta(InstrumentMeta.builder(code).assetClass(i[2])
          .rollParameters(i[1] == null ? null : RollParameters.of(i[1], -5, 1, i[1], 15)).build());
    }
    StageContext context = new StageContext(b.build(), List.of(AAA, BBB, CCC, DDD), Currency.USD,
        Parallel.sequential());
    return new DefaultRawData(new RawDataInputs(context, VolatilityParams.fromConfig(SystemConfig.defaults()))) {
      @Override
      public TimeSeries dailyReturnsVolatility(InstrumentCode code) {
        return VOL;
      }

      @Override
      public TimeSeries rawCarry(InstrumentCode code) {
        TimeSeries given = rawCarry.get(code);
        if (given == null && rawCarry.containsKey(code)) {
          throw new DataException(ReasonCode.MISSING_DATA, "no carry for " + code);
        }
        return given != null ? given : super.rawCarry(code);
      }
    };
  }

  private static RawData rawData() {
    return rawData(Map.of());
  }

  @Test
  void dailyPricesAreTheLastValidPriceOfEachBusinessDayWeekendsOnFriday() {
    TimeSeries daily = rawData().dailyPrices(AAA);
    assertThat(daily.timestamps()).containsExactly(T);
    assertThat(daily.values()).containsExactly(101, 102, NAN, 104, 107);
    assertThat(rawData().dailyReturns(AAA).values()).containsExactly(NAN, 1, NAN, NAN, 3);
  }

  @Test
  void anInstrumentWithoutAnyValidPriceIsADataFailure() {
    assertThatThrownBy(() -> rawData().dailyPrices(DDD)).isInstanceOf(DataException.class)
        .hasMessage("instrument DDD has no valid adjusted prices (5 rows, all empty)");
  }

  @Test
  void percentageSeriesAreOverTheCurrentContractPriceForwardFilled() {
    RawData raw = rawData();
    assertThat(raw.dailyDenominatorPrice(AAA).values()).containsExactly(50, 52, 51, NAN, 55);
    // returns / denominator ffilled (50, 52, 51, 51, 55)
    assertThat(raw.dailyPercentageReturns(AAA).values()).containsExactly(NAN, 1.0 / 52, NAN, NAN, 3.0 / 55);
    // 100 x vol / |denominator ffilled|
    assertThat(raw.dailyPercentageVolatility(AAA).values()).containsExactly(1.0 / 50 * 100, 2.0 / 52 * 100, NAN,
        3.0 / 51 * 100, 4.0 / 55 * 100);
  }

  @Test
  void theRollIsPriceMinusCarryOverTheContractsDistanceInYears() {
    RawData raw = rawData();
    // price - carry: 1, 0 (missing), -2, NaN, -1
    assertThat(raw.rawFuturesRoll(AAA).values()).containsExactly(1, NAN, -2, NAN, -1);
    // (2024 + 6/12) - (2024 + 3/12), then (2024 + 9/12) - (2024 + 3/12)
    assertThat(raw.rollDifferentials(AAA).values()).containsExactly(0.25, 0.25, 0.25, 0.25, 0.5);
    assertThat(raw.annualisedRoll(AAA).values()).containsExactly(4, NAN, -8, NAN, -2);
    assertThat(raw.dailyAnnualisedRoll(AAA).values()).containsExactly(4, NAN, -8, NAN, -2);
    // over the annualised volatility, vol x 16
    assertThat(raw.rawCarry(AAA).values()).containsExactly(4.0 / 16, NAN, NAN, NAN, -2.0 / 64);
  }

  @Test
  void smoothedCarryIsAnEwmWithTheSmoothingAsCentreOfMass() {
    RawData raw = rawData(Map.of(AAA, StageFixtures.series(T, 1, 3, -1, 2, 0)));
    // com 1: alpha 1/2, adjusted weights 1, 1/2, 1/4...
    double[] x = {1, 3, -1, 2, 0};
    TimeSeries smoothed = raw.smoothedCarry(AAA, 1);
    for (int t = 0; t < x.length; t++) {
      double num = 0;
      double den = 0;
      for (int i = 0; i <= t; i++) {
        num += Math.pow(0.5, i) * x[t - i];
        den += Math.pow(0.5, i);
      }
      assertThat(smoothed.value(t)).as("row " + t).isCloseTo(num / den, within(1e-15));
    }
  }

  @Test
  void theAssetClassCarryIsTheMedianOfItsInstrumentsLeavingOutOnesWithoutData() {
    java.util.HashMap<InstrumentCode, TimeSeries> carries = new java.util.HashMap<>();
    carries.put(AAA, StageFixtures.series(T, 0.1, 0.1, 0.1, 0.1, 0.1));
    carries.put(BBB, StageFixtures.series(new long[] {T[1], T[2], T[3]}, 0.3, 0.3, 0.3));
    carries.put(CCC, StageFixtures.series(T, 5, 5, 5, 5, 5));
    carries.put(DDD, null);
    // Bond: AAA and BBB (DDD fails); the ewm of a constant is the constant, and BBB's ewm keeps its last value on
    // Friday (pandas' ewm mean of a missing row): the median of 0.1 alone on Monday, of 0.1 and 0.3 after
    TimeSeries median = rawData(carries).medianCarryForAssetClass(AAA);
    assertThat(median.timestamps()).containsExactly(T);
    assertThat(median.values()).containsExactly(new double[] {0.1, 0.2, 0.2, 0.2, 0.2}, within(1e-15));
  }

  @Test
  void rollsPerYearAreTheMonthsOfTheHoldCycleOrOne() {
    RawData raw = rawData();
    assertThat(raw.rollsPerYear(AAA)).isEqualTo(4);
    assertThat(raw.rollsPerYear(BBB)).isEqualTo(1);
    assertThat(raw.rollsPerYear(CCC)).isEqualTo(1);
  }

  @Test
  void resultsAreMemoised() {
    RawData raw = rawData();
    assertThat(raw.dailyPrices(AAA)).isSameAs(raw.dailyPrices(AAA));
    assertThat(raw.dailyAnnualisedRoll(AAA)).isSameAs(raw.dailyAnnualisedRoll(AAA));
  }

  @Test
  void contractIdsAreYearFractions() {
    assertThat(MultiplePrices.yearFraction(20241200)).isEqualTo(2025.0);
    assertThat(MultiplePrices.yearFraction(20240315)).isEqualTo(2024.25);
    assertThat(MultiplePrices.yearFraction(NAN)).isNaN();
  }
}
