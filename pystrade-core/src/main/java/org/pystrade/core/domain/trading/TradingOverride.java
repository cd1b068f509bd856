package org.pystrade.core.domain.trading;

/**
 * pysystemtrade's trading overrides, for a strategy, an instrument or a strategy's instrument; declared from the
 * least to the most restrictive, so that overrides that apply together combine to the most restrictive one.
 */
public enum TradingOverride {
  /** No override. */
  NONE,
  /** Only trades that reduce the absolute position are allowed. */
  REDUCE_ONLY,
  /** Close the position: the target is zero. */
  CLOSE,
  /** No trade at all. */
  NO_TRADING;

  /**
   * The more restrictive of this override and another.
   *
   * @param other the other override
   * @return the one declared later
   */
  public TradingOverride combinedWith(TradingOverride other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
