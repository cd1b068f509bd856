package org.pystrade.data.pipeline;

import java.io.IOException;
import java.util.Set;
import org.pystrade.core.domain.ContractDate;

/**
 * Writes one instrument's new state atomically: after {@link #write} returns, the store holds the whole new state;
 * if it throws, the store holds the old one, untouched. Stores implement it (a CSV folder:
 * {@link CsvFolderStateWriter}; any {@link org.pystrade.data.store.DataStore}: {@link StoreStateWriter}).
 */
public interface InstrumentStateWriter {

  /**
   * Writes an instrument's new state: its multiple and adjusted prices and the bars of the contracts that changed.
   *
   * @param state the whole new state
   * @param changedContracts the contracts whose bars are to be written
   * @throws IOException if it could not be written; the store is then as it was
   */
  void write(InstrumentState state, Set<ContractDate> changedContracts) throws IOException;

  /**
   * Writes an instrument's new state, knowing the state it replaces: a store may then write only what changed
   * (append the new rows of a series that only grew). The default writes the whole new state.
   *
   * @param before the state read before the update (null if unknown)
   * @param state the whole new state
   * @param changedContracts the contracts whose bars are to be written
   * @throws IOException if it could not be written; the store is then as it was
   */
  default void write(InstrumentState before, InstrumentState state, Set<ContractDate> changedContracts)
      throws IOException {
    write(state, changedContracts);
  }
}
