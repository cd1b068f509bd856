package org.pystrade.production.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.trading.ExecutionReport;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.data.production.ProductionStore;

/** The store as the reports read it: fills with their orders, and every instrument the state mentions. */
final class StoreView {

  /** A fill with its broker order (strategy, instrument, contract) and that order's execution report. */
  record Trade(FillRecord fill, TradingOrder order, Optional<ExecutionReport> execution) {
    InstrumentCode instrument() {
      return order.instrument();
    }

    FuturesContract contract() {
      return order.contract();
    }

    StrategyName strategy() {
      return order.strategy();
    }

    LocalDate date() {
      return fill.time().atZone(ZoneOffset.UTC).toLocalDate();
    }

    long quantity() {
      return fill.quantity().longValueExact();
    }

    /** The commission as a cost (brokers report it with either sign). */
    double commission() {
      return Math.abs(fill.commission().amount());
    }
  }

  private final ProductionStore store;
  private final List<Trade> trades;

  StoreView(ProductionStore store) {
    this.store = store;
    Map<Long, TradingOrder> orders = new HashMap<>();
    Map<Long, Optional<ExecutionReport>> executions = new HashMap<>();
    List<Trade> t = new ArrayList<>();
    for (FillRecord f : store.fills().all()) {
      TradingOrder o = orders.computeIfAbsent(f.brokerOrderId(), id -> store.orders().get(id).orElseThrow(
          () -> new IllegalStateException("fill " + f.executionId() + " of unknown broker order " + id)));
      t.add(new Trade(f, o, executions.computeIfAbsent(o.id(), id -> store.executions().of(id))));
    }
    t.sort(Comparator.comparing((Trade x) -> x.fill().time()).thenComparingLong(x -> x.fill().id()));
    this.trades = List.copyOf(t);
  }

  ProductionStore store() {
    return store;
  }

  /** Every fill in time order. */
  List<Trade> trades() {
    return trades;
  }

  /** The strategies, sorted by name. */
  List<StrategyName> strategies() {
    return store.strategies().all().stream().map(Strategy::name).sorted().toList();
  }

  /**
   * Every instrument the state or the market mentions: traded, held by a strategy, with a roll state or a lock,
   * or in the market.
   */
  Set<InstrumentCode> instruments(Optional<MarketSnapshot> market) {
    Set<InstrumentCode> out = new TreeSet<>(Comparator.comparing(InstrumentCode::value));
    trades.forEach(t -> out.add(t.instrument()));
    for (StrategyName s : strategies()) {
      out.addAll(store.positions().instrumentPositions(s).keySet());
    }
    out.addAll(store.rollStates().all().keySet());
    store.locks().all().forEach(l -> out.add(l.instrument()));
    market.ifPresent(m -> out.addAll(m.instruments().keySet()));
    return out;
  }

  /** The sum of every strategy's position in an instrument. */
  long heldByAllStrategies(InstrumentCode instrument) {
    long sum = 0;
    for (StrategyName s : strategies()) {
      sum += store.positions().instrumentPosition(s, instrument).longValueExact();
    }
    return sum;
  }
}
