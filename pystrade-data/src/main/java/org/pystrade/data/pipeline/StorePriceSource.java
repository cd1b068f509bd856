package org.pystrade.data.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.store.DataStore;

/**
 * The per-contract prices a {@link DataStore} holds, as a {@link PriceSource}: what the roll-calendar and
 * multiple-price steps build from when the contract prices are in a store rather than a folder of CSV files.
 */
public final class StorePriceSource implements PriceSource {

  private final DataStore store;
  private final Map<InstrumentCode, List<FuturesContract>> contracts = new TreeMap<>();

  /**
   * A source over a store's contract prices, listed once.
   *
   * @param store the store
   * @throws DataException if the store cannot be listed
   */
  public StorePriceSource(DataStore store) {
    this.store = ArgChecker.notNull(store, "store");
    for (FuturesContract c : store.contents().contracts()) {
      contracts.computeIfAbsent(c.instrument(), k -> new java.util.ArrayList<>()).add(c);
    }
  }

  /**
   * Whether the store holds any contract prices.
   *
   * @return true if it has none
   */
  public boolean isEmpty() {
    return contracts.isEmpty();
  }

  @Override
  public List<InstrumentCode> instruments() {
    return List.copyOf(contracts.keySet());
  }

  /**
   * The contracts of an instrument the store has prices of.
   *
   * @param instrument the instrument
   * @return the contract dates, sorted; empty if none
   */
  public List<ContractDate> contracts(InstrumentCode instrument) {
    return contracts.getOrDefault(instrument, List.of()).stream().map(FuturesContract::date).sorted().toList();
  }

  @Override
  public Outcome<Map<ContractDate, ContractPrices>> newBars(InstrumentCode instrument) {
    Map<ContractDate, ContractPrices> out = new TreeMap<>();
    try {
      for (FuturesContract c : contracts.getOrDefault(instrument, List.of())) {
        out.put(c.date(), store.contractPrices(c));
      }
    } catch (DataException ex) {
      return Outcome.refused(List.of(Problem.error(Check.IO, instrument.value(), ex.getMessage())));
    }
    return Outcome.of(out, List.of());
  }

  @Override
  public String describe() {
    return store.location();
  }
}
