package org.pystrade.core.data;

import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * pysystemtrade's multiple prices of an instrument: on one index, the price of the currently held contract
 * ({@code PRICE}), of the carry contract ({@code CARRY}) and of the next contract ({@code FORWARD}), each with its
 * contract id as a {@code YYYYMMDD} number ({@code 20231200.0}); NaN where missing.
 *
 * @param price PRICE
 * @param priceContract PRICE_CONTRACT ids
 * @param carry CARRY
 * @param carryContract CARRY_CONTRACT ids
 * @param forward FORWARD
 * @param forwardContract FORWARD_CONTRACT ids
 */
public record MultiplePrices(TimeSeries price, TimeSeries priceContract, TimeSeries carry, TimeSeries carryContract,
    TimeSeries forward, TimeSeries forwardContract) {

  /** Validates that all columns share one index, and stores them on one timestamp array. */
  public MultiplePrices {
    ArgChecker.notNull(price, "price");
    for (TimeSeries s : new TimeSeries[] {priceContract, carry, carryContract, forward, forwardContract}) {
      ArgChecker.notNull(s, "column");
      ArgChecker.isTrue(s.hasSameTimes(price), "multiple prices columns must share one index");
    }
    priceContract = priceContract.withTimesOf(price);
    carry = carry.withTimesOf(price);
    carryContract = carryContract.withTimesOf(price);
    forward = forward.withTimesOf(price);
    forwardContract = forwardContract.withTimesOf(price);
  }

  /**
   * Number of rows.
   *
   * @return the row count
   */
  public int size() {
    return price.size();
  }
}
