package org.pystrade.core.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.pystrade.core.util.ArgChecker;

/**
 * Runs per-instrument work in parallel, keeping results in input order, so outputs are identical whatever the
 * thread count: each item's result is computed by exactly one thread with the same code, and results are gathered by
 * position.
 *
 * <p>The calling thread takes part: with {@code T} threads, {@code T - 1} helper tasks are handed to the executor
 * and the caller takes items from a shared counter alongside them until none is left. The caller waits only for the
 * items a helper has taken, never for a helper to start, so an executor that is busy (or runs tasks on the caller's
 * own thread) can delay but never deadlock a map. A call made from inside another call (a stage that maps
 * instruments while computing for one instrument) runs sequentially on its thread, so nested maps can never wait
 * for each other. The first exception thrown by the function (in input order) is rethrown once every item has been
 * tried.
 *
 * <p>An application embedding pystrade passes its own executor with {@link #of(int, Executor)}; the default
 * ({@link #defaults()}) uses the system property {@code pystrade.threads} (else the number of processors) and a
 * shared pool of daemon threads created on first use.
 */
public final class Parallel {

  private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> Boolean.FALSE);
  private static final Object LOCK = new Object();
  private static volatile ExecutorService sharedHelpers;

  private final int threads;
  private final Executor executor;

  private Parallel(int threads, Executor executor) {
    this.threads = threads;
    this.executor = executor;
  }

  /**
   * Parallelism from the system property {@code pystrade.threads} if set, else the number of available processors,
   * on a shared pool of daemon threads.
   *
   * @return the default parallelism
   * @throws IllegalArgumentException if {@code pystrade.threads} is not a whole number
   */
  public static Parallel defaults() {
    return new Parallel(defaultThreads(), null);
  }

  /**
   * Parallelism of {@code threads} threads (the caller and {@code threads - 1} helpers) on the shared pool of daemon
   * threads; 1 runs everything on the caller's thread.
   *
   * @param threads the number of threads, at least 1
   * @return the parallelism
   */
  public static Parallel of(int threads) {
    ArgChecker.isTrue(threads >= 1, "threads must be at least 1 but was {}", threads);
    return new Parallel(threads, null);
  }

  /**
   * Parallelism of {@code threads} threads whose helpers run on an application's executor.
   *
   * @param threads the number of threads, at least 1 (the caller and {@code threads - 1} helper tasks)
   * @param executor the executor the helper tasks are handed to
   * @return the parallelism
   */
  public static Parallel of(int threads, Executor executor) {
    ArgChecker.isTrue(threads >= 1, "threads must be at least 1 but was {}", threads);
    return new Parallel(threads, ArgChecker.notNull(executor, "executor"));
  }

  /**
   * No parallelism: every item on the caller's thread.
   *
   * @return sequential execution
   */
  public static Parallel sequential() {
    return new Parallel(1, null);
  }

  private static int defaultThreads() {
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
   * The number of threads maps use (the caller included).
   *
   * @return threads, at least 1
   */
  public int threads() {
    return threads;
  }

  /**
   * Maps a list in parallel, results in input order; sequential when called from inside another map.
   *
   * @param items the inputs
   * @param f the function
   * @param <T> input type
   * @param <R> result type
   * @return the results
   */
  public <T, R> List<R> map(List<T> items, Function<T, R> f) {
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
  public <T, R> List<R> mapNested(List<T> items, Function<T, R> f) {
    return map(items, f, true);
  }

  private <T, R> List<R> map(List<T> items, Function<T, R> f, boolean evenIfNested) {
    int n = Math.min(threads, items.size());
    if (n <= 1 || (INSIDE.get() && !evenIfNested)) {
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
    CountDownLatch done = new CountDownLatch(items.size());
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
          } finally {
            done.countDown();
          }
        }
      } finally {
        INSIDE.set(outer);
      }
    };
    Executor helpers = executor != null ? executor : sharedHelpers();
    for (int h = 0; h < n - 1; h++) {
      try {
        helpers.execute(worker);
      } catch (RejectedExecutionException ex) {
        break; // the caller does the work the executor declines
      }
    }
    worker.run();
    try {
      done.await();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for parallel work", ex);
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
  private static ExecutorService sharedHelpers() {
    ExecutorService pool = sharedHelpers;
    if (pool == null) {
      synchronized (LOCK) {
        pool = sharedHelpers;
        if (pool == null) {
          AtomicInteger count = new AtomicInteger();
          pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "pystrade-parallel-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
          sharedHelpers = pool;
        }
      }
    }
    return pool;
  }

  @Override
  public String toString() {
    return "Parallel[threads=" + threads + (executor == null ? "" : ", " + executor) + "]";
  }
}
