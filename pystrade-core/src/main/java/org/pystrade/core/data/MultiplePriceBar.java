package org.pystrade.core.data;

import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.util.ArgChecker;

/**
 * One row of an instrument's multiple prices: the price of the contract held, of the carry contract and of the
 * forward contract, each with its contract. A price may be NaN (missing); the forward contract may be absent.
 *
 * @param price the price of the contract held ({@code PRICE})
 * @param priceContract the contract held ({@code PRICE_CONTRACT})
 * @param carry the price of the carry contract ({@code CARRY}), NaN if missing
 * @param carryContract the carry contract ({@code CARRY_CONTRACT})
 * @param forward the price of the next contract held ({@code FORWARD}), NaN if missing
 * @param forwardContract the next contract held ({@code FORWARD_CONTRACT}), or null if none
 */
public record MultiplePriceBar(double price, ContractDate priceContract, double carry, ContractDate carryContract,
    double forward, ContractDate forwardContract) {

  /**
   * Validates.
   *
   * @param price the price of the contract held ({@code PRICE})
   * @param priceContract the contract held ({@code PRICE_CONTRACT})
   * @param carry the price of the carry contract ({@code CARRY}), NaN if missing
   * @param carryContract the carry contract ({@code CARRY_CONTRACT})
   * @param forward the price of the next contract held ({@code FORWARD}), NaN if missing
   * @param forwardContract the next contract held ({@code FORWARD_CONTRACT}), or null if none
   */
  public MultiplePriceBar {
    ArgChecker.notNull(priceContract, "priceContract");
    ArgChecker.notNull(carryContract, "carryContract");
    ArgChecker.isTrue(!Double.isInfinite(price) && !Double.isInfinite(carry) && !Double.isInfinite(forward),
        "multiple prices must be finite or NaN but were {}, {}, {}", price, carry, forward);
  }
}
