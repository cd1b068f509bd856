package org.pystrade.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.testing.StageFixtures;

class StageContextTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");
  private static final InstrumentCode CCC = InstrumentCode.of("CCC");
  private static final InstrumentCode DDD = InstrumentCode.of("DDD");
  private static final InstrumentCode EEE = InstrumentCode.of("EEE");

  /**
   * EEE (EUR), BBB (JPY, no FX rate), AAA (USD), CCC (prices but no configuration), DDD (EUR, configuration but no
   * prices), configured in that order.
   */
  private static StageContext context() {
    TimeSeries prices = StageFixtures.daily(100, 101);
    InMemorySimData.Builder b = InMemorySimData.builder();
    StageFixtures.instrument(b, "EEE", "EUR", 1, prices);
    StageFixtures.instrument(b, "BBB", "JPY", 1, prices);
    StageFixtures.instrument(b, "AAA", "USD", 1, prices);
    b.adjustedPrices(CCC, prices);
    b.meta(InstrumentMeta.builder(DDD).currency("EUR").build());
    b.fxRate("EUR", TimeSeries.constant(prices.timestamps(), 1.1));
    return new StageContext(b.build(), List.of(EEE, BBB, AAA, CCC, DDD), Currency.USD, Parallel.of(4));
  }

  @Test
  void aMemoisedResultIsComputedOnceForEightConcurrentCallers() throws Exception {
    StageContext context = context();
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch allAsking = new CountDownLatch(8);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          allAsking.countDown();
          allAsking.await(10, TimeUnit.SECONDS);
          return context.memo("stage", "method", AAA, null, () -> {
            calls.incrementAndGet();
            sleep();
            return new Object();
          });
        }));
      }
      Object first = results.get(0).get(10, TimeUnit.SECONDS);
      for (Future<Object> f : results) {
        assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(first);
      }
      assertThat(calls).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
    // another argument is another result
    assertThat(context.memo("stage", "method", BBB, null, Object::new)).isNotSameAs(
        context.memo("stage", "method", AAA, null, Object::new));
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void instrumentsWithoutConfigurationOrFxAreNotSetUp() {
    assertThat(context().instrumentsWithSetup()).containsExactly(EEE, AAA, DDD);
  }

  @Test
  void instrumentsWithoutPricesHaveNoData() {
    StageContext context = context();
    assertThat(context.instrumentsWithData()).containsExactly(EEE, AAA);
    assertThat(context.configuredInstruments()).containsExactly(EEE, BBB, AAA, CCC, DDD);
  }

  @Test
  void aPoolLeavesOutInstrumentsWithoutDataOrWhoseProbeFailsButKeepsSelf() {
    StageContext context = context();
    List<InstrumentCode> all = List.of(AAA, BBB, CCC, DDD, EEE);
    java.util.function.Consumer<InstrumentCode> probe = c -> {
      if (c.equals(EEE)) {
        throw new DataException(ReasonCode.MISSING_DATA, "no forecast for EEE");
      }
    };
    assertThat(context.pool(all, BBB, probe)).containsExactly(AAA, BBB);
    assertThat(context.pool(all, EEE, probe)).containsExactly(AAA, EEE);
    assertThat(context.pool(all, null, probe)).containsExactly(AAA);
    IllegalStateException bug = new IllegalStateException("bug");
    assertThatThrownBy(() -> context.pool(all, null, c -> {
      throw bug;
    })).isSameAs(bug);
  }

  @Test
  void theFxRateIsMemoisedAndAMissingOneNamesCurrencyAndInstrument() {
    StageContext context = context();
    assertThat(context.fxRate(EEE).values()).containsExactly(1.1, 1.1);
    assertThat(context.fxRate(EEE)).isSameAs(context.fxRate(EEE));
    assertThat(context.fxRate(AAA).values()).containsOnly(1.0);
    assertThatThrownBy(() -> context.fxRate(BBB)).isInstanceOf(DataException.class)
        .hasMessageStartingWith("no FX rate JPYUSD for instrument BBB: ");
  }

  @Test
  void aContextNeedsInstruments() {
    assertThatThrownBy(() -> new StageContext(InMemorySimData.builder().build(), List.of(), Currency.USD,
        Parallel.sequential())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("configuredInstruments must not be empty");
  }
}
