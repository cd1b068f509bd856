package org.pystrade.core.domain;

import org.pystrade.core.util.ArgChecker;

/**
 * A position in an instrument, whatever contract it is held in: the signed number of contracts, as pysystemtrade's
 * instrument-level (strategy) positions.
 *
 * @param instrument the instrument
 * @param quantity contracts held, positive long, negative short
 */
public record InstrumentPosition(InstrumentCode instrument, Quantity quantity) {

  /**
   * Checks that both parts are given.
   *
   * @param instrument the instrument
   * @param quantity contracts held, positive long, negative short
   */
  public InstrumentPosition {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(quantity, "quantity");
  }

  /**
   * Obtains a position.
   *
   * @param instrument the instrument
   * @param quantity contracts held
   * @return the position
   */
  public static InstrumentPosition of(InstrumentCode instrument, Quantity quantity) {
    return new InstrumentPosition(instrument, quantity);
  }

  /**
   * The trade that takes this position to a target.
   *
   * @param target the position wanted, in contracts
   * @return {@code target - quantity()} in this instrument
   */
  public Trade tradeTo(Quantity target) {
    return Trade.between(instrument, quantity, target);
  }

  /**
   * The position after a trade in the same instrument.
   *
   * @param trade a trade in this position's instrument
   * @return this quantity plus the trade's
   * @throws IllegalArgumentException if the trade is in another instrument
   */
  public InstrumentPosition after(Trade trade) {
    ArgChecker.notNull(trade, "trade");
    ArgChecker.isTrue(trade.instrument().equals(instrument), "a trade in {} cannot change the position in {}",
        trade.instrument(), instrument);
    return new InstrumentPosition(instrument, quantity.plus(trade.quantity()));
  }
}
