package org.pystrade.core.domain;

import org.pystrade.core.util.ArgChecker;

/**
 * A position in one futures contract: the signed number of contracts held, as a broker reports it.
 *
 * @param contract the contract
 * @param quantity contracts held, positive long, negative short
 */
public record ContractPosition(FuturesContract contract, Quantity quantity) {

  /**
   * Checks that both parts are given.
   *
   * @param contract the contract
   * @param quantity contracts held, positive long, negative short
   */
  public ContractPosition {
    ArgChecker.notNull(contract, "contract");
    ArgChecker.notNull(quantity, "quantity");
  }

  /**
   * Obtains a position.
   *
   * @param contract the contract
   * @param quantity contracts held
   * @return the position
   */
  public static ContractPosition of(FuturesContract contract, Quantity quantity) {
    return new ContractPosition(contract, quantity);
  }

  /**
   * The instrument of the contract.
   *
   * @return {@code contract().instrument()}
   */
  public InstrumentCode instrument() {
    return contract.instrument();
  }
}
