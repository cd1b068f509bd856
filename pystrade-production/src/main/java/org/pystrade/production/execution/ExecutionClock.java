package org.pystrade.production.execution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.pystrade.broker.sim.ManualClock;
import org.pystrade.core.util.ArgChecker;

/**
 * The time execution works in: it waits for a moment (for a limit's timeout, for the close), during which the
 * broker may fill orders.
 */
public interface ExecutionClock {

  /**
   * Now.
   *
   * @return the time
   */
  Instant now();

  /**
   * Lets time pass until a moment (nothing if it has passed).
   *
   * @param moment the moment
   */
  void waitUntil(Instant moment);

  /**
   * A simulated clock: waiting sets it and lets a simulated broker work its orders up to then.
   *
   * @param clock the clock the broker reads
   * @param step what the broker does when time moves ({@code SimulatedBroker::step})
   * @return the clock
   */
  static ExecutionClock simulated(ManualClock clock, Runnable step) {
    ArgChecker.notNull(clock, "clock");
    ArgChecker.notNull(step, "step");
    return new ExecutionClock() {
      @Override
      public Instant now() {
        return clock.instant();
      }

      @Override
      public void waitUntil(Instant moment) {
        if (moment.isAfter(clock.instant())) {
          clock.set(moment);
        }
        step.run();
      }
    };
  }

  /**
   * The wall clock: waiting sleeps.
   *
   * @param clock the clock
   * @return the clock
   */
  static ExecutionClock system(Clock clock) {
    ArgChecker.notNull(clock, "clock");
    return new ExecutionClock() {
      @Override
      public Instant now() {
        return clock.instant();
      }

      @Override
      public void waitUntil(Instant moment) {
        Duration left = Duration.between(clock.instant(), moment);
        if (left.isNegative() || left.isZero()) {
          return;
        }
        try {
          Thread.sleep(left.toMillis());
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}
