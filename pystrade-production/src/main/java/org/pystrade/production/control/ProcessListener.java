package org.pystrade.production.control;

import java.time.Duration;
import java.time.Instant;

/** Told of the scheduler's runs (metrics and alerts listen). */
public interface ProcessListener {

  /** Listens to nothing. */
  ProcessListener NONE = new ProcessListener() {
  };

  /**
   * A run started.
   *
   * @param process its name
   * @param time when
   */
  default void started(String process, Instant time) {
  }

  /**
   * A run ended.
   *
   * @param process its name
   * @param outcome what it did
   * @param duration how long it took
   */
  default void ended(String process, ProcessOutcome outcome, Duration duration) {
  }

  /**
   * A run was found crashed (started, never ended, its lock lapsed): it is run again.
   *
   * @param process its name
   * @param started when the crashed run started
   */
  default void crashed(String process, Instant started) {
  }

  /**
   * The scheduler finished a pass over its processes (a time to check other things, such as stale data).
   *
   * @param time when
   */
  default void idle(Instant time) {
  }

  /**
   * Listens with several listeners, in order.
   *
   * @param listeners the listeners
   * @return one listener
   */
  static ProcessListener all(ProcessListener... listeners) {
    ProcessListener[] copy = listeners.clone();
    return new ProcessListener() {
      @Override
      public void started(String process, Instant time) {
        for (ProcessListener l : copy) {
          l.started(process, time);
        }
      }

      @Override
      public void ended(String process, ProcessOutcome outcome, Duration duration) {
        for (ProcessListener l : copy) {
          l.ended(process, outcome, duration);
        }
      }

      @Override
      public void crashed(String process, Instant started) {
        for (ProcessListener l : copy) {
          l.crashed(process, started);
        }
      }

      @Override
      public void idle(Instant time) {
        for (ProcessListener l : copy) {
          l.idle(time);
        }
      }
    };
  }
}
