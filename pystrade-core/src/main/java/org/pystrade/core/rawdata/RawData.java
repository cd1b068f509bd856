package org.pystrade.core.rawdata;

import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;

/**
 * The raw-data stage (pysystemtrade's {@code rawdata}): daily prices, returns, volatility, carry and the
 * normalised inputs trading rules read. All series are daily (business days, stamped at midnight) unless stated.
 * Implementations are memoised by the system, so each result is computed once per instrument.
 */
public interface RawData {

  /**
   * Daily prices: the back-adjusted price bucketed into business days, last valid observation of each day, NaN on
   * business days without one (pysystemtrade {@code get_daily_prices}).
   *
   * @param code the instrument
   * @return daily prices, price points
   */
  TimeSeries dailyPrices(InstrumentCode code);

  /**
   * Daily price changes: {@code dailyPrices().diff()}, NaN next to missing prices.
   *
   * @param code the instrument
   * @return daily returns, price points
   */
  TimeSeries dailyReturns(InstrumentCode code);

  /**
   * Daily percentage returns (pysystemtrade {@code get_daily_percentage_returns}): the daily returns divided by the
   * denominator price forward filled on its own index, aligned on the union of both indexes (so NaN on a date the
   * denominator price's index lacks). A fraction: 0.01 is 1%.
   *
   * @param code the instrument
   * @return daily percentage returns
   */
  default TimeSeries dailyPercentageReturns(InstrumentCode code) {
    return dailyReturns(code).dividedBy(dailyDenominatorPrice(code).ffill());
  }

  /**
   * Daily volatility of price changes in price points, by the {@code volatility_calculation} config: the function
   * {@code func} (pysystemtrade's default {@code mixed_vol_calc}, or {@code robust_vol_calc},
   * {@code simple_ewvol_calc}, {@code simple_vol_calc}) of the series {@code name_returns_attr_in_rawdata} names
   * (default {@code daily_returns}), times {@code multiplier_to_get_daily_vol}. Warm-up: NaN until
   * {@code min_periods} returns, unless {@code backfill}.
   *
   * @param code the instrument
   * @return daily returns volatility, price points
   */
  TimeSeries dailyReturnsVolatility(InstrumentCode code);

  /**
   * The price that percentage volatility is measured against: the current contract's price from the multiple prices
   * ({@code PRICE}), last per business day.
   *
   * @param code the instrument
   * @return the denominator price
   */
  TimeSeries dailyDenominatorPrice(InstrumentCode code);

  /**
   * Daily volatility in percent of the (unadjusted) current contract price:
   * {@code 100 * vol / |denominator price|} on the volatility's index, the price forward-filled.
   *
   * @param code the instrument
   * @return percentage volatility (2.0 means 2%)
   */
  TimeSeries dailyPercentageVolatility(InstrumentCode code);

  /**
   * Price minus carry-contract price from the multiple prices, NaN where zero (pysystemtrade
   * {@code raw_futures_roll}), at the data's own timestamps.
   *
   * @param code the instrument
   * @return the raw roll, price points
   */
  TimeSeries rawFuturesRoll(InstrumentCode code);

  /**
   * Carry-contract minus price-contract expiry, in years (year + month / 12 of each {@code YYYYMMDD} id).
   *
   * @param code the instrument
   * @return roll differentials, years
   */
  TimeSeries rollDifferentials(InstrumentCode code);

  /**
   * Annualised roll: raw roll divided by the roll differential.
   *
   * @param code the instrument
   * @return price points per year
   */
  TimeSeries annualisedRoll(InstrumentCode code);

  /**
   * Annualised roll averaged per business day.
   *
   * @param code the instrument
   * @return price points per year, daily
   */
  TimeSeries dailyAnnualisedRoll(InstrumentCode code);

  /**
   * Raw carry: daily annualised roll over annualised volatility ({@code vol * 16}), on the union of their indexes.
   *
   * @param code the instrument
   * @return raw carry, a Sharpe-like ratio
   */
  TimeSeries rawCarry(InstrumentCode code);

  /**
   * Raw carry smoothed by an exponentially weighted mean.
   *
   * @param code the instrument
   * @param smoothDays the smoothing (pandas positional argument: centre of mass, as pysystemtrade passes it)
   * @return smoothed carry
   */
  TimeSeries smoothedCarry(InstrumentCode code, double smoothDays);

  /**
   * The median smoothed carry of the instrument's asset class, aligned to the instrument's raw carry index and
   * forward-filled.
   *
   * @param code the instrument
   * @return median carry of the asset class
   */
  TimeSeries medianCarryForAssetClass(InstrumentCode code);

  /**
   * Daily returns over the previous day's volatility.
   *
   * @param code the instrument
   * @return vol-normalised returns
   */
  TimeSeries dailyVolNormalisedReturns(InstrumentCode code);

  /**
   * Cumulative sum of the vol-normalised returns: a normalised price.
   *
   * @param code the instrument
   * @return the normalised price
   */
  TimeSeries cumulativeDailyVolNormalisedReturns(InstrumentCode code);

  /**
   * The cumulated median vol-normalised return of the instrument's asset class, aligned to the instrument's
   * normalised price index and forward-filled.
   *
   * @param code the instrument
   * @return the asset class's normalised price
   */
  TimeSeries normalisedPriceForAssetClass(InstrumentCode code);

  /**
   * A factor's value for an instrument (pysystemtrade rob_system's {@code get_factor_value_for_instrument}): the
   * rolling skewness, minus the skewness, or the excess kurtosis of the daily percentage returns over the last
   * {@code lookbackDays} calendar days (pandas' {@code rolling("365D").skew()} / {@code .kurt()}: at least 3, resp.
   * 4, returns in the window), on the percentage returns' index.
   *
   * @param code the instrument
   * @param factor the factor and its window
   * @return the factor value
   */
  TimeSeries factorValue(InstrumentCode code, Factor factor);

  /**
   * What an instrument's factor is demeaned by, on its own index (see {@link DemeanMethod}): the instrument's own
   * long average, or the average across its asset class in the data, or across the system's instruments.
   *
   * @param code the instrument
   * @param factor the factor
   * @param method the demeaning
   * @return the value subtracted from the factor
   */
  TimeSeries factorDemeanValue(InstrumentCode code, Factor factor, DemeanMethod method);

  /**
   * The demeaned factor the factor rules trade (pysystemtrade rob_system's {@code get_demeanded_factor_value}): the
   * factor value minus the {@link #factorDemeanValue} reindexed onto the factor's index and forward filled.
   *
   * @param code the instrument
   * @param factor the factor
   * @param method the demeaning
   * @return the demeaned factor, on the factor's index
   */
  default TimeSeries demeanedFactorValue(InstrumentCode code, Factor factor, DemeanMethod method) {
    TimeSeries value = factorValue(code, factor);
    TimeSeries demean = factorDemeanValue(code, factor, method).reindexThenFfill(value.timesView());
    return value.minus(demean);
  }

  /**
   * Rolls a year: the number of months in the instrument's hold cycle (1 if unknown).
   *
   * @param code the instrument
   * @return rolls per year
   */
  int rollsPerYear(InstrumentCode code);
}
