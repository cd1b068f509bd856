package org.pystrade.broker.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pystrade.broker.api.AccountSummary;
import org.pystrade.broker.api.BarSize;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.Fill;
import org.pystrade.broker.api.HistoryRequest;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.OrderState;
import org.pystrade.broker.api.OrderStatus;
import org.pystrade.broker.api.Quote;
import org.pystrade.broker.testkit.EventRecorder;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;

class SimulatedBrokerTest {

  private static <T> T ok(CompletableFuture<Result<T>> f) throws Exception {
    Result<T> r = f.get(5, TimeUnit.SECONDS);
    assertThat(r.isOk()).as("%s", r).isTrue();
    return r.value();
  }

  private static SimulatedBroker connected(SimSettings s, ManualClock clock) throws Exception {
    SimulatedBroker b = SimFixtures.broker(s, clock);
    ok(b.connect());
    return b;
  }

  @Test
  void aMarketBuyFillsAtTheNextPricePlusTheSpreadCostWithPysystemtradesCommission() throws Exception {
    ManualClock clock = ManualClock.at(SimFixtures.day(10).plusSeconds(60));
    try (SimulatedBroker b = connected(SimSettings.defaults(), clock)) {
      EventRecorder rec = new EventRecorder();
      b.subscribe(rec);
      ClientOrderRef ref = ClientOrderRef.of("a");
      OrderState ack = ok(b.place(OrderRequest.market(ref, SimFixtures.SOFR, Quantity.of(3))));
      assertThat(ack.status()).isEqualTo(OrderStatus.SUBMITTED);
      assertThat(b.order(ref).orElseThrow().status()).isEqualTo(OrderStatus.SUBMITTED);
      clock.advance(Duration.ofDays(1));
      b.step();
      OrderState filled = rec.awaitState(ref, s -> s.status() == OrderStatus.FILLED, Duration.ofSeconds(5));
      // next price is day 11: 95.11; SOFR's spread cost in sample-data is 0.003
      assertThat(filled.averageFillPrice()).isCloseTo(95.11 + 0.003, within(1e-12));
      Fill fill = ok(b.fills()).get(0);
      assertThat(fill.time()).isEqualTo(SimFixtures.day(11));
      // SOFR: PerBlock 1.5 USD per contract
      assertThat(fill.commission()).isEqualTo(Money.of(4.5, "USD"));
      assertThat(ok(b.positions())).singleElement().satisfies(p -> assertThat(p.quantity().value()).isEqualTo(3));
      AccountSummary a = ok(b.account());
      assertThat(a.cash().get(Currency.USD).amount()).isEqualTo(1_000_000 - 4.5);
    }
  }

  @Test
  void latencyPushesTheFillPastTheNextPrice() throws Exception {
    ManualClock clock = ManualClock.at(SimFixtures.day(10));
    SimSettings s = SimSettings.builder().latency(Duration.ofDays(2)).slippageFactor(0).build();
    try (SimulatedBroker b = connected(s, clock)) {
      ok(b.place(OrderRequest.market(ClientOrderRef.of("l"), SimFixtures.SOFR, Quantity.of(1))));
      clock.advance(Duration.ofDays(5));
      b.step();
      assertThat(ok(b.fills())).singleElement().satisfies(f -> {
        assertThat(f.time()).isEqualTo(SimFixtures.day(13));
        assertThat(f.price()).isCloseTo(95.13, within(1e-12));
      });
    }
  }

  @Test
  void aLimitOrderWaitsUntilThePriceReachesItsLimit() throws Exception {
    ManualClock clock = ManualClock.at(SimFixtures.day(10));
    try (SimulatedBroker b = connected(SimSettings.builder().slippageFactor(0).build(), clock)) {
      ClientOrderRef ref = ClientOrderRef.of("sell-limit");
      ok(b.place(OrderRequest.limit(ref, SimFixtures.EUROSTX, Quantity.of(-1), 4015)));
      clock.advance(Duration.ofDays(3));
      assertThat(ok(b.openOrders())).hasSize(1);
      clock.advance(Duration.ofDays(10));
      assertThat(ok(b.openOrders())).isEmpty();
      assertThat(ok(b.fills())).singleElement().satisfies(f -> assertThat(f.price()).isEqualTo(4015.0));
    }
  }

