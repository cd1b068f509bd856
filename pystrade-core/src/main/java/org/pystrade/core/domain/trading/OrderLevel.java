package org.pystrade.core.domain.trading;

/** The three order stacks of pysystemtrade: each order's parent is on the level above. */
public enum OrderLevel {
  /** An order for a strategy to trade an instrument. */
  INSTRUMENT,
  /** An order to trade a contract (or a spread of contracts during a roll), child of an instrument order. */
  CONTRACT,
  /** An order sent to the broker, child of a contract order. */
  BROKER;

  /**
   * The level an order's parent must be on.
   *
   * @return the level above, null for {@link #INSTRUMENT}
   */
  public OrderLevel parentLevel() {
    return switch (this) {
      case INSTRUMENT -> null;
      case CONTRACT -> INSTRUMENT;
      case BROKER -> CONTRACT;
    };
  }
}
