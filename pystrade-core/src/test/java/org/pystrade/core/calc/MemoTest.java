package org.pystrade.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The memo of stage results: computed once, failures remembered, cycles reported instead of deadlocking. */
class MemoTest {

  @Test
  void cyclicStageDependenciesAreReportedNotDeadlocked() {
    Memo memo = new Memo();
    assertThatThrownBy(() -> memo.get("k", () -> memo.get("k", () -> 1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cyclic").hasMessageContaining("k");
  }

  @Test
  void aValueIsComputedOnceAndAFailureIsRememberedForEveryCaller() {
    Memo memo = new Memo();
    AtomicInteger calls = new AtomicInteger();
    assertThat(memo.<Integer>get(new StageKey("s", "m", "a", null), calls::incrementAndGet)).isEqualTo(1);
    assertThat(memo.<Integer>get(new StageKey("s", "m", "a", null), calls::incrementAndGet)).isEqualTo(1);
    assertThat(memo.size()).isEqualTo(1);
    AtomicInteger failures = new AtomicInteger();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> memo.get("bad", () -> {
        failures.incrementAndGet();
        throw new IllegalArgumentException("boom");
      })).hasMessage("boom");
    }
    assertThat(failures.get()).isEqualTo(1);
  }
}
