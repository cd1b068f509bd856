package org.pystrade.core.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * The market data a backtest reads, as pysystemtrade's {@code futuresSimData}: the instrument list, back-adjusted
 * prices, multiple prices, FX rates and instrument metadata. Implementations must be safe for concurrent reads.
 *
 * <p>Data failures (a file that is missing or malformed) are reported with a {@link DataException} naming the
 * file, line, instrument or currency.
 */
public interface FuturesSimData {

  /**
   * The instruments with price data, sorted by code.
   *
   * @return the instruments
   */
  List<InstrumentCode> instruments();

  /**
   * The back-adjusted (Panama) price at the data's own timestamps, which may be intraday; NaN rows possible.
   *
   * @param instrument the instrument
   * @return the adjusted price
   * @throws DataException if unknown or unreadable
   */
  TimeSeries adjustedPrices(InstrumentCode instrument);

  /**
   * The multiple prices (price, carry and forward contracts).
   *
   * @param instrument the instrument
   * @return the multiple prices
   * @throws DataException if unknown or unreadable
   */
  MultiplePrices multiplePrices(InstrumentCode instrument);

  /**
   * Checks that the instrument's adjusted and multiple prices can be read, failing exactly when
   * {@link #adjustedPrices} or {@link #multiplePrices} would, but without having to keep (or even decode) them: a
   * system checks every configured instrument this way before pooling estimates across them. The default reads
   * both; a data source holding files only while in use may answer from what it already knows about a file.
   *
   * @param instrument the instrument
   * @throws DataException if unknown or unreadable, as the two methods would
   */
  default void checkPrices(InstrumentCode instrument) {
    adjustedPrices(instrument);
    multiplePrices(instrument);
  }

  /**
   * The instrument's prices as a system reads them on business days, with the defects of their rows, if this source
   * keeps them: a source that can serve them without reading every row of the price files (the CSV data with its
   * binary cache) returns exactly what {@link DailyPrices#derive} gives on its own prices; the raw-data stage then
   * reads them instead of resampling the prices. The default serves none, and the stage reads the prices.
   * A source that changes, filters or windows another's prices must not pass this on from the other source.
   *
   * @param instrument the instrument
   * @return the daily prices, or empty
   * @throws DataException as reading the prices throws
   */
  default Optional<DailyPrices> daily(InstrumentCode instrument) {
    return Optional.empty();
  }

  /**
   * The instrument's static facts.
   *
   * @param instrument the instrument
   * @return the metadata
   * @throws DataException if unknown
   */
  InstrumentMeta meta(InstrumentCode instrument);

  /**
   * The value of one unit of {@code currency} in {@code baseCurrency}, at the data's own timestamps. For
   * {@code currency == baseCurrency} it is a constant 1 series (see {@link FxRates#unitSeries()}).
   *
   * @param currency the currency converted from
   * @param baseCurrency the currency converted into
   * @return the rate
   * @throws DataException naming the currency if no rate is available
   */
  TimeSeries fxRate(Currency currency, Currency baseCurrency);

  /**
   * The FX rate translating an instrument's currency into a base currency.
   *
   * @param instrument the instrument
   * @param baseCurrency the base currency
   * @return the rate
   * @throws DataException naming the currency and instrument if no rate is available
   */
  default TimeSeries fxRateForInstrument(InstrumentCode instrument, Currency baseCurrency) {
    Currency ccy = meta(instrument).currency();
    try {
      return fxRate(ccy, baseCurrency);
    } catch (DataException ex) {
      throw new DataException(ReasonCode.NO_FX_RATE,
          "no FX rate " + ccy + baseCurrency + " for instrument " + instrument + ": "
          + ex.getMessage(), ex);
    }
  }

  /**
   * The price files of an instrument, for {@link #locate}.
   */
  enum PriceData {
    /** The back-adjusted prices. */
    ADJUSTED_PRICES,
    /** The multiple prices (price, carry and forward contracts). */
    MULTIPLE_PRICES
  }

  /**
   * Where a row of an instrument's prices comes from, for messages about it: e.g.
   * {@code DIR/multiple_prices_csv/CORN.csv line 1234}. Only asked when something is wrong, so
   * it may be slow (a file source reads the file again to find the line). The default names no place: an empty
   * string.
   *
   * @param instrument the instrument
   * @param series which of its price series
   * @param time the row's timestamp
   * @return the place, or an empty string if this source cannot name one
   */
  default String locate(InstrumentCode instrument, PriceData series, long time) {
    return "";
  }

  /**
   * Where the FX rate of a currency in a base currency at a moment comes from, for messages (see {@link #locate}).
   * The default names no place: an empty string.
   *
   * @param currency the currency converted from
   * @param baseCurrency the currency converted into
   * @param time the row's timestamp
   * @return the place, or an empty string
   */
  default String locateFx(Currency currency, Currency baseCurrency, long time) {
    return "";
  }

  /**
   * The defects this source knows of in an instrument's configuration, which it filled with a default value as
   * pysystemtrade does (a missing spread cost read as 0). A system decides what to do with them
   * ({@link DefectPolicy}). The default knows of none.
   *
   * @param instrument the instrument
   * @return the defects, empty if none
   */
  default List<DataDefect> sourceDefects(InstrumentCode instrument) {
    return List.of();
  }

  /**
   * The data as it stood at a moment: every price and FX series without the rows after it (instruments and their
   * configuration unchanged). A system built on it computes what it would have computed then: pysystemtrade's
   * calculations look only backwards, so its positions up to that moment are those of the whole history.
   *
   * @param end the last moment included (naive local time, as the data's timestamps)
   * @return the view
   */
  default FuturesSimData asOf(LocalDateTime end) {
    ArgChecker.notNull(end, "end");
    return new WindowSimData(this, Long.MIN_VALUE, Timestamps.of(end));
  }

  /**
   * The data from a moment on: every price and FX series without the rows before it (instruments and their
   * configuration unchanged), as pysystemtrade's {@code start_date} cuts its sim data ({@code data[start_date:]}).
   *
   * @param start the first moment included (naive local time, as the data's timestamps)
   * @return the view
   */
  default FuturesSimData from(LocalDateTime start) {
    ArgChecker.notNull(start, "start");
    return new WindowSimData(this, Timestamps.of(start), Long.MAX_VALUE);
  }

  /**
   * The data as it stood at the end of a day (every row of that day included).
   *
   * @param date the last day included
   * @return the view
   */
  default FuturesSimData asOf(LocalDate date) {
    ArgChecker.notNull(date, "date");
    return asOf(date.atTime(LocalTime.MAX).withNano(0));
  }

  /**
   * The data with new bars appended: what a production run does with each day's prices. Each bar must follow the
   * last row of its series, or reading that series is a {@link DataException} naming it.
   *
   * @param update the new bars
   * @return the updated data (this data is unchanged)
   */
  default FuturesSimData withUpdate(DataUpdate update) {
    ArgChecker.notNull(update, "update");
    return update.isEmpty() ? this : new UpdatedSimData(this, update);
  }
}
