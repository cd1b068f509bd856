package org.pystrade.core.calc;

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
 */
final class Memo {

  private final ConcurrentHashMap<Object, FutureTask<Object>> map = new ConcurrentHashMap<>();
  private final ThreadLocal<Set<Object>> inProgress = ThreadLocal.withInitial(HashSet::new);

  /**
   * Returns the cached value for a key, computing it if absent.
   *
   * @param key the key (a record of stage, method and arguments)
   * @param compute the computation
   * @param <T> the value type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> compute) {
    FutureTask<Object> task = map.get(key);
    if (task == null) {
      FutureTask<Object> mine = new FutureTask<>(compute::get);
      task = map.putIfAbsent(key, mine);
      if (task == null) {
        task = mine;
        Set<Object> running = inProgress.get();
        running.add(key);
        try {
          mine.run();
        } finally {
          running.remove(key);
        }
      }
    } else if (!task.isDone() && inProgress.get().contains(key)) {
      throw new IllegalStateException("cyclic dependency: " + key + " requires itself");
    }
    try {
      return (T) task.get();
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
   * Number of cached entries.
   *
   * @return the count
   */
  public int size() {
    return map.size();
  }

  /** Forgets everything. */
  public void clear() {
    map.clear();
  }
}