  @Test
  void realisedPandlAndFxTradesMoveCash() throws Exception {
    ManualClock clock = ManualClock.at(SimFixtures.day(0));
    try (SimulatedBroker b = connected(SimSettings.builder().slippageFactor(0).fxCommissionRate(0).fxHalfSpread(0)
        .build(), clock)) {
      ok(b.place(OrderRequest.market(ClientOrderRef.of("buy"), SimFixtures.EUROSTX, Quantity.of(2))));
      clock.advance(Duration.ofDays(1));
      ok(b.place(OrderRequest.market(ClientOrderRef.of("sell"), SimFixtures.EUROSTX, Quantity.of(-2))));
      clock.advance(Duration.ofDays(5));
      AccountSummary a = ok(b.account());
      // bought 2 at 4001, sold 2 at 4002, point size 10 EUR: +20 EUR, minus commissions of 2 EUR per contract
      assertThat(a.cash().get(Currency.EUR).amount()).isCloseTo(20 - 8, within(1e-9));
      assertThat(ok(b.positions())).isEmpty();
      ok(b.place(OrderRequest.fx(ClientOrderRef.of("fx"), FxPair.of("EURUSD"), Quantity.of(-12))));
      clock.advance(Duration.ofDays(1));
      AccountSummary after = ok(b.account());
      assertThat(after.cash().get(Currency.EUR).amount()).isCloseTo(0, within(1e-9));
      assertThat(after.cash().get(Currency.USD).amount()).isCloseTo(1_000_000 + 12 * 1.057, within(1e-6));
      assertThat(after.netLiquidation().amount()).isCloseTo(1_000_000 + 12 * 1.057, within(1e-6));
    }
  }

  @Test
  void theSameSeedGivesTheSameFillsAndRejects() throws Exception {
    assertThat(run(7)).isEqualTo(run(7));
    assertThat(run(7)).isNotEqualTo(run(8));
  }

  private List<String> run(long seed) throws Exception {
    ManualClock clock = ManualClock.at(SimFixtures.day(0));
    SimSettings s = SimSettings.builder().seed(seed).partialFillProbability(0.5).rejectProbability(0.2).build();
    List<String> out = new ArrayList<>();
    try (SimulatedBroker b = connected(s, clock)) {
      for (int i = 0; i < 20; i++) {
        Result<OrderState> r = b.place(OrderRequest.market(ClientOrderRef.of("o" + i), SimFixtures.SOFR,
            Quantity.of(i % 2 == 0 ? 10 : -7))).get(5, TimeUnit.SECONDS);
        out.add(r.isOk() ? "ok" : r.failure().code().name());
        clock.advance(Duration.ofDays(1));
      }
      clock.advance(Duration.ofDays(30));
      for (Fill f : ok(b.fills())) {
        out.add(f.ref() + ":" + f.quantity() + "@" + f.price());
      }
    }
    return out;
  }

  @Test
  void partialFillsLeaveTheRestToLaterPrices() throws Exception {
    ManualClock clock = ManualClock.at(SimFixtures.day(0));
    try (SimulatedBroker b = connected(SimSettings.builder().partialFillProbability(1).build(), clock)) {
      ClientOrderRef ref = ClientOrderRef.of("big");
      ok(b.place(OrderRequest.market(ref, SimFixtures.SOFR, Quantity.of(50))));
      clock.advance(Duration.ofDays(1));
      OrderState s = b.order(ref).orElseThrow();
      assertThat(s.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
      assertThat(s.filled().value()).isBetween(1.0, 49.0);
      clock.advance(Duration.ofDays(58));
      b.step();
      assertThat(ok(b.fills()).stream().mapToDouble(f -> f.quantity().value()).sum()).isEqualTo(50);
      assertThat(ok(b.fills()).size()).isGreaterThan(1);
    }
  }

  @Test
  void quotesHistoryAndFailures() throws Exception {
    ManualClock clock = ManualClock.at(SimFixtures.day(20));
    try (SimulatedBroker b = connected(SimSettings.defaults(), clock)) {
      Quote q = ok(b.quote(SimFixtures.SOFR));
      assertThat(q.last()).isCloseTo(95.20, within(1e-12));
      assertThat(q.ask() - q.bid()).isCloseTo(0.006, within(1e-12));
      HistoryRequest daily = HistoryRequest.of(SimFixtures.SOFR, BarSize.ONE_DAY, Duration.ofDays(9), clock.instant());
      assertThat(ok(b.history(daily)).bars()).hasSize(10);
      HistoryRequest hourly = HistoryRequest.of(SimFixtures.SOFR, BarSize.ONE_HOUR, Duration.ofDays(2),
          clock.instant());
      Result<?> r = b.history(hourly).get(5, TimeUnit.SECONDS);
      assertThat(r.failure().code()).isEqualTo(ReasonCode.MISSING_DATA);
      Result<?> unknown = b.quote(org.pystrade.core.domain.FuturesContract.of("NOPE", "20250300"))
          .get(5, TimeUnit.SECONDS);
      assertThat(unknown.failure().code()).isEqualTo(ReasonCode.NO_CONFIGURATION);
    }
  }
}
