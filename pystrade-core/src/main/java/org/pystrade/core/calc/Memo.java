package org.pystrade.core.calc;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Memoises stage results per key, safe under concurrent use: each value is computed once even when several threads
 * ask for it at the same time (the others wait), and a computation may itself ask for other keys (stages call each
 * other). A failed computation is remembered and its exception rethrown to every caller.
 *
 * <p>A value is kept strongly ({@link Retention#KEEP}) or only while in use ({@link Retention#IN_USE}: weakly, once
 * computed); a kept value can be {@link #release released} to the second kind. A value the garbage collector has
 * taken is computed again by the next caller, as if it had never been computed (stage computations are
 * deterministic, so it is the same value). A computation in progress is always held strongly, so callers waiting for
 * it share one computation whatever its retention.
 */
final class Memo {

  /** Per key: a {@link FutureTask} (computing, failed, or a value kept strongly) or a {@link Weak} value. */
  private final ConcurrentHashMap<Object, Object> map = new ConcurrentHashMap<>();
  private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
  private final ThreadLocal<Set<Object>> inProgress = ThreadLocal.withInitial(HashSet::new);

  /** A value held weakly, with its key (to remove its entry once the value is collected). */
  private static final class Weak extends WeakReference<Object> {
    private final Object key;

    Weak(Object key, Object value, ReferenceQueue<Object> queue) {
      super(value, queue);
      this.key = key;
    }
  }

  /**
   * Returns the value for a key, computing it if absent; a value computed here is kept ({@link Retention#KEEP}).
   *
   * @param key the key (a record of stage, method and arguments)
   * @param compute the computation
   * @param <T> the value type
   * @return the value
   */
  public <T> T get(Object key, Supplier<T> compute) {
    return get(key, Retention.KEEP, compute);
  }

  /**
   * Returns the value for a key, computing it if absent or if it was held weakly and has been collected.
   *
   * @param key the key (a record of stage, method and arguments)
   * @param retention how a value computed by this call is kept (a value already there keeps its retention)
   * @param compute the computation
   * @param <T> the value type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Retention retention, Supplier<T> compute) {
    expungeCollected();
    while (true) {
      Object slot = map.get(key);
      if (slot instanceof Weak) {
        Object value = ((Weak) slot).get();
        if (value != null) {
          return (T) value;
        }
        // collected: computed again in its place
        FutureTask<Object> mine = new FutureTask<>(compute::get);
        if (map.replace(key, slot, mine)) {
          return run(key, mine, retention);
        }
      } else if (slot == null) {
        FutureTask<Object> mine = new FutureTask<>(compute::get);
        if (map.putIfAbsent(key, mine) == null) {
          return run(key, mine, retention);
        }
      } else {
        FutureTask<Object> task = (FutureTask<Object>) slot;
        if (!task.isDone() && inProgress.get().contains(key)) {
          throw new IllegalStateException("cyclic dependency: " + key + " requires itself");
        }
        return (T) await(key, task);
      }
      // another thread changed the entry meanwhile: look again
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T run(Object key, FutureTask<Object> mine, Retention retention) {
    Set<Object> running = inProgress.get();
    running.add(key);
    try {
      mine.run();
    } finally {
      running.remove(key);
    }
    Object value = await(key, mine);
    if (retention == Retention.IN_USE) {
      weaken(key, mine, value);
    }
    return (T) value;
  }

  /**
   * From now on holds a kept value only while in use ({@link Retention#IN_USE}). Nothing happens to an absent key,
   * a value being computed (its callers hold it), a failure (kept: small, and rethrown to every caller) or a value
   * already held weakly.
   *
   * @param key the key
   */
  public void release(Object key) {
    expungeCollected();
    Object slot = map.get(key);
    if (!(slot instanceof FutureTask)) {
      return;
    }
    FutureTask<?> task = (FutureTask<?>) slot;
    if (!task.isDone()) {
      return;
    }
    Object value;
    try {
      value = task.get();
    } catch (ExecutionException ex) {
      return;
    } catch (InterruptedException ex) {
      // not thrown by a finished task; kept for the compiler
      Thread.currentThread().interrupt();
      return;
    }
    weaken(key, task, value);
  }

  private void weaken(Object key, Object slot, Object value) {
    if (value != null) {
      map.replace(key, slot, new Weak(key, value, collected));
    }
  }

  /** Removes the entries whose weakly held values the collector has taken. */
  private void expungeCollected() {
    for (Object ref = collected.poll(); ref != null; ref = collected.poll()) {
      map.remove(((Weak) ref).key, ref);
    }
  }

  private static Object await(Object key, FutureTask<Object> task) {
    try {
      return task.get();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + key, ex);
    } catch (ExecutionException ex) {
      Throwable cause = ex.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Number of entries: values kept, values held weakly and not yet collected, failures and computations in
   * progress.
   *
   * @return the count
   */
  public int size() {
    expungeCollected();
    return map.size();
  }

  /** Forgets everything. */
  public void clear() {
    map.clear();
  }
}
