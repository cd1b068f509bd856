package org.pystrade.production;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pystrade.broker.api.AccountSummary;
import org.pystrade.broker.orders.ContractOrders;
import org.pystrade.broker.orders.StrategyOrderDecision;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;
import org.pystrade.core.domain.trading.CapitalEntry;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.ProductionCapital;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.production.execution.BrokerCalls;
import org.pystrade.production.execution.Execution;
import org.pystrade.production.execution.ExecutionOutcome;
import org.pystrade.production.strategy.PositionSource;
import org.pystrade.production.strategy.PricedContracts;
import org.pystrade.production.strategy.StrategyRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One day of production trading, pysystemtrade's {@code run_daily} in one pass:
 * <ol>
 *   <li>capital: the broker's account value updates the total capital ({@link ProductionCapital}, the configured
 *       mode; a change beyond the check limit is not applied and is reported), allocated to the strategies;</li>
 *   <li>strategies: each strategy's optimal positions as of the day ({@link PositionSource}) are stored and turned
 *       into instrument orders ({@link StrategyRun}: the buffered strategy with overrides, limits, locks and roll
 *       states, refusals recorded);</li>
 *   <li>order stacks: each instrument order becomes contract orders ({@link ContractOrders}: the priced contract,
 *       or the forward contract on the day the instrument rolls); each of the day's rolls becomes a close and an
 *       open contract order of the roll pseudo-strategy {@value #ROLL_STRATEGY_NAME}, so that no strategy's
 *       instrument position changes;</li>
 *   <li>execution ({@link Execution}): broker orders, fills booked, slippage archived, the rest cancelled at the
 *       end of the day;</li>
 *   <li>reconciliation ({@link Reconciliation}, a hook).</li>
 * </ol>
 */
public final class DailyCycle {

  /** The name of the pseudo-strategy that holds roll orders (pysystemtrade's {@code _ROLL_PSEUDO_STRATEGY}). */
  public static final String ROLL_STRATEGY_NAME = "_ROLL";
  /** The pseudo-strategy that holds roll orders. */
  public static final StrategyName ROLL_STRATEGY = StrategyName.of(ROLL_STRATEGY_NAME);

  private static final Logger LOG = LoggerFactory.getLogger(DailyCycle.class);

  private final CycleInputs in;
  private final Execution execution;
  private final StrategyRun strategyRun;
  private final ProductionCapital capital;

  /**
   * A cycle.
   *
   * @param in what it works with
   */
  public DailyCycle(CycleInputs in) {
    this.in = ArgChecker.notNull(in, "in");
    this.execution = new Execution(in.store(), in.broker(), in.clock(), in.algorithm(), in.requestTimeout());
    this.strategyRun = new StrategyRun(in.store());
    this.capital = new ProductionCapital(in.store());
  }

  /**
   * Runs a day.
   *
   * @param day the day's moments
   * @return what was done
   */
  public CycleReport run(TradingDay day) {
    ArgChecker.notNull(day, "day");
    in.clock().waitUntil(day.submit());
    Instant now = in.clock().now();
    ProductionStore store = in.store();
    List<Failure> failures = new ArrayList<>();
    Optional<CapitalEntry> total = updateCapital(now, failures);
    Map<InstrumentCode, Roll> rolls = new HashMap<>();
    for (Roll roll : in.rolls().rollsOn(day.day())) {
      ArgChecker.isTrue(rolls.put(roll.from().instrument(), roll) == null, "two rolls of {} on {}",
          roll.from().instrument(), day.day());
    }
    List<StrategyOrderDecision> decisions = new ArrayList<>();
    for (Strategy strategy : store.strategies().all()) {
      PositionSource source = in.strategies().get(strategy.name());
      if (source == null) {
        continue;
      }
      decisions.addAll(strategyRun.run(strategy.name(), source.positionsAt(day.day()), now));
    }
    // the new instrument orders, and any an earlier run stored but stopped before breaking down
    for (TradingOrder order : store.orders().withStatus(OrderLevel.INSTRUMENT, OrderStatus.OPEN)) {
      if (!order.strategy().equals(ROLL_STRATEGY) && store.orders().children(order.id()).isEmpty()) {
        contractOrders(order, day, rolls.get(order.instrument()), failures);
      }
    }
    List<Roll> rolled = rollOrders(rolls, now);
    ExecutionOutcome executed = execution.executeDay(day.close(), day.endOfDay());
    List<Failure> breaks = in.reconciliation().reconcile(store, in.broker(), day.day());
    CycleReport report = new CycleReport(day.day(), total, decisions, rolled, executed, failures, breaks);
    if (!report.complete()) {
      LOG.warn("cycle of {}: failures {}, execution failures {}, breaks {}", day.day(), failures,
          executed.failures(), breaks);
    }
    return report;
  }

  private Optional<CapitalEntry> updateCapital(Instant now, List<Failure> failures) {
    Result<AccountSummary> account = BrokerCalls.await(in.broker().account(), in.requestTimeout());
    if (!account.isOk()) {
      failures.add(Failure.of(account.failure().code(), "capital not updated: " + account.failure().message()));
      return capital.current();
    }
    try {
      CapitalEntry entry = capital.updateFromAccountValue(account.value().netLiquidation(), now,
          in.capitalMode(), in.capitalCheckLimit());
      capital.allocateToStrategies(now);
      return Optional.of(entry);
    } catch (DataException ex) {
      failures.add(Failure.of(ex.code(), "capital not updated: " + ex.getMessage()));
      return capital.current();
    }
  }

  /** The contract orders of a stored instrument order; on a roll day, in the contract rolled to. */
  private void contractOrders(TradingOrder order, TradingDay day, Roll roll, List<Failure> failures) {
    ProductionStore store = in.store();
    Optional<PricedContracts> contracts = roll != null ? Optional.of(new PricedContracts(roll.to(), roll.to()))
        : in.contracts().contractsAt(order.instrument(), day.day());
    if (contracts.isEmpty()) {
      failures.add(Failure.of(ReasonCode.MISSING_DATA, "no priced contract of " + order.instrument() + " on "
          + day.day() + ": instrument order " + order.id() + " cancelled"));
      store.orders().end(order.id(), OrderStatus.CANCELLED);
      return;
    }
    PricedContracts c = contracts.get();
    RollState state = roll != null ? RollState.NO_ROLL : store.rollStates().get(order.instrument());
    List<TradingOrder> children = ContractOrders.children(order, state, c.priced(), c.forward(),
        store.positions().contractPosition(c.priced()));
    store.inTransaction("contract orders of instrument order " + order.id(), () -> children.forEach(
        store.orders()::insert));
  }

  /** The roll pseudo-strategy's close and open orders of each roll with a position to move. */
  private List<Roll> rollOrders(Map<InstrumentCode, Roll> rolls, Instant now) {
    ProductionStore store = in.store();
    List<Roll> done = new ArrayList<>();
    Set<InstrumentCode> rolling = new HashSet<>();
    for (TradingOrder open : store.orders().withStatus(OrderLevel.INSTRUMENT, OrderStatus.OPEN)) {
      if (open.strategy().equals(ROLL_STRATEGY)) {
        rolling.add(open.instrument());
      }
    }
    for (Roll roll : rolls.values()) {
      long held = store.positions().contractPosition(roll.from()).longValueExact();
      if (held == 0 || rolling.contains(roll.from().instrument())) {
        // nothing to roll, or the roll orders of an earlier run are still to be done
        continue;
      }
      store.inTransaction("roll of " + roll.from() + " to " + roll.to(), () -> {
        leg(roll, roll.from(), -held, now, "roll: close " + roll.from());
        leg(roll, roll.to(), held, now, "roll: open " + roll.to());
      });
      done.add(roll);
    }
    return done;
  }

  private void leg(Roll roll, FuturesContract contract, long quantity, Instant now,
      String why) {
    InstrumentCode code = roll.from().instrument();
    TradingOrder parent = in.store().orders().insert(TradingOrder.builder(OrderLevel.INSTRUMENT, ROLL_STRATEGY,
        code, Quantity.ofWhole(quantity)).created(now).comment(why).build());
    in.store().orders().insert(TradingOrder.builder(OrderLevel.CONTRACT, ROLL_STRATEGY, code,
        Quantity.ofWhole(quantity)).parent(parent.id()).contract(contract).created(now).comment(why).build());
  }
}
