package org.pystrade.core.domain;

/**
 * Why an operation of a backtest or of a production system failed: the code of a {@link Failure}. Codes are coarse on
 * purpose, to decide what to do (skip an instrument, fix a configuration, retry a broker call); the failure's message
 * says what exactly went wrong.
 */
public enum ReasonCode {

  /** Data that should exist does not: no price file, no row for a date, no contract in the price history. */
  MISSING_DATA,
  /** Data exists but cannot be read: an unparseable number or date, a wrong header, a truncated file. */
  MALFORMED_DATA,
  /** A value was read but is unusable: a price of zero or below, a NaN where a value is needed, a negative volume. */
  BAD_VALUE,
  /** No exchange rate is available to convert an instrument's currency into the account currency. */
  NO_FX_RATE,
  /** An instrument has no configuration: its row in the instrument, roll or cost configuration is missing. */
  NO_CONFIGURATION,
  /** A configuration is present but invalid or inconsistent: an unknown rule, weights that do not add up. */
  CONFIG_ERROR,
  /** A user's trading rule threw, or returned something that is not a forecast. */
  RULE_ERROR,
  /** A calculation produced a result that cannot be right: an infinite P&amp;L, a NaN position. */
  DEFECTIVE_RESULT,
  /** There is data, but too little of it for an estimate: a volatility or a correlation needs a longer history. */
  INSUFFICIENT_DATA,
  /** The broker refused an order or a request (a margin check, an invalid order, a closed market). */
  BROKER_REJECTED,
  /** The connection to the broker is down or was lost during the request. */
  BROKER_DISCONNECTED,
  /** A request got no answer in time. */
  TIMEOUT,
  /** A request was refused or delayed because too many were sent too quickly (the broker's pacing limits). */
  PACING,
  /** The contract asked for does not exist, at the broker or in the data: an expired or never-listed month. */
  NO_SUCH_CONTRACT,
  /**
   * Our state and the broker's disagree: a contract position, or an open order one side has and the other has not
   * (a reconciliation break); the instrument is locked for trading until they agree again.
   */
  RECONCILIATION_BREAK,
  /** A failure that fits no other code; its message must then say everything. */
  UNKNOWN;

  /**
   * Whether the same request may succeed if simply tried again later, without changing data or configuration: true
   * for {@link #BROKER_DISCONNECTED}, {@link #TIMEOUT} and {@link #PACING}.
   *
   * @return true for a transient failure
   */
  public boolean isTransient() {
    return this == BROKER_DISCONNECTED || this == TIMEOUT || this == PACING;
  }
}
