package org.pystrade.broker.orders;

/** The checks a strategy's trade goes through before it becomes an instrument order, in the order applied. */
public enum OrderCheck {
  /** The instrument is locked (a reconciliation break, a manual lock): no trade. */
  LOCK,
  /** The instrument's roll state: no trade while force rolling or rolling the adjusted prices, only reducing
   *  trades while closing. */
  ROLL_STATE,
  /** The trading override in force (reduce only, close, no trading). */
  OVERRIDE,
  /** The strategy's position limit in the instrument. */
  STRATEGY_POSITION_LIMIT,
  /** The position limit of all strategies together in the instrument. */
  INSTRUMENT_POSITION_LIMIT,
  /** What the trade limits leave to trade in their periods. */
  TRADE_LIMIT
}
