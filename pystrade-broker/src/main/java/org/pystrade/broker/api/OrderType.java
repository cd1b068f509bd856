package org.pystrade.broker.api;

/** The kinds of order supported. */
public enum OrderType {
  /** Fill at the market's price. */
  MARKET,
  /** Fill at the limit price or better. */
  LIMIT
}
