package org.pystrade.broker.sim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.pystrade.core.util.ArgChecker;

/**
 * A clock that moves only when told: the simulated broker's time in tests and replays. Thread-safe.
 */
public final class ManualClock extends Clock {

  private volatile Instant now;

  private ManualClock(Instant start) {
    this.now = start;
  }

  /**
   * A clock at a moment.
   *
   * @param start the moment
   * @return the clock
   */
  public static ManualClock at(Instant start) {
    return new ManualClock(ArgChecker.notNull(start, "start"));
  }

  /**
   * Moves the clock forward.
   *
   * @param by how far, not negative
   */
  public synchronized void advance(Duration by) {
    ArgChecker.isTrue(!by.isNegative(), "a clock cannot go back (by {})", by);
    now = now.plus(by);
  }

  /**
   * Sets the clock to a moment not before its current one.
   *
   * @param moment the moment
   */
  public synchronized void set(Instant moment) {
    ArgChecker.isTrue(!moment.isBefore(now), "a clock cannot go back from {} to {}", now, moment);
    now = moment;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a manual clock is on UTC");
  }
}
