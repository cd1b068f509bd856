package org.pystrade.core.domain.trading;

/** pysystemtrade's roll states of an instrument. */
public enum RollState {
  /** No roll: trade the priced contract. */
  NO_ROLL,
  /** Passive roll: reduce in the priced contract, add in the forward contract. */
  PASSIVE,
  /** Force roll: roll the position with a spread order. */
  FORCE,
  /** Force roll with two outright orders instead of a spread. */
  FORCE_OUTRIGHT,
  /** Close the position in the priced contract, open nothing. */
  CLOSE,
  /** The roll is done: roll the adjusted prices. */
  ROLL_ADJUSTED
}
