package org.pystrade.production.roll;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.pipeline.IncrementalUpdates;
import org.pystrade.data.pipeline.InstrumentState;
import org.pystrade.data.pipeline.InstrumentStates;
import org.pystrade.data.pipeline.Outcome;
import org.pystrade.data.pipeline.StoreStateWriter;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.store.StoreSimData;

/**
 * Changes instruments' roll states as pysystemtrade allows, and completes rolls. The priced contract is the one the
 * data store's multiple prices hold on their last row; the position in it is the production store's (all
 * strategies). Requesting {@link RollState#ROLL_ADJUSTED} rolls the data store's multiple and adjusted prices to the
 * forward contract (the price pipeline's roll, written all or nothing) and then sets {@link RollState#NO_ROLL}, as
 * pysystemtrade's interactive roll does. The prices are rolled at most once: {@link RollState#ROLL_ADJUSTED} may
 * only be followed by {@link RollState#NO_ROLL}, so a process stopped after the prices were written, or a roll of
 * the prices that failed, leaves the instrument in {@link RollState#ROLL_ADJUSTED} (nothing trades) until its user
 * looks (the prices' priced contract tells whether they were rolled; {@code data roll} rolls them by hand) and asks
 * for {@link RollState#NO_ROLL}.
 */
public final class RollStates {

  private final ProductionStore store;
  private final DataStore data;

  /**
   * Roll states over a production store and the price store its prices come from.
   *
   * @param store the production state
   * @param data the prices
   */
  public RollStates(ProductionStore store, DataStore data) {
    this.store = ArgChecker.notNull(store, "store");
    this.data = ArgChecker.notNull(data, "data");
  }

  /**
   * The instrument's roll state now, without changing it.
   *
   * @param instrument the instrument
   * @return the state, the priced contract, the position in it and the allowed next states
   * @throws DataException if the instrument has no multiple prices in the data store
   */
  public RollStateChange current(InstrumentCode instrument) {
    RollState from = store.rollStates().get(instrument);
    FuturesContract priced = pricedContract(instrument);
    Quantity held = store.positions().contractPosition(priced);
    return new RollStateChange(instrument, priced, held, from, from, from, from.allowedNext(!held.isZero()),
        instrument + " is in " + from + " (" + from.explanation() + ")");
  }

  /**
   * Asks for a roll state.
   *
   * @param instrument the instrument
   * @param requested the state asked for
   * @return what became of it: not applied, with the reason, when the transition is not allowed or the adjusted
   *     prices could not be rolled
   * @throws DataException if the instrument has no multiple prices in the data store
   */
  public RollStateChange request(InstrumentCode instrument, RollState requested) {
    ArgChecker.notNull(requested, "requested");
    RollStateChange now = current(instrument);
    boolean holds = !now.pricedPosition().isZero();
    if (!now.from().allows(requested, holds)) {
      return refuse(now, requested, now.from() + " cannot become " + requested + " with "
          + now.pricedPosition() + " held in " + now.priced() + "; allowed: " + now.allowed());
    }
    if (requested != RollState.ROLL_ADJUSTED) {
      store.rollStates().set(instrument, requested);
      return new RollStateChange(instrument, now.priced(), now.pricedPosition(), now.from(), requested, requested,
          now.allowed(), instrument + ": " + now.from() + " -> " + requested + " (" + requested.explanation() + ")");
    }
    store.rollStates().set(instrument, RollState.ROLL_ADJUSTED);
    Optional<String> failure = rollPrices(instrument, now.priced());
    if (failure.isPresent()) {
      // stays in ROLL_ADJUSTED, so that nothing trades until the prices are rolled or the state is changed by hand
      return new RollStateChange(instrument, now.priced(), now.pricedPosition(), now.from(), requested,
          RollState.ROLL_ADJUSTED, now.allowed(), instrument + ": the adjusted prices could not be rolled, the state "
          + "stays " + RollState.ROLL_ADJUSTED + " (nothing trades; roll the prices by hand with 'data roll', then "
          + "ask for " + RollState.NO_ROLL + "): " + failure.get());
    }
    store.rollStates().set(instrument, RollState.NO_ROLL);
    return new RollStateChange(instrument, now.priced(), now.pricedPosition(), now.from(), requested,
        RollState.NO_ROLL, now.allowed(), instrument + ": prices rolled from " + now.priced() + " to "
        + pricedContract(instrument) + ", back to " + RollState.NO_ROLL);
  }

  private static RollStateChange refuse(RollStateChange now, RollState requested, String why) {
    return new RollStateChange(now.instrument(), now.priced(), now.pricedPosition(), now.from(), requested,
        now.from(), now.allowed(), why);
  }

  private FuturesContract pricedContract(InstrumentCode instrument) {
    MultiplePrices m = data.multiplePrices(instrument);
    ArgChecker.isTrue(m.size() > 0, "{} has no multiple prices in {}", instrument, data.location());
    return FuturesContract.of(instrument, m.priceContractAt(m.size() - 1));
  }

  /** Rolls the stored prices from {@code priced} to the forward contract; empty if done (or done before). */
  private Optional<String> rollPrices(InstrumentCode instrument, FuturesContract priced) {
    Outcome<InstrumentState> stored = InstrumentStates.read(data, instrument, null);
    if (stored.isRefused()) {
      return Optional.of(stored.errors().get(0).toString());
    }
    InstrumentState state = stored.get();
    Optional<RollParameters> params;
    try {
      params = StoreSimData.of(data).meta(instrument).rollParameters();
    } catch (DataException ex) {
      return Optional.of(ex.getMessage());
    }
    if (params.isEmpty()) {
      return Optional.of("no roll configuration for " + instrument + " in " + data.location());
    }
    Outcome<IncrementalUpdates.Prices> rolled = IncrementalUpdates.roll(state, params.get());
    if (rolled.isRefused()) {
      return Optional.of(rolled.errors().get(0).toString());
    }
    try {
      new StoreStateWriter(data).write(state, new InstrumentState(instrument, state.contractPrices(),
          rolled.get().multiple(), rolled.get().adjusted()), java.util.Set.of());
    } catch (IOException ex) {
      return Optional.of(ex.getMessage());
    }
    return Optional.empty();
  }

  /**
   * Every instrument's roll state that is not {@link RollState#NO_ROLL}.
   *
   * @return the states by instrument
   */
  public Map<InstrumentCode, RollState> rolling() {
    return store.rollStates().all();
  }

  /**
   * The allowed next states of every state, for a table in a report.
   *
   * @param holdsPricedContract whether the priced contract is held
   * @return state to its allowed next states
   */
  public static Map<RollState, List<RollState>> transitions(boolean holdsPricedContract) {
    Map<RollState, List<RollState>> out = new java.util.EnumMap<>(RollState.class);
    for (RollState s : RollState.values()) {
      out.put(s, s.allowedNext(holdsPricedContract));
    }
    return out;
  }
}
