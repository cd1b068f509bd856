package org.pystrade.core.domain.trading;

/** pysystemtrade's trading overrides, for a strategy, an instrument or a strategy's instrument. */
public enum TradingOverride {
  /** No override. */
  NONE,
  /** Close the position: the target is zero. */
  CLOSE,
  /** Only trades that reduce the absolute position are allowed. */
  REDUCE_ONLY,
  /** No trade at all. */
  NO_TRADING
}
