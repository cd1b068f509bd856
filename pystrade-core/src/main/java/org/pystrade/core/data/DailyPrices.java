package org.pystrade.core.data;

import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * What a system derives from an instrument's prices at their own (often intraday) resolution, on business days: the
 * daily adjusted price (the last valid price of each business day), the daily contract price (the multiple prices'
 * {@code PRICE}, likewise) and the daily annualised roll (the mean of each business day's
 * {@link MultiplePrices#annualisedRoll() annualised rolls}); and the price defects {@link DataChecks} finds in the
 * rows. The standard raw-data stage reads these when a data source serves them ({@link FuturesSimData#daily}), so
 * that a source keeping them (the binary cache of the CSV data) spares the system the reading and resampling of
 * every row of every price file.
 *
 * <p>The series are exactly {@link #derive}'s: a source that serves this must serve what {@code derive} gives on its
 * own prices, bit for bit (the CSV data's cache stores {@code derive}'s values under the content of both price
 * files and the identity of the code that derived them).
 *
 * @param adjusted the daily adjusted prices ({@code adjusted.resampleBusinessDayLast()})
 * @param price the daily contract price ({@code multiple.price().resampleBusinessDayLast()})
 * @param annualisedRoll the daily annualised roll ({@code multiple.annualisedRoll().resampleBusinessDayMean()}),
 *     on the same index as {@code price}
 * @param defects the price defects of the rows, as {@link DataChecks} finds them (whatever the policy)
 */
public record DailyPrices(TimeSeries adjusted, TimeSeries price, TimeSeries annualisedRoll,
    List<DataDefect> defects) {

  /**
   * Validates.
   *
   * @param adjusted the daily adjusted prices, with a valid value
   * @param price the daily contract price
   * @param annualisedRoll the daily annualised roll, on {@code price}'s index
   * @param defects the price defects
   */
  public DailyPrices {
    ArgChecker.notNull(adjusted, "adjusted");
    ArgChecker.notNull(price, "price");
    ArgChecker.notNull(annualisedRoll, "annualisedRoll");
    ArgChecker.isTrue(annualisedRoll.hasSameTimes(price), "the daily annualised roll must be on the price's index");
    ArgChecker.isTrue(adjusted.firstValidIndex() >= 0, "the daily adjusted prices must have a valid value");
    defects = List.copyOf(ArgChecker.notNull(defects, "defects"));
  }

  /**
   * Derives an instrument's daily prices from its prices as a source gives them: the definition every source
   * serving {@link FuturesSimData#daily} must follow.
   *
   * @param data the source (its prices are read, and it places the defects found: {@link FuturesSimData#locate})
   * @param instrument the instrument
   * @return the daily prices, or empty if the instrument has no multiple prices or no valid adjusted price (the
   *     raw-data stage then reads the prices themselves, and reports what is missing as it always has)
   * @throws DataException as reading the source's prices throws
   */
  public static Optional<DailyPrices> derive(FuturesSimData data, InstrumentCode instrument) {
    ArgChecker.notNull(data, "data");
    ArgChecker.notNull(instrument, "instrument");
    TimeSeries raw = data.adjustedPrices(instrument);
    if (raw.firstValidIndex() < 0) {
      return Optional.empty();
    }
    return derive(data, instrument, raw, data.multiplePrices(instrument));
  }

  /**
   * Derives an instrument's daily prices from its prices in hand, as {@link #derive(FuturesSimData, InstrumentCode)}
   * does from the source's: for a source deriving them from the very prices it has just read.
   *
   * @param data the source (it places the defects found: {@link FuturesSimData#locate})
   * @param instrument the instrument
   * @param adjusted its adjusted prices, as the source gives them
   * @param multiple its multiple prices, as the source gives them
   * @return the daily prices, or empty if the adjusted prices have no valid value
   */
  public static Optional<DailyPrices> derive(FuturesSimData data, InstrumentCode instrument, TimeSeries adjusted,
      MultiplePrices multiple) {
    ArgChecker.notNull(data, "data");
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(adjusted, "adjusted");
    ArgChecker.notNull(multiple, "multiple");
    if (adjusted.firstValidIndex() < 0) {
      return Optional.empty();
    }
    List<DataDefect> defects = DataChecks.prices(data, instrument, adjusted, multiple);
    return Optional.of(new DailyPrices(adjusted.resampleBusinessDayLast(), multiple.price().resampleBusinessDayLast(),
        multiple.annualisedRoll().resampleBusinessDayMean(), defects));
  }
}
