package org.pystrade.data.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * The update of one instrument with new bars, all or nothing: each contract's new bars are cleaned and checked
 * ({@link PriceChecks}), added after its stored bars with the spike check ({@link PriceMerges#addNewerBars}), then
 * the multiple and adjusted prices are extended ({@link IncrementalUpdates#update}). Any error (a spike, a roll not
 * registered, a label conflict that cannot be merged) refuses the whole instrument: the result is then no new state
 * at all, and nothing is to be written.
 */
public final class InstrumentUpdater {

  private final CleaningConfig config;

  /**
   * An updater.
   *
   * @param config the cleaning and checking rules
   */
  public InstrumentUpdater(CleaningConfig config) {
    this.config = ArgChecker.notNull(config, "config");
  }

  /**
   * The new state of an instrument and what changed.
   *
   * @param state the whole new state
   * @param changedContracts the contracts whose bars changed
   * @param barsAdded new bars added over all contracts
   * @param multipleRowsAdded rows added to the multiple prices
   * @param adjustedRowsAdded rows added to the adjusted prices
   */
  public record Updated(InstrumentState state, Set<ContractDate> changedContracts, int barsAdded,
      int multipleRowsAdded, int adjustedRowsAdded) {
    /**
     * Copies the set.
     *
     * @param state the whole new state
     * @param changedContracts the contracts whose bars changed
     * @param barsAdded new bars added over all contracts
     * @param multipleRowsAdded rows added to the multiple prices
     * @param adjustedRowsAdded rows added to the adjusted prices
     */
    public Updated {
      ArgChecker.notNull(state, "state");
      changedContracts = Set.copyOf(changedContracts);
    }
  }

  /**
   * Updates an instrument.
   *
   * @param stored its stored state
   * @param newBars the new bars by contract (of this instrument)
   * @param now the time of the update, epoch seconds: later bars are ignored when so configured
   * @return the whole new state, or a refusal with every problem found
   */
  public Outcome<Updated> update(InstrumentState stored, Map<ContractDate, ContractPrices> newBars, long now) {
    ArgChecker.notNull(stored, "stored");
    ArgChecker.notNull(newBars, "newBars");
    List<Problem> problems = new ArrayList<>();
    // a contract without stored bars takes its history from the multiple prices (a store of pysystemtrade's
    // bundled data has no per-contract prices at all)
    // only the contracts the update reads: those with new bars and those of the last row (IncrementalUpdates)
    Set<ContractDate> wanted = new TreeSet<>(newBars.keySet());
    MultiplePrices m = stored.multiple();
    if (m.size() > 0) {
      for (TimeSeries ids : List.of(m.priceContract(), m.forwardContract(), m.carryContract())) {
        Contracts.date(ids.value(m.size() - 1)).ifPresent(wanted::add);
      }
    }
    Outcome<ContractFinals> derived = ContractFinals.derivedFrom(stored.instrument(), m, wanted);
    NavigableMap<ContractDate, ContractPrices> prices = new TreeMap<>(stored.contractPrices());
    Set<ContractDate> changed = new TreeSet<>();
    int barsAdded = 0;
    boolean refused = false;
    for (Map.Entry<ContractDate, ContractPrices> e : new TreeMap<>(newBars).entrySet()) {
      FuturesContract contract = FuturesContract.of(stored.instrument(), e.getKey());
      ArgChecker.isTrue(e.getValue().contract().equals(contract), "new bars of {} filed under {}",
          e.getValue().contract(), contract);
      ContractPrices old = prices.get(e.getKey());
      if (old == null) {
        old = ContractPrices.ofFinal(contract, derived.get().get(e.getKey().asInt()).orElse(TimeSeries.empty()));
      }
      Outcome<ContractPrices> cleaned = PriceChecks.clean(e.getValue(), config, now);
      problems.addAll(cleaned.problems());
      Outcome<ContractPrices> merged = PriceMerges.addNewerBars(old, cleaned.get(), config.maxPriceSpike());
      problems.addAll(merged.problems());
      if (merged.isRefused()) {
        refused = true;
        continue;
      }
      int added = merged.get().size() - old.size();
      if (added > 0) {
        long from = merged.get().fin().time(old.size());
        problems.addAll(PriceChecks.stale(contract.id(), merged.get().fin(), from, config.staleRun()));
        prices.put(e.getKey(), merged.get());
        changed.add(e.getKey());
        barsAdded += added;
      }
    }
    if (refused) {
      return Outcome.refused(problems);
    }
    if (changed.isEmpty()) {
      return Outcome.of(new Updated(stored, changed, 0, 0, 0), problems);
    }
    ContractFinals finals = derived.get().withStored(prices);
    Outcome<IncrementalUpdates.Prices> updated = IncrementalUpdates.update(
        new IncrementalUpdates.Prices(stored.multiple(), stored.adjusted()), finals);
    problems.addAll(updated.problems());
    if (updated.isRefused()) {
      return Outcome.refused(problems);
    }
    NavigableMap<ContractDate, ContractPrices> kept = new TreeMap<>(stored.contractPrices());
    for (ContractDate c : changed) {
      kept.put(c, prices.get(c));
    }
    InstrumentState state = new InstrumentState(stored.instrument(), kept, updated.get().multiple(),
        updated.get().adjusted());
    return Outcome.of(new Updated(state, changed, barsAdded, state.multiple().size() - stored.multiple().size(),
        state.adjusted().size() - stored.adjusted().size()), problems);
  }
}
