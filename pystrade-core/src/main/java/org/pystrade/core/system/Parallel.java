package org.pystrade.core.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Runs per-instrument work in parallel on the common fork-join pool (or sequentially when the system property
 * {@code pystrade.threads} is 1), keeping results in input order, so outputs are identical whatever the thread
 * count.
 */
public final class Parallel {

  private Parallel() {
  }

  /**
   * The configured parallelism: {@code pystrade.threads} if set, else the common pool's.
   *
   * @return threads
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
    return ForkJoinPool.getCommonPoolParallelism();
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
    int threads = threads();
    List<R> out = new ArrayList<>(items.size());
    if (threads <= 1 || items.size() <= 1) {
      for (T t : items) {
        out.add(f.apply(t));
      }
      return out;
    }
    Object[] results = new Object[items.size()];
    ForkJoinPool pool = threads == ForkJoinPool.getCommonPoolParallelism() ? ForkJoinPool.commonPool()
        : new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, items.size()).parallel()
          .forEach(i -> results[i] = f.apply(items.get(i)))).join();
    } finally {
      if (pool != ForkJoinPool.commonPool()) {
        pool.shutdown();
      }
    }
    for (Object r : results) {
      @SuppressWarnings("unchecked")
      R cast = (R) r;
      out.add(cast);
    }
    return out;
  }
}
