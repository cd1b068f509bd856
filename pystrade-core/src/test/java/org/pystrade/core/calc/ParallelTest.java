package org.pystrade.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
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
    for (String threads : new String[] {"1", "2", "5"}) {
      System.setProperty(PROPERTY, threads);
      assertThat(Parallel.map(items, i -> i * 3)).as("threads %s", threads)
          .containsExactlyElementsOf(items.stream().map(i -> i * 3).toList());
    }
  }

  @Test
  void severalThreadsWorkAtOnce() throws Exception {
    System.setProperty(PROPERTY, "3");
    CountDownLatch together = new CountDownLatch(3);
    Set<String> names = ConcurrentHashMap.newKeySet();
    List<Boolean> met = Parallel.map(range(3), i -> {
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
    System.setProperty(PROPERTY, "1");
    String caller = Thread.currentThread().getName();
    assertThat(Parallel.map(range(10), i -> Thread.currentThread().getName())).containsOnly(caller);
  }

  @Test
  void nestedMapsRunSequentiallyOnTheirThread() {
    System.setProperty(PROPERTY, "4");
    List<Boolean> sameThread = Parallel.map(range(8), i -> {
      String outer = Thread.currentThread().getName();
      return Parallel.map(range(5), j -> Thread.currentThread().getName()).stream().allMatch(outer::equals);
    });
    assertThat(sameThread).containsOnly(true);
  }

  @Test
  void aNestedMapThatAsksForItSplitsItsWorkAcrossThreads() {
    System.setProperty(PROPERTY, "2");
    List<List<Integer>> results = Parallel.map(range(2), outer -> {
      // a plain nested map stays on this worker's thread...
      String here = Thread.currentThread().getName();
      assertThat(Parallel.map(range(4), j -> Thread.currentThread().getName())).containsOnly(here);
      // ...mapNested runs two at once (both items must meet to finish)
      CountDownLatch together = new CountDownLatch(2);
      List<Integer> inner = Parallel.mapNested(range(2), j -> {
        together.countDown();
        try {
          return together.await(10, TimeUnit.SECONDS) ? j * 10 + outer : -1;
        } catch (InterruptedException ex) {
          throw new IllegalStateException(ex);
        }
      });
      // and results come back in input order
      assertThat(Parallel.mapNested(range(100), j -> j)).isEqualTo(range(100));
      return inner;
    });
    assertThat(results).containsExactly(List.of(0, 10), List.of(1, 11));
  }

  @Test
  void theFirstFailureInInputOrderIsRethrownAfterEveryItemIsTried() {
    System.setProperty(PROPERTY, "4");
    Set<Integer> tried = ConcurrentHashMap.newKeySet();
    assertThatThrownBy(() -> Parallel.map(range(50), i -> {
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
    assertThatThrownBy(Parallel::threads).hasMessageContaining("pystrade.threads").hasMessageContaining("many");
  }
}
