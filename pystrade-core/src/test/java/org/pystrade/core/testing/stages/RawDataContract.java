package org.pystrade.core.testing.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.testing.stages.SeriesChecks.assertSameValues;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rawdata.DemeanMethod;
import org.pystrade.core.rawdata.Factor;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rawdata.RawDataInputs;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;

/**
 * The contract of a {@link RawData} stage: the checks of {@link StageContract} on every method of the stage, and
 * the definitions its interface documents: daily series on business days at midnight, returns are the price
 * changes, percentage returns and volatility are over the denominator price, volatility is not negative, the
 * annualised roll is the raw roll over the roll differential and its daily average the daily annualised roll, raw
 * carry is that over the annualised volatility and the smoothed carry its exponentially weighted mean,
 * vol-normalised returns are returns over the previous day's volatility and cumulate into the normalised price, a
 * factor is on the percentage returns' index and its demeaned value is the factor minus its demeaning value, and an
 * instrument rolls at least once a year.
 *
 * <p>Usage: extend it and return the factory of the stage under test.
 * <pre>{@code
 * class MyRawDataTest extends RawDataContract {
 *   @Override
 *   protected Function<RawDataInputs, RawData> factory() {
 *     return MyRawData::new;
 *   }
 * }
 * }</pre>
 */
public abstract class RawDataContract extends StageContract<RawDataInputs, RawData> {

  /** The factor asked for: rob_system's negative skew, over a shorter window than its 365 days. */
  private static final Factor FACTOR = Factor.of("neg_skew", 180);

  /** Smoothing of the smoothed carry asked for (pysystemtrade's default {@code smooth_days}). */
  private static final double SMOOTH_DAYS = 90;

  /** For subclasses. */
  protected RawDataContract() {
    super(TradingSystem.Builder::rawData, TradingSystem::rawData);
  }

  @Override
  final List<StageCall> instrumentCalls(TradingSystem system, InstrumentCode c) {
    RawData r = system.rawData();
    return List.of(
        StageCall.of("dailyPrices", c, () -> r.dailyPrices(c)),
        StageCall.of("dailyReturns", c, () -> r.dailyReturns(c)),
        StageCall.of("dailyPercentageReturns", c, () -> r.dailyPercentageReturns(c)),
        StageCall.of("dailyReturnsVolatility", c, () -> r.dailyReturnsVolatility(c)),
        StageCall.of("dailyDenominatorPrice", c, () -> r.dailyDenominatorPrice(c)),
        StageCall.of("dailyPercentageVolatility", c, () -> r.dailyPercentageVolatility(c)),
        StageCall.of("rawFuturesRoll", c, () -> r.rawFuturesRoll(c)),
        StageCall.of("rollDifferentials", c, () -> r.rollDifferentials(c)),
        StageCall.of("annualisedRoll", c, () -> r.annualisedRoll(c)),
        StageCall.of("dailyAnnualisedRoll", c, () -> r.dailyAnnualisedRoll(c)),
        StageCall.of("rawCarry", c, () -> r.rawCarry(c)),
        StageCall.of("smoothedCarry", c + ", " + SMOOTH_DAYS, () -> r.smoothedCarry(c, SMOOTH_DAYS)),
        StageCall.of("medianCarryForAssetClass", c, () -> r.medianCarryForAssetClass(c)),
        StageCall.of("dailyVolNormalisedReturns", c, () -> r.dailyVolNormalisedReturns(c)),
        StageCall.of("cumulativeDailyVolNormalisedReturns", c, () -> r.cumulativeDailyVolNormalisedReturns(c)),
        StageCall.of("normalisedPriceForAssetClass", c, () -> r.normalisedPriceForAssetClass(c)),
        StageCall.of("rollsPerYear", c, () -> r.rollsPerYear(c)),
        StageCall.of("factorValue", c + ", " + FACTOR, () -> r.factorValue(c, FACTOR)),
        StageCall.of("factorDemeanValue", c + ", " + FACTOR + ", " + DemeanMethod.AVERAGE_FACTOR_VALUE_FOR_INSTRUMENT,
            () -> r.factorDemeanValue(c, FACTOR, DemeanMethod.AVERAGE_FACTOR_VALUE_FOR_INSTRUMENT)),
        StageCall.of("factorDemeanValue", c + ", " + FACTOR + ", "
            + DemeanMethod.AVERAGE_FACTOR_VALUE_IN_ASSET_CLASS_FOR_INSTRUMENT,
            () -> r.factorDemeanValue(c, FACTOR, DemeanMethod.AVERAGE_FACTOR_VALUE_IN_ASSET_CLASS_FOR_INSTRUMENT)),
        StageCall.of("demeanedFactorValue", c + ", " + FACTOR + ", "
            + DemeanMethod.HISTORIC_AVERAGE_FACTOR_VALUE_ALL_ASSETS,
            () -> r.demeanedFactorValue(c, FACTOR, DemeanMethod.HISTORIC_AVERAGE_FACTOR_VALUE_ALL_ASSETS)));
  }

