package org.pystrade.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.testing.Collected;

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

  @Test
  void aValueInUseIsComputedOnceWhileSomethingHoldsIt() {
    Memo memo = new Memo();
    AtomicInteger calls = new AtomicInteger();
    double[] first = memo.get("k", Retention.IN_USE, () -> values(calls));
    double[] again = memo.get("k", Retention.IN_USE, () -> values(calls));
    assertThat(again).isSameAs(first);
    assertThat(calls).hasValue(1);
  }

  @Test
  void aValueInUseLetGoIsComputedAgainToTheSameBits() {
    Memo memo = new Memo();
    AtomicInteger calls = new AtomicInteger();
    WeakReference<double[]> first = new WeakReference<>(memo.get("k", Retention.IN_USE, () -> values(calls)));
    long[] bits = bits(first.get());
    Collected.await(first, "the value in use");
    double[] again = memo.get("k", Retention.IN_USE, () -> values(calls));
    assertThat(calls).hasValue(2);
    assertThat(bits(again)).containsExactly(bits);
    assertThat(memo.size()).isEqualTo(1);
  }

  @Test
  void aKeptValueStaysUntilReleasedThenGoesOnceNothingHoldsIt() {
    Memo memo = new Memo();
    AtomicInteger calls = new AtomicInteger();
    WeakReference<double[]> first = new WeakReference<>(memo.get("k", () -> values(calls)));
    long[] bits = bits(first.get());
    System.gc();
    assertThat(first.get()).as("a kept value survives a collection").isNotNull();
    memo.release("k");
    assertThat(memo.<double[]>get("k", () -> values(calls))).as("released, still held").isSameAs(first.get());
    Collected.await(first, "the released value");
    double[] again = memo.get("k", () -> values(calls));
    assertThat(calls).hasValue(2);
    assertThat(bits(again)).containsExactly(bits);
    // computed again by a plain get: kept again
    WeakReference<double[]> kept = new WeakReference<>(again);
    again = null;
    System.gc();
    assertThat(kept.get()).isNotNull();
  }

  @Test
  void releasingAFailureOrAnAbsentKeyChangesNothing() {
    Memo memo = new Memo();
    AtomicInteger calls = new AtomicInteger();
    IllegalStateException failure = new IllegalStateException("no data");
    catchThrowable(() -> memo.get("bad", () -> {
      calls.incrementAndGet();
      throw failure;
    }));
    memo.release("bad");
    memo.release("absent");
    System.gc();
    assertThat(catchThrowable(() -> memo.get("bad", () -> values(calls)))).isSameAs(failure);
    assertThat(calls).hasValue(1);
    assertThat(memo.size()).isEqualTo(1);
  }

  @Test
  void aValueInUseIsSharedByCallersWaitingForItsComputation() throws Exception {
    Memo memo = new Memo();
    AtomicInteger calls = new AtomicInteger();
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CompletableFuture<double[]> computing = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> memo.get("k", Retention.IN_USE, () -> {
          started.countDown();
          try {
            finish.await();
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
          return values(calls);
        }));
    started.await();
    java.util.concurrent.CompletableFuture<double[]> waiting = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> memo.get("k", Retention.IN_USE, () -> values(calls)));
    finish.countDown();
    assertThat(waiting.get()).isSameAs(computing.get());
    assertThat(calls).hasValue(1);
  }

  /** A fresh array of values that are not all simple, so that bits are compared, not just a few numbers. */
  private static double[] values(AtomicInteger calls) {
    calls.incrementAndGet();
    double[] v = new double[1000];
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.sin(i) / 3.0;
    }
    v[7] = Double.NaN;
    v[8] = -0.0;
    return v;
  }

  private static long[] bits(double[] v) {
    long[] out = new long[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Double.doubleToRawLongBits(v[i]);
    }
    return out;
  }
}
