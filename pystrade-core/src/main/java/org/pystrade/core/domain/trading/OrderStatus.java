package org.pystrade.core.domain.trading;

/** Where an order is in its life. */
public enum OrderStatus {
  /** Created, not (completely) filled, may still fill. */
  OPEN,
  /** Filled completely. */
  COMPLETED,
  /** Cancelled before it filled completely; its fills so far stand. */
  CANCELLED,
  /** Refused (by a check or by the broker) before anything filled. */
  REJECTED;

  /**
   * Whether an order in this status may still fill.
   *
   * @return true only for {@link #OPEN}
   */
  public boolean isActive() {
    return this == OPEN;
  }
}
