package org.pystrade.optimisation.fitting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives progress of long estimations (one step per fitting period, per pooled group...). Implementations must
 * be thread-safe: instruments are estimated in parallel.
 */
@FunctionalInterface
public interface EstimationProgress {

  /**
   * Reports that a step of a task has completed.
   *
   * @param task what is being estimated, e.g. "forecast correlations [CORN, US10]"
   * @param done steps completed so far (1-based)
   * @param total total steps of the task
   */
  void step(String task, int done, int total);

  /**
   * The default listener: a DEBUG log line per step and an INFO line when a task completes.
   *
   * @return the listener
   */
  static EstimationProgress logging() {
    return LoggingProgress.INSTANCE;
  }

  /**
   * A listener that ignores everything.
   *
   * @return the listener
   */
  static EstimationProgress silent() {
    return (task, done, total) -> {
    };
  }

  /** SLF4J implementation. */
  final class LoggingProgress implements EstimationProgress {
    private static final Logger LOG = LoggerFactory.getLogger(EstimationProgress.class);
    static final LoggingProgress INSTANCE = new LoggingProgress();

    private LoggingProgress() {
    }

    @Override
    public void step(String task, int done, int total) {
      if (done >= total) {
        LOG.info("{}: done ({} steps)", task, total);
      } else {
        LOG.debug("{}: {}/{}", task, done, total);
      }
    }
  }
}
