package org.pystrade.data.store;

import java.util.List;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;

/**
 * A store of pysystemtrade's futures data: configuration tables, adjusted, multiple, per-contract and FX prices and
 * roll calendars. Implementations: pysystemtrade's CSV tree, Parquet files, Arrow IPC files, a JDBC database (see
 * {@code org.pystrade.data.stores.DataStores}); {@code StoreContract} in this module's test-jar checks an
 * implementation.
 *
 * <p>Reads are safe from several threads at once, also while an update is applied (a reader sees a series as it
 * was before the update or after it). A missing series is a {@link DataException} with
 * {@link org.pystrade.core.domain.ReasonCode#MISSING_DATA} naming the series and the store; a series that cannot be
 * read is one with {@link org.pystrade.core.domain.ReasonCode#MALFORMED_DATA} naming the file or table.
 * Writes go through {@link #apply(StoreUpdate)}: all or nothing.
 */
public interface DataStore extends AutoCloseable {

  /**
   * Where the store is, as a store spec: {@code csv:DIR}, {@code parquet:DIR}, {@code arrow:DIR} or
   * {@code jdbc:URL} (without a password).
   *
   * @return the location
   */
  String location();

  /**
   * What the store holds.
   *
   * @return the contents
   * @throws DataException if the store cannot be listed
   */
  StoreContents contents();

  /**
   * Reads a series in the store's columns.
   *
   * @param key the series
   * @return its rows
   * @throws DataException if it is missing or unreadable
   */
  SeriesColumns read(SeriesKey key);

  /**
   * The instrument configuration, one row per instrument, in stored order; empty if the table is absent.
   *
   * @return the rows
   */
  List<InstrumentConfig> instrumentConfig();

  /**
   * The roll configuration, one row per instrument; empty if the table is absent.
   *
   * @return the rows
   */
  List<RollConfig> rollConfig();

  /**
   * The spread costs, one row per instrument; empty if the table is absent.
   *
   * @return the rows
   */
  List<SpreadCost> spreadCosts();

  /**
   * Applies an update, all or nothing: when this throws, the store holds what it held before.
   *
   * @param update the writes
   * @throws DataException if a write fails (the store unchanged) or an appended series does not follow the stored
   *     one
   */
  void apply(StoreUpdate update);

  /**
   * Releases what the store holds open (connections, memory). The store is not usable afterwards.
   */
  @Override
  void close();

  /**
   * What reading a series had to repair to give strictly increasing times (rows sorted, repeated timestamps merged),
   * one message per repair naming the place, as the last read of it found; empty when nothing was repaired or the
   * store cannot hold such rows.
   *
   * @param key the series
   * @return the messages
   */
  default List<String> repairs(SeriesKey key) {
    return List.of();
  }

  /**
   * An instrument's adjusted prices.
   *
   * @param instrument the instrument
   * @return the prices
   * @throws DataException if missing or unreadable
   */
  default TimeSeries adjustedPrices(InstrumentCode instrument) {
    return read(SeriesKey.adjusted(instrument)).toTimeSeries();
  }

  /**
   * An instrument's multiple prices.
   *
   * @param instrument the instrument
   * @return the prices
   * @throws DataException if missing or unreadable
   */
  default MultiplePrices multiplePrices(InstrumentCode instrument) {
    return read(SeriesKey.multiple(instrument)).toMultiplePrices();
  }

  /**
   * A contract's prices.
   *
   * @param contract the contract
   * @return the prices
   * @throws DataException if missing or unreadable
   */
  default ContractPrices contractPrices(FuturesContract contract) {
    return read(SeriesKey.contract(contract)).toContractPrices(contract);
  }

  /**
   * An FX pair's prices, as stored (no inversion or cross).
   *
   * @param pair the pair
   * @return the prices
   * @throws DataException if missing or unreadable
   */
  default TimeSeries fxPrices(FxPair pair) {
    return read(SeriesKey.fx(pair)).toTimeSeries();
  }

  /**
   * An instrument's roll calendar.
   *
   * @param instrument the instrument
   * @return the calendar
   * @throws DataException if missing, unreadable or not a valid calendar
   */
  default RollCalendar rollCalendar(InstrumentCode instrument) {
    SeriesColumns c = read(SeriesKey.rollCalendar(instrument));
    try {
      return c.toRollCalendar();
    } catch (IllegalArgumentException ex) {
      throw new DataException(org.pystrade.core.domain.ReasonCode.MALFORMED_DATA,
          "roll calendar " + instrument + " in " + location() + " is not valid: " + ex.getMessage(), ex);
    }
  }
}
