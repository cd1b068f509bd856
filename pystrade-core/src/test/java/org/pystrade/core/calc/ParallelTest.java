package org.pystrade.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelTest {

  private static final String PROPERTY = "pystrade.threads";

  @AfterEach
  void clear() {
    System.clearProperty(PROPERTY);
  }

  private static List<Integer> range(int n) {
    List<Integer> out = new ArrayList<>();
    IntStream.range(0, n).forEach(out::add);
    return out;
  }

  @Test
  void resultsAreInInputOrderWhateverTheThreadCount() {
    List<Integer> items = range(1000);
    for (int threads : new int[] {1, 2, 5}) {
      assertThat(Parallel.of(threads).map(items, i -> i * 3)).as("threads %s", threads)
          .containsExactlyElementsOf(items.stream().map(i -> i * 3).toList());
    }
  }

  @Test
  void severalThreadsWorkAtOnce() throws Exception {
    CountDownLatch together = new CountDownLatch(3);
    Set<String> names = ConcurrentHashMap.newKeySet();
    List<Boolean> met = Parallel.of(3).map(range(3), i -> {
      names.add(Thread.currentThread().getName());
      together.countDown();
      try {
        return together.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException ex) {
        throw new IllegalStateException(ex);
      }
    });
    assertThat(met).containsOnly(true);
    assertThat(names).hasSize(3).contains(Thread.currentThread().getName());
  }

  @Test
  void oneThreadRunsOnTheCaller() {
    String caller = Thread.currentThread().getName();
    assertThat(Parallel.of(1).map(range(10), i -> Thread.currentThread().getName())).containsOnly(caller);
  }

  @Test
  void nestedMapsRunSequentiallyOnTheirThread() {
    Parallel parallel = Parallel.of(4);
    List<Boolean> sameThread = parallel.map(range(8), i -> {
      String outer = Thread.currentThread().getName();
      return parallel.map(range(5), j -> Thread.currentThread().getName()).stream().allMatch(outer::equals);
    });
    assertThat(sameThread).containsOnly(true);
  }

  @Test
  void aNestedMapThatAsksForItSplitsItsWorkAcrossThreads() {
    Parallel parallel = Parallel.of(2);
    List<List<Integer>> results = parallel.map(range(2), outer -> {
      // a plain nested map stays on this worker's thread...
      String here = Thread.currentThread().getName();
      assertThat(parallel.map(range(4), j -> Thread.currentThread().getName())).containsOnly(here);
      // ...mapNested runs two at once (both items must meet to finish)
      CountDownLatch together = new CountDownLatch(2);
      List<Integer> inner = parallel.mapNested(range(2), j -> {
        together.countDown();
        try {
          return together.await(10, TimeUnit.SECONDS) ? j * 10 + outer : -1;
        } catch (InterruptedException ex) {
          throw new IllegalStateException(ex);
        }
      });
      // and results come back in input order
      assertThat(parallel.mapNested(range(100), j -> j)).isEqualTo(range(100));
      return inner;
    });
    assertThat(results).containsExactly(List.of(0, 10), List.of(1, 11));
  }

  @Test
  void theFirstFailureInInputOrderIsRethrownAfterEveryItemIsTried() {
    Set<Integer> tried = ConcurrentHashMap.newKeySet();
    assertThatThrownBy(() -> Parallel.of(4).map(range(50), i -> {
      tried.add(i);
      if (i == 7 || i == 30) {
        throw new IllegalArgumentException("item " + i);
      }
      return i;
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("item 7");
    assertThat(tried).hasSize(50);
  }

  @Test
  void aBadThreadCountIsNamed() {
    System.setProperty(PROPERTY, "many");
    assertThatThrownBy(Parallel::defaults).hasMessageContaining("pystrade.threads").hasMessageContaining("many");
  }

  @Test
  void theDefaultsReadTheSystemProperty() {
    System.setProperty(PROPERTY, "3");
    assertThat(Parallel.defaults().threads()).isEqualTo(3);
    System.clearProperty(PROPERTY);
    assertThat(Parallel.defaults().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThatThrownBy(() -> Parallel.of(0)).hasMessageContaining("threads");
  }

  @Test
  void helpersRunOnTheApplicationsExecutor() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "app-worker"));
    try {
      CountDownLatch together = new CountDownLatch(3);
      Set<String> names = ConcurrentHashMap.newKeySet();
      Parallel.of(3, pool).map(range(3), i -> {
        names.add(Thread.currentThread().getName());
        together.countDown();
        try {
          return together.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
          throw new IllegalStateException(ex);
        }
      });
      assertThat(names).contains("app-worker", Thread.currentThread().getName());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aBusyExecutorDelaysButNeverDeadlocksAMap() throws Exception {
    // an executor whose only thread is blocked: the caller must do all the work itself and return
    ExecutorService pool = Executors.newSingleThreadExecutor();
    CountDownLatch release = new CountDownLatch(1);
    try {
      pool.execute(() -> {
        try {
          release.await();
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
        }
      });
      List<Integer> out = Parallel.of(4, pool).map(range(100), i -> i + 1);
      assertThat(out).hasSize(100).startsWith(1, 2, 3);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aRejectingExecutorLeavesTheWorkToTheCaller() {
    Executor rejecting = r -> {
      throw new RejectedExecutionException("full");
    };
    assertThat(Parallel.of(4, rejecting).map(range(10), i -> i * 2)).containsExactly(0, 2, 4, 6, 8, 10, 12, 14, 16,
        18);
  }
}
