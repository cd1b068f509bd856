package org.pystrade.broker.ib;

/**
 * A sliding-window rate limit: at most {@code limit} events in any {@code windowNanos}. Not thread-safe; its owner
 * locks.
 */
final class Pacer {

  private final long[] times;
  private final long windowNanos;
  private int head;
  private int count;

  Pacer(int limit, long windowNanos) {
    this.times = new long[limit];
    this.windowNanos = windowNanos;
  }

  /** How long to wait before the next event may happen; 0 when it may happen now. */
  long delayNanos(long now) {
    if (count < times.length) {
      return 0;
    }
    long oldest = times[head];
    long wait = oldest + windowNanos - now;
    return Math.max(0, wait);
  }

  /** Records an event at {@code now}; call only when {@link #delayNanos} is 0. */
  void record(long now) {
    if (count < times.length) {
      times[(head + count) % times.length] = now;
      count++;
    } else {
      times[head] = now;
      head = (head + 1) % times.length;
    }
  }

  /** Records an event now if one may happen now. */
  boolean tryAcquire(long now) {
    if (delayNanos(now) > 0) {
      return false;
    }
    record(now);
    return true;
  }
}
