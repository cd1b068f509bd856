package org.pystrade.broker.api;

/** Where an order is in its life. */
public enum OrderStatus {
  /** Sent, not yet acknowledged by the broker. */
  PENDING_SUBMIT,
  /** Acknowledged and working, nothing filled yet. */
  SUBMITTED,
  /** Working, part filled. */
  PARTIALLY_FILLED,
  /** Completely filled. */
  FILLED,
  /** Cancelled (possibly after partial fills). */
  CANCELLED,
  /** Refused by the broker. */
  REJECTED;

  /**
   * Whether nothing more can happen to the order.
   *
   * @return true for FILLED, CANCELLED and REJECTED
   */
  public boolean isDone() {
    return this == FILLED || this == CANCELLED || this == REJECTED;
  }
}
