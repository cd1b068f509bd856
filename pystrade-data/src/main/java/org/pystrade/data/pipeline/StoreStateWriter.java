package org.pystrade.data.pipeline;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.store.SeriesColumns;
import org.pystrade.data.store.SeriesKey;
import org.pystrade.data.store.StoreUpdate;

/**
 * Writes an instrument's new state into any {@link DataStore} (Parquet, Arrow, a database) as one
 * {@link DataStore#apply} update, so all or nothing as the store's contract says: its multiple and adjusted prices
 * and the prices of the contracts that changed.
 *
 * <p>Told the state it replaces ({@link #write(InstrumentState, InstrumentState, Set)}), it appends where the new
 * series only adds rows after the stored ones (the daily case: a database then inserts a row rather than rewriting
 * the history) and replaces the series otherwise (a roll shifts the whole adjusted history).
 */
public final class StoreStateWriter implements InstrumentStateWriter {

  private final DataStore store;

  /**
   * A writer into a store.
   *
   * @param store the store
   */
  public StoreStateWriter(DataStore store) {
    this.store = ArgChecker.notNull(store, "store");
  }

  @Override
  public void write(InstrumentState state, Set<ContractDate> changedContracts) throws IOException {
    write(null, state, changedContracts);
  }

  @Override
  public void write(InstrumentState before, InstrumentState state, Set<ContractDate> changedContracts)
      throws IOException {
    ArgChecker.notNull(state, "state");
    ArgChecker.notNull(changedContracts, "changedContracts");
    ArgChecker.isTrue(before == null || before.instrument().equals(state.instrument()),
        "the state before is of {}, the new one of {}", before == null ? null : before.instrument(),
        state.instrument());
    StoreUpdate.Builder update = StoreUpdate.builder();
    for (ContractDate c : changedContracts) {
      ContractPrices prices = state.contractPrices().get(c);
      ArgChecker.notNull(prices, "prices of changed contract " + c);
      ContractPrices old = before == null ? null : before.contractPrices().get(c);
      add(update, SeriesKey.contract(FuturesContract.of(state.instrument(), c)),
          old == null ? null : SeriesColumns.of(old), SeriesColumns.of(prices));
    }
    add(update, SeriesKey.multiple(state.instrument()), before == null ? null : SeriesColumns.of(before.multiple()),
        SeriesColumns.of(state.multiple()));
    add(update, SeriesKey.adjusted(state.instrument()), before == null ? null : SeriesColumns.of(before.adjusted()),
        SeriesColumns.of(state.adjusted()));
    try {
      store.apply(update.build());
    } catch (DataException ex) {
      throw new IOException("could not write " + state.instrument() + " to " + store.location() + ": "
          + ex.getMessage(), ex);
    }
  }

  /** An append of the new rows when {@code after} extends {@code before}, else a replacement; nothing if equal. */
  private static void add(StoreUpdate.Builder update, SeriesKey key, SeriesColumns before, SeriesColumns after) {
    int n = before == null ? -1 : prefixLength(before, after);
    if (n < 0) {
      update.series(key, after, StoreUpdate.Mode.REPLACE);
    } else if (n < after.size()) {
      update.series(key, tail(after, n), StoreUpdate.Mode.APPEND);
    }
  }

  /**
   * The number of rows of {@code before} when {@code after} starts with all of them, bit for bit; -1 otherwise.
   *
   * @param before the stored series
   * @param after the new series
   * @return the prefix length or -1
   */
  static int prefixLength(SeriesColumns before, SeriesColumns after) {
    int n = before.size();
    if (after.size() < n || before.columns().length != after.columns().length
        || !Arrays.equals(before.times(), 0, n, after.times(), 0, n)) {
      return -1;
    }
    for (int k = 0; k < before.columns().length; k++) {
      if (!Arrays.equals(before.columns()[k], 0, n, after.columns()[k], 0, n)) {
        return -1;
      }
    }
    return n;
  }

  private static SeriesColumns tail(SeriesColumns s, int from) {
    double[][] c = new double[s.columns().length][];
    for (int k = 0; k < c.length; k++) {
      c[k] = Arrays.copyOfRange(s.columns()[k], from, s.size());
    }
    return new SeriesColumns(Arrays.copyOfRange(s.times(), from, s.size()), c);
  }
}
