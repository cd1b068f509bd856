package org.pystrade.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.InstrumentCode;

class MemoTest {

  @Test
  void aComputationAskingForItsOwnKeyIsReportedAsACycle() {
    Memo memo = new Memo();
    StageKey key = new StageKey("rawdata", "dailyPrices", InstrumentCode.of("AAA"), null);
    assertThatThrownBy(() -> memo.get(key, () -> memo.get("other", () -> memo.get(key, () -> 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cyclic dependency: StageKey[stage=rawdata, method=dailyPrices, a=AAA, b=null] requires itself");
  }

  @Test
  void computationsMayAskForOtherKeys() {
    Memo memo = new Memo();
    assertThat(memo.<Integer>get("a", () -> memo.<Integer>get("b", () -> 2) + 1)).isEqualTo(3);
    assertThat(memo.<Integer>get("b", () -> 99)).isEqualTo(2);
    assertThat(memo.size()).isEqualTo(2);
    memo.clear();
    assertThat(memo.size()).isZero();
    assertThat(memo.<Integer>get("b", () -> 99)).isEqualTo(99);
  }

  @Test
  void aFailureIsRememberedAndRethrownToEveryCaller() {
    Memo memo = new Memo();
    AtomicInteger calls = new AtomicInteger();
    IllegalArgumentException failure = new IllegalArgumentException("no data");
    Throwable first = catchThrowable(() -> memo.get("k", () -> {
      calls.incrementAndGet();
      throw failure;
    }));
    Throwable second = catchThrowable(() -> memo.get("k", () -> {
      calls.incrementAndGet();
      return 1;
    }));
    assertThat(first).isSameAs(failure);
    assertThat(second).isSameAs(failure);
    assertThat(calls).hasValue(1);
  }

  @Test
  void anErrorIsRethrownAsItIs() {
    Memo memo = new Memo();
    AssertionError error = new AssertionError("broken");
    assertThat(catchThrowable(() -> memo.get("k", () -> {
      throw error;
    }))).isSameAs(error);
  }
}
