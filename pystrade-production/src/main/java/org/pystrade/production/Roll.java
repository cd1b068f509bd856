package org.pystrade.production;

import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.util.ArgChecker;

/**
 * A roll of an instrument's position from one contract to the next: a close order in {@code from} and an open
 * order in {@code to} of the same size, under the roll pseudo-strategy ({@link DailyCycle#ROLL_STRATEGY}), so that
 * the contract positions move and no strategy's instrument position changes.
 *
 * @param from the contract held
 * @param to the contract to hold
 */
public record Roll(FuturesContract from, FuturesContract to) {

  /**
   * Checks the contracts.
   *
   * @param from the contract held
   * @param to the contract to hold
   */
  public Roll {
    ArgChecker.notNull(from, "from");
    ArgChecker.notNull(to, "to");
    ArgChecker.isTrue(from.instrument().equals(to.instrument()) && !from.equals(to),
        "a roll goes between two contracts of one instrument, not from {} to {}", from, to);
  }
}
