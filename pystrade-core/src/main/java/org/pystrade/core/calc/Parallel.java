package org.pystrade.core.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs per-instrument work in parallel (or sequentially when the system property {@code pystrade.threads} is 1),
 * keeping results in input order, so outputs are identical whatever the thread count: each item's result is
 * computed by exactly one thread with the same code, and results are gathered by position.
 *
 * <p>The calling thread takes part: with {@code T} threads, {@code T - 1} helper threads (daemon threads of a
 * shared pool, created on first use) and the caller take items from a shared counter until none is left. A call
 * made from inside another call (a stage that maps instruments while computing for one instrument) runs
 * sequentially on its thread, so nested maps can never wait for each other. The first exception thrown by the
 * function (in input order) is rethrown once every item has been tried.
 */
public final class Parallel {

  private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> Boolean.FALSE);
  private static final Object LOCK = new Object();
  private static volatile ExecutorService helpers;

  private Parallel() {
  }

  /**
   * The configured parallelism: {@code pystrade.threads} if set, else the number of available processors.
   *
   * @return threads, at least 1
   */
  public static int threads() {
    String p = System.getProperty("pystrade.threads");
    if (p != null) {
      try {
        return Math.max(1, Integer.parseInt(p.trim()));
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException("system property pystrade.threads must be a whole number but was '"
            + p + "'", ex);
      }
    }
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Maps a list in parallel, results in input order.
   *
   * @param items the inputs
   * @param f the function
   * @param <T> input type
   * @param <R> result type
   * @return the results
   */
  public static <T, R> List<R> map(List<T> items, Function<T, R> f) {
    return map(items, f, false);
  }

  /**
   * Maps a list in parallel even when called from inside another parallel map (where {@link #map} runs
   * sequentially), results in input order: for a long computation of many independent pieces (the fits of every
   * period of an estimation) that one worker reaches while the others wait for its result. Results do not depend
   * on the thread count as long as {@code f} depends only on its input.
   *
   * @param items the inputs
   * @param f the function, safe to call concurrently
   * @param <T> input type
   * @param <R> result type
   * @return the results
   */
  public static <T, R> List<R> mapNested(List<T> items, Function<T, R> f) {
    return map(items, f, true);
  }

  private static <T, R> List<R> map(List<T> items, Function<T, R> f, boolean evenIfNested) {
    int threads = Math.min(threads(), items.size());
    if (threads <= 1 || (INSIDE.get() && !evenIfNested)) {
      List<R> out = new ArrayList<>(items.size());
      for (T t : items) {
        out.add(f.apply(t));
      }
      return out;
    }
    Object[] results = new Object[items.size()];
    RuntimeException[] errors = new RuntimeException[items.size()];
    Error[] fatal = new Error[1];
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      boolean outer = INSIDE.get();
      INSIDE.set(Boolean.TRUE);
      try {
        for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
          try {
            results[i] = f.apply(items.get(i));
          } catch (RuntimeException ex) {
            errors[i] = ex;
          } catch (Error err) {
            synchronized (fatal) {
              if (fatal[0] == null) {
                fatal[0] = err;
              }
            }
          }
        }
      } finally {
        INSIDE.set(outer);
      }
    };
    ExecutorService pool = helpers();
    List<Future<?>> futures = new ArrayList<>(threads - 1);
    for (int h = 0; h < threads - 1; h++) {
      futures.add(pool.submit(worker));
    }
    worker.run();
    for (Future<?> fu : futures) {
      try {
        fu.get();
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for parallel work", ex);
      } catch (java.util.concurrent.ExecutionException ex) {
        throw new IllegalStateException(ex.getCause());
      }
    }
    if (fatal[0] != null) {
      throw fatal[0];
    }
    for (RuntimeException ex : errors) {
      if (ex != null) {
        throw ex;
      }
    }
    @SuppressWarnings("unchecked")
    List<R> out = (List<R>) Arrays.asList(results);
    return new ArrayList<>(out);
  }

  /** The shared pool of helper threads (daemons, created on demand, ended after a minute idle). */
  private static ExecutorService helpers() {
    ExecutorService pool = helpers;
    if (pool == null) {
      synchronized (LOCK) {
        pool = helpers;
        if (pool == null) {
          AtomicInteger count = new AtomicInteger();
          pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "pystrade-parallel-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
          helpers = pool;
        }
      }
    }
    return pool;
  }
}
