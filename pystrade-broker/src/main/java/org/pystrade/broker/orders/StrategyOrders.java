package org.pystrade.broker.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.domain.trading.TradingOverride;
import org.pystrade.core.util.ArgChecker;

/**
 * pysystemtrade's buffered strategy ({@code sysexecution/strategies/classic_buffered_positions.py}) as a pure
 * function: the trade that moves the held position to the nearest edge of the buffer
 * ({@link org.pystrade.core.system.OptimalPosition#target}, rounded as the backtest's buffered position), then the
 * checks, each of which may cut the trade towards zero:
 * <ol>
 *   <li>a lock on the instrument: no trade;</li>
 *   <li>the roll state: no trade in {@link RollState#FORCE}, {@link RollState#FORCE_OUTRIGHT} and
 *       {@link RollState#ROLL_ADJUSTED} (the roll's own orders go first), only reducing trades in
 *       {@link RollState#CLOSE};</li>
 *   <li>the override ({@code sysobjects/production/override.py}): close moves the position to zero, no trading
 *       refuses every trade, reduce only turns a trade that crosses zero into a closing trade and refuses one
 *       that increases the absolute position;</li>
 *   <li>the strategy's and then all strategies' position limits ({@code what_trade_is_possible}: a trade may
 *       bring the position to the limit, never beyond it, and always reduce);</li>
 *   <li>the trade limits: no more contracts than they still allow.</li>
 * </ol>
 */
public final class StrategyOrders {

  private StrategyOrders() {
  }

  /**
   * Decides a strategy's instrument order.
   *
   * @param in the inputs
   * @return the decision: the order if a trade is left, and each check that changed the trade
   */
  public static StrategyOrderDecision decide(StrategyOrderInputs in) {
    ArgChecker.notNull(in, "in");
    InstrumentCode instrument = in.optimal().instrument();
    long held = in.held().longValueExact();
    Quantity target = in.optimal().target(in.held());
    ArgChecker.isTrue(target.isWhole(), "buffered target of {} must be whole: {}", instrument, target);
    long wanted = target.longValueExact() - held;
    List<CheckOutcome> outcomes = new ArrayList<>();
    long trade = wanted;
    if (trade != 0 && in.lock().isPresent()) {
      trade = record(outcomes, OrderCheck.LOCK, trade, 0, "locked: " + in.lock().get().reason());
    }
    if (trade != 0) {
      switch (in.rollState()) {
        case FORCE, FORCE_OUTRIGHT, ROLL_ADJUSTED ->
            trade = record(outcomes, OrderCheck.ROLL_STATE, trade, 0, "roll state " + in.rollState());
        case CLOSE -> trade = record(outcomes, OrderCheck.ROLL_STATE, trade, reduceOnly(held, trade),
            "roll state CLOSE allows only reducing trades");
        default -> {
          // NO_ROLL and PASSIVE trade the strategy's orders
        }
      }
    }
    if (in.override() != TradingOverride.NONE) {
      long after = switch (in.override()) {
        case CLOSE -> -held;
        case NO_TRADING -> 0;
        case REDUCE_ONLY -> reduceOnly(held, trade);
        case NONE -> trade;
      };
      trade = record(outcomes, OrderCheck.OVERRIDE, trade, after, "override " + in.override());
    }
    if (in.strategyPositionLimit().isPresent()) {
      long limit = in.strategyPositionLimit().getAsLong();
      trade = record(outcomes, OrderCheck.STRATEGY_POSITION_LIMIT, trade, possibleTrade(held, limit, trade),
          "strategy position limit " + limit + " with " + held + " held");
    }
    if (in.instrumentPositionLimit().isPresent()) {
      long limit = in.instrumentPositionLimit().getAsLong();
      long all = in.instrumentHeld().longValueExact();
      trade = record(outcomes, OrderCheck.INSTRUMENT_POSITION_LIMIT, trade, possibleTrade(all, limit, trade),
          "instrument position limit " + limit + " with " + all + " held by all strategies");
    }
    if (in.tradeCapacity().isPresent()) {
      long cap = in.tradeCapacity().getAsLong();
      trade = record(outcomes, OrderCheck.TRADE_LIMIT, trade, Long.signum(trade) * Math.min(Math.abs(trade), cap),
          "trade limits allow " + cap + " more contracts");
    }
    Optional<TradingOrder> order = Optional.empty();
    if (trade != 0) {
      String comment = "buffered: held " + held + ", target " + target.longValueExact()
          + (outcomes.isEmpty() ? "" : ", cut by " + outcomes);
      order = Optional.of(TradingOrder.builder(OrderLevel.INSTRUMENT, in.strategy(), instrument,
          Quantity.ofWhole(trade)).created(in.now()).comment(comment).build());
    }
    return new StrategyOrderDecision(in.strategy(), instrument, in.held(), target, Quantity.ofWhole(wanted),
        Quantity.ofWhole(trade), outcomes, order);
  }

  private static long record(List<CheckOutcome> outcomes, OrderCheck check, long before, long after, String why) {
    if (before != after) {
      outcomes.add(new CheckOutcome(check, Quantity.ofWhole(before), Quantity.ofWhole(after), why));
    }
    return after;
  }

  /** pysystemtrade's reduce-only override: a trade crossing zero closes, one increasing the position is refused. */
  static long reduceOnly(long held, long trade) {
    long wantedPosition = held + trade;
    if (Long.signum(wantedPosition) != Long.signum(held)) {
      return -held;
    }
    if (Math.abs(wantedPosition) > Math.abs(held)) {
      return 0;
    }
    return trade;
  }

  /** pysystemtrade's {@code what_trade_is_possible}: up to the limit, never beyond it, always reducing. */
  static long possibleTrade(long position, long limit, long trade) {
    if (trade >= 0) {
      return Math.max(Math.min(position + trade, limit) - position, 0);
    }
    return Math.min(Math.max(position + trade, -limit) - position, 0);
  }
}
