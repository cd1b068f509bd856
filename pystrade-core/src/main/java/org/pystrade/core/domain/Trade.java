package org.pystrade.core.domain;

import org.pystrade.core.util.ArgChecker;

/**
 * A trade in an instrument: a signed number of contracts to buy (positive) or sell (negative). A trade is what
 * moves a held position to a target one: target minus held, see {@link #between}.
 *
 * @param instrument the instrument traded
 * @param quantity contracts to buy (positive) or sell (negative); zero when no trade is needed
 */
public record Trade(InstrumentCode instrument, Quantity quantity) {

  /**
   * Checks that both parts are given.
   *
   * @param instrument the instrument traded
   * @param quantity contracts to buy (positive) or sell (negative); zero when no trade is needed
   */
  public Trade {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(quantity, "quantity");
  }

  /**
   * Obtains a trade.
   *
   * @param instrument the instrument
   * @param quantity contracts to buy (positive) or sell (negative)
   * @return the trade
   */
  public static Trade of(InstrumentCode instrument, Quantity quantity) {
    return new Trade(instrument, quantity);
  }

  /**
   * The trade that takes a held position to a target: {@code target - held}.
   *
   * @param instrument the instrument
   * @param held the position held now
   * @param target the position wanted
   * @return the trade, zero when the target is already held
   */
  public static Trade between(InstrumentCode instrument, Quantity held, Quantity target) {
    ArgChecker.notNull(held, "held");
    ArgChecker.notNull(target, "target");
    return new Trade(instrument, target.minus(held));
  }

  /**
   * Whether there is nothing to trade.
   *
   * @return true if the quantity is zero
   */
  public boolean isZero() {
    return quantity.isZero();
  }
}
