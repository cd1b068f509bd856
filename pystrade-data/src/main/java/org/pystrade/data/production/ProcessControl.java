package org.pystrade.data.production;

/** What the state store tells a scheduled process to do (pysystemtrade's process control). */
public enum ProcessControl {
  /** Run when the schedule says so. */
  GO,
  /** Do not start; a daemon asked to stop finishes the current run and starts no other. */
  STOP,
  /** Do not start for now, resume when set to {@link #GO}. */
  PAUSE
}