  /**
   * Every series but the three at the data's own resolution (raw roll, roll differentials, annualised roll) is daily:
   * stamped at midnight on business days.
   */
  @Test
  public void dailySeriesAreOnBusinessDaysAtMidnight() {
    List<String> intraday = List.of("rawFuturesRoll", "rollDifferentials", "annualisedRoll");
    for (StageCall call : allCalls(system())) {
      Object result = call.get();
      if (!(result instanceof TimeSeries) || intraday.stream().anyMatch(m -> call.name().startsWith(m + "("))) {
        continue;
      }
      long[] t = ((TimeSeries) result).timesView();
      for (long time : t) {
        assertThat(Timestamps.isMidnight(time) && Timestamps.isBusinessDay(Timestamps.epochDay(time)))
            .as(call.name() + " is not on a business day at midnight on " + Timestamps.format(time)).isTrue();
      }
    }
  }

  /** Daily returns are the daily prices' changes, and percentage returns those over the denominator price. */
  @Test
  public void returnsAreThePriceChanges() {
    RawData r = system().rawData();
    for (InstrumentCode c : fixture().instruments()) {
      TimeSeries returns = r.dailyReturns(c);
      assertSameValues("dailyReturns(" + c + ")", returns, r.dailyPrices(c).diff());
      assertSameValues("dailyPercentageReturns(" + c + ")", r.dailyPercentageReturns(c),
          returns.dividedBy(r.dailyDenominatorPrice(c).ffill()));
    }
  }

  /**
   * Volatility is never negative, and the percentage volatility is {@code 100 * vol / |denominator price|} on the
   * volatility's index, the price forward-filled.
   */
  @Test
  public void percentageVolatilityIsVolatilityOverTheDenominatorPrice() {
    RawData r = system().rawData();
    for (InstrumentCode c : fixture().instruments()) {
      TimeSeries vol = r.dailyReturnsVolatility(c);
      SeriesChecks.assertAll("dailyReturnsVolatility(" + c + ")", vol, v -> v >= 0, "is negative");
      TimeSeries price = r.dailyDenominatorPrice(c).reindex(vol).ffill();
      assertSameValues("dailyPercentageVolatility(" + c + ")", r.dailyPercentageVolatility(c),
          vol.times(100.0).dividedBy(price.abs()));
    }
  }

  /**
   * The annualised roll is the raw roll over the roll differential, the daily annualised roll its business-day
   * mean, and the raw carry that over the annualised volatility ({@code vol * 16}), smoothed by an exponentially
   * weighted mean into the smoothed carry.
   */
  @Test
  public void carryIsTheAnnualisedRollOverTheAnnualisedVolatility() {
    RawData r = system().rawData();
    for (InstrumentCode c : fixture().instruments()) {
      TimeSeries annualised = r.annualisedRoll(c);
      assertSameValues("annualisedRoll(" + c + ")", annualised, r.rawFuturesRoll(c).dividedBy(r.rollDifferentials(c)));
      TimeSeries daily = r.dailyAnnualisedRoll(c);
      assertSameValues("dailyAnnualisedRoll(" + c + ")", daily, annualised.resampleBusinessDayMean());
      TimeSeries carry = r.rawCarry(c);
      assertSameValues("rawCarry(" + c + ")", carry, daily.dividedBy(r.dailyReturnsVolatility(c).times(16.0)));
      assertSameValues("smoothedCarry(" + c + ")", r.smoothedCarry(c, SMOOTH_DAYS),
          carry.ewmMean(Ewm.com(SMOOTH_DAYS)));
    }
  }

  /**
   * Vol-normalised returns are the daily returns over the previous day's volatility, and their cumulative sum is the
   * normalised price.
   */
  @Test
  public void normalisedReturnsAreReturnsOverThePreviousVolatility() {
    RawData r = system().rawData();
    for (InstrumentCode c : fixture().instruments()) {
      TimeSeries normalised = r.dailyVolNormalisedReturns(c);
      assertSameValues("dailyVolNormalisedReturns(" + c + ")", normalised,
          r.dailyReturns(c).dividedBy(r.dailyReturnsVolatility(c).shift(1)));
      assertSameValues("cumulativeDailyVolNormalisedReturns(" + c + ")", r.cumulativeDailyVolNormalisedReturns(c),
          normalised.cumsum());
    }
  }

  /**
   * A factor is on the percentage returns' index, and the demeaned factor is the factor minus its demeaning value
   * reindexed onto it and forward filled, for every demeaning.
   */
  @Test
  public void theDemeanedFactorIsTheFactorMinusItsDemeaningValue() {
    RawData r = system().rawData();
    for (InstrumentCode c : fixture().instruments()) {
      TimeSeries factor = r.factorValue(c, FACTOR);
      assertThat(factor.timestamps()).as("factorValue(" + c + ") is on the percentage returns' index")
          .isEqualTo(r.dailyPercentageReturns(c).timestamps());
      for (DemeanMethod m : DemeanMethod.values()) {
        TimeSeries demean = r.factorDemeanValue(c, FACTOR, m).reindex(factor.timestamps()).ffill();
        assertSameValues("demeanedFactorValue(" + c + ", " + m + ")", r.demeanedFactorValue(c, FACTOR, m),
            factor.minus(demean));
      }
    }
  }

  /** An instrument rolls at least once a year. */
  @Test
  public void instrumentsRollAtLeastOnceAYear() {
    for (InstrumentCode c : fixture().instruments()) {
      assertThat(system().rawData().rollsPerYear(c)).as("rollsPerYear(" + c + ")").isPositive();
    }
  }
}
