package org.pystrade.broker.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.OrderRefusal;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.util.ArgChecker;

/**
 * What a strategy run decided for an instrument: the buffered target, the trade wanted, the checks that changed it
 * and the instrument order, if any trade is left.
 *
 * @param strategy the strategy
 * @param instrument the instrument
 * @param held the strategy's position held
 * @param target the position the buffered strategy wants (the nearest buffer edge, or the held position inside
 *     the buffer)
 * @param wanted the trade wanted, target minus held
 * @param trade the trade left after the checks
 * @param outcomes the checks that changed the trade, in the order applied
 * @param order the instrument order of {@code trade}, empty when it is zero
 */
public record StrategyOrderDecision(StrategyName strategy, InstrumentCode instrument, Quantity held,
    Quantity target, Quantity wanted, Quantity trade, List<CheckOutcome> outcomes, Optional<TradingOrder> order) {

  /**
   * Checks the arguments.
   *
   * @param strategy the strategy
   * @param instrument the instrument
   * @param held the strategy's position held
   * @param target the position the buffered strategy wants (the nearest buffer edge, or the held position inside
   *         the buffer)
   * @param wanted the trade wanted, target minus held
   * @param trade the trade left after the checks
   * @param outcomes the checks that changed the trade, in the order applied
   * @param order the instrument order of {@code trade}, empty when it is zero
   */
  public StrategyOrderDecision {
    ArgChecker.notNull(strategy, "strategy");
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(held, "held");
    ArgChecker.notNull(target, "target");
    ArgChecker.notNull(wanted, "wanted");
    ArgChecker.notNull(trade, "trade");
    outcomes = List.copyOf(outcomes);
    ArgChecker.notNull(order, "order");
    ArgChecker.isTrue(order.isPresent() == !trade.isZero(), "an order exactly when the trade {} is not zero",
        trade);
  }

  /**
   * Whether a trade was wanted and the checks refused all of it.
   *
   * @return true if refused
   */
  public boolean refused() {
    return !wanted.isZero() && trade.isZero();
  }

  /**
   * The record of this decision when the checks refused or cut the trade wanted.
   *
   * @param time when it was decided
   * @return the refusal, empty if the trade wanted was left as it was
   */
  public Optional<OrderRefusal> refusal(Instant time) {
    if (outcomes.isEmpty() || wanted.equals(trade)) {
      return Optional.empty();
    }
    return Optional.of(new OrderRefusal(strategy, instrument, time, wanted, trade, reasons()));
  }

  /**
   * The reasons the trade was refused or cut, for the record.
   *
   * @return the outcomes joined, empty if none
   */
  public String reasons() {
    return String.join("; ", outcomes.stream().map(CheckOutcome::toString).toList());
  }
}
