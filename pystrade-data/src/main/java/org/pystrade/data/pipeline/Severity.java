package org.pystrade.data.pipeline;

/** How serious a {@link Problem} is. */
public enum Severity {
  /** Reported; the step still produced its result. */
  WARNING,
  /** The step refused: it produced no result (for an update, nothing is written for the instrument). */
  ERROR
}
