package org.pystrade.core.domain.trading;

/** The state of a production process (such as the daily run). */
public enum ProcessState {
  /** Running now. */
  RUNNING,
  /** Ended normally. */
  STOPPED,
  /** Ended with a failure. */
  FAILED
}
