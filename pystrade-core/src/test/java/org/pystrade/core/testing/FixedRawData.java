package org.pystrade.core.testing;

import java.util.HashMap;
import java.util.Map;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rawdata.DemeanMethod;
import org.pystrade.core.rawdata.Factor;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.series.TimeSeries;

/**
 * A raw-data stage whose series are given, for testing the stages above it on hand-made numbers. A series that was
 * not given is a {@link DataException} naming it, as missing data would be.
 */
public final class FixedRawData implements RawData {

  private final GivenSeries series = new GivenSeries();
  private final Map<InstrumentCode, Integer> rolls = new HashMap<>();

  private FixedRawData set(String method, InstrumentCode code, TimeSeries s) {
    series.put(method, code, s);
    return this;
  }

  private TimeSeries get(String method, InstrumentCode code) {
    return series.get(method, code);
  }

  /**
   * Sets the daily prices.
   *
   * @param code the instrument
   * @param s the prices
   * @return this
   */
  public FixedRawData dailyPrices(InstrumentCode code, TimeSeries s) {
    return set("dailyPrices", code, s);
  }

  /**
   * Sets the daily volatility in price points.
   *
   * @param code the instrument
   * @param s the volatility
   * @return this
   */
  public FixedRawData dailyReturnsVolatility(InstrumentCode code, TimeSeries s) {
    return set("dailyReturnsVolatility", code, s);
  }

  /**
   * Sets the current contract's daily price.
   *
   * @param code the instrument
   * @param s the price
   * @return this
   */
  public FixedRawData dailyDenominatorPrice(InstrumentCode code, TimeSeries s) {
    return set("dailyDenominatorPrice", code, s);
  }

  /**
   * Sets the daily percentage volatility.
   *
   * @param code the instrument
   * @param s percent
   * @return this
   */
  public FixedRawData dailyPercentageVolatility(InstrumentCode code, TimeSeries s) {
    return set("dailyPercentageVolatility", code, s);
  }

  /**
   * Sets the rolls a year.
   *
   * @param code the instrument
   * @param n rolls
   * @return this
   */
  public FixedRawData rollsPerYear(InstrumentCode code, int n) {
    rolls.put(code, n);
    return this;
  }

  @Override
  public TimeSeries dailyPrices(InstrumentCode code) {
    return get("dailyPrices", code);
  }

  @Override
  public TimeSeries dailyReturns(InstrumentCode code) {
    return dailyPrices(code).diff();
  }

  @Override
  public TimeSeries dailyReturnsVolatility(InstrumentCode code) {
    return get("dailyReturnsVolatility", code);
  }

  @Override
  public TimeSeries dailyDenominatorPrice(InstrumentCode code) {
    return get("dailyDenominatorPrice", code);
  }

  @Override
  public TimeSeries dailyPercentageVolatility(InstrumentCode code) {
    return get("dailyPercentageVolatility", code);
  }

  @Override
  public TimeSeries rawFuturesRoll(InstrumentCode code) {
    return get("rawFuturesRoll", code);
  }

  @Override
  public TimeSeries rollDifferentials(InstrumentCode code) {
    return get("rollDifferentials", code);
  }

  @Override
  public TimeSeries annualisedRoll(InstrumentCode code) {
    return get("annualisedRoll", code);
  }

  @Override
  public TimeSeries dailyAnnualisedRoll(InstrumentCode code) {
    return get("dailyAnnualisedRoll", code);
  }

  @Override
  public TimeSeries rawCarry(InstrumentCode code) {
    return get("rawCarry", code);
  }

  @Override
  public TimeSeries smoothedCarry(InstrumentCode code, double smoothDays) {
    return get("smoothedCarry", code);
  }

  @Override
  public TimeSeries medianCarryForAssetClass(InstrumentCode code) {
    return get("medianCarryForAssetClass", code);
  }

  @Override
  public TimeSeries dailyVolNormalisedReturns(InstrumentCode code) {
    return get("dailyVolNormalisedReturns", code);
  }

  @Override
  public TimeSeries cumulativeDailyVolNormalisedReturns(InstrumentCode code) {
    return get("cumulativeDailyVolNormalisedReturns", code);
  }

  @Override
  public TimeSeries normalisedPriceForAssetClass(InstrumentCode code) {
    return get("normalisedPriceForAssetClass", code);
  }

  @Override
  public int rollsPerYear(InstrumentCode code) {
    Integer n = rolls.get(code);
    if (n == null) {
      throw GivenSeries.notGiven("rollsPerYear", code);
    }
    return n;
  }
  /**
   * Sets a factor's value.
   *
   * @param code the instrument
   * @param factor the factor
   * @param s the value
   * @return this
   */
  public FixedRawData factorValue(InstrumentCode code, Factor factor, TimeSeries s) {
    return set("factorValue " + factor, code, s);
  }

  /**
   * Sets what a factor is demeaned by.
   *
   * @param code the instrument
   * @param factor the factor
   * @param method the demeaning
   * @param s the value
   * @return this
   */
  public FixedRawData factorDemeanValue(InstrumentCode code, Factor factor, DemeanMethod method, TimeSeries s) {
    return set("factorDemeanValue " + factor + " " + method, code, s);
  }

  @Override
  public TimeSeries factorValue(InstrumentCode code, Factor factor) {
    return get("factorValue " + factor, code);
  }

  @Override
  public TimeSeries factorDemeanValue(InstrumentCode code, Factor factor, DemeanMethod method) {
    return get("factorDemeanValue " + factor + " " + method, code);
  }
}
