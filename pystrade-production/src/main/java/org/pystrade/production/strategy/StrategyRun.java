package org.pystrade.production.strategy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pystrade.broker.orders.StrategyOrderDecision;
import org.pystrade.broker.orders.StrategyOrderInputs;
import org.pystrade.broker.orders.StrategyOrders;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.OptimalPositionEntry;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.PositionLimit;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradeLimit;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.system.OptimalPosition;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.ProductionStore;

/**
 * A strategy run (pysystemtrade's {@code run_strategy_order_generator}): for each instrument with an optimal
 * position, it stores the optimal position and its buffer edges, reads the held positions and the controls from the
 * store (override, roll state, lock, position limits, what the trade limits still allow), decides the instrument
 * order with {@link StrategyOrders} and stores it with any refusal: all of one strategy's run in one transaction.
 *
 * <p>An instrument order of the strategy still open (a run that stopped before its orders were done, after a crash)
 * counts as done for the decision: the held position it starts from is the position plus what open orders have
 * still to trade, so a restarted run does not order the same trade twice.
 */
public final class StrategyRun {

  private final ProductionStore store;

  /**
   * A run on a store.
   *
   * @param store the state store
   */
  public StrategyRun(ProductionStore store) {
    this.store = ArgChecker.notNull(store, "store");
  }

  /**
   * Runs a strategy.
   *
   * @param strategy the strategy
   * @param positions its optimal positions
   * @param now the time of the run
   * @return the decisions, in instrument order, each with its stored instrument order (if any)
   */
  public List<StrategyOrderDecision> run(StrategyName strategy, Map<InstrumentCode, OptimalPosition> positions,
      Instant now) {
    ArgChecker.notNull(strategy, "strategy");
    ArgChecker.notNull(positions, "positions");
    ArgChecker.notNull(now, "now");
    List<StrategyName> all = store.strategies().all().stream().map(Strategy::name).toList();
    List<StrategyOrderDecision> out = new ArrayList<>();
    Map<InstrumentCode, Long> pending = new HashMap<>();
    for (TradingOrder open : store.orders().withStatus(OrderLevel.INSTRUMENT, OrderStatus.OPEN)) {
      if (open.strategy().equals(strategy)) {
        pending.merge(open.instrument(), open.remaining().longValueExact(), Long::sum);
      }
    }
    store.inTransaction("strategy run of " + strategy, () -> {
      for (OptimalPosition optimal : positions.values()) {
        InstrumentCode code = optimal.instrument();
        store.optimalPositions().add(new OptimalPositionEntry(strategy, code, now, optimal.optimal(),
            optimal.lowerBuffer(), optimal.upperBuffer()));
        StrategyOrderDecision decision = StrategyOrders.decide(inputs(strategy, all, optimal, now,
            pending.getOrDefault(code, 0L)));
        decision.refusal(now).ifPresent(store.refusals()::add);
        Optional<TradingOrder> stored = decision.order().map(store.orders()::insert);
        out.add(new StrategyOrderDecision(decision.strategy(), code, decision.held(), decision.target(),
            decision.wanted(), decision.trade(), decision.outcomes(), stored));
      }
    });
    return List.copyOf(out);
  }

  private StrategyOrderInputs inputs(StrategyName strategy, List<StrategyName> all, OptimalPosition optimal,
      Instant now, long pending) {
    InstrumentCode code = optimal.instrument();
    Quantity held = Quantity.ofWhole(store.positions().instrumentPosition(strategy, code).longValueExact() + pending);
    long everyone = 0;
    for (StrategyName s : all) {
      everyone += store.positions().instrumentPosition(s, code).longValueExact();
    }
    StrategyOrderInputs.Builder b = StrategyOrderInputs.builder(strategy, optimal, held, now)
        .instrumentHeld(Quantity.ofWhole(all.contains(strategy) ? everyone + pending
            : everyone + held.longValueExact()))
        .override(store.overrides().inForce(strategy, code))
        .rollState(store.rollStates().get(code));
    store.locks().lockOn(code).ifPresent(b::lock);
    for (PositionLimit limit : store.limits().positionLimits(code)) {
      if (limit.strategyIfAny().isEmpty()) {
        b.instrumentPositionLimit(limit.maxAbsPosition());
      } else if (limit.strategyIfAny().get().equals(strategy)) {
        b.strategyPositionLimit(limit.maxAbsPosition());
      }
    }
    long capacity = Long.MAX_VALUE;
    for (TradeLimit limit : store.limits().tradeLimits(code)) {
      Instant since = now.minus(Duration.ofDays(limit.periodDays()));
      long traded;
      if (limit.strategyIfAny().isEmpty()) {
        traded = 0;
        for (StrategyName s : all) {
          traded += store.fills().contractsTraded(s, code, since);
        }
      } else if (limit.strategyIfAny().get().equals(strategy)) {
        traded = store.fills().contractsTraded(strategy, code, since);
      } else {
        continue;
      }
      capacity = Math.min(capacity, Math.max(0, limit.maxContracts() - traded));
    }
    if (capacity != Long.MAX_VALUE) {
      b.tradeCapacity(capacity);
    }
    return b.build();
  }
}
