package org.pystrade.broker.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.InstrumentLock;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderRefusal;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.domain.trading.TradingOverride;
import org.pystrade.core.system.OptimalPosition;

/**
 * The buffered strategy's orders. The optimal position 5.3 has the buffer [4.6, 6.2], whose edges round to 5 and 6:
 * held 2 wants +3 (to 5), held 9 wants -3 (to 6), held 5 or 6 wants nothing.
 */
class StrategyOrdersTest {

  private static final InstrumentCode GOLD = InstrumentCode.of("GOLD");
  private static final StrategyName TREND = StrategyName.of("trend");
  private static final Instant NOW = Instant.parse("2026-12-04T21:30:00Z");
  private static final OptimalPosition OPTIMAL = new OptimalPosition(GOLD, LocalDateTime.of(2026, 12, 4, 0, 0),
      5.3, 4.6, 6.2, Quantity.ofWhole(5), true);

  private static StrategyOrderInputs.Builder held(long held) {
    return StrategyOrderInputs.builder(TREND, OPTIMAL, Quantity.ofWhole(held), NOW);
  }

  private static long trade(StrategyOrderInputs.Builder b) {
    return StrategyOrders.decide(b.build()).trade().longValueExact();
  }

  @Test
  void aPositionOutsideTheBufferIsTradedToTheNearestEdge() {
    StrategyOrderDecision buy = StrategyOrders.decide(held(2).build());
    assertThat(buy.target()).isEqualTo(Quantity.ofWhole(5));
    assertThat(buy.wanted()).isEqualTo(Quantity.ofWhole(3));
    assertThat(buy.outcomes()).isEmpty();
    TradingOrder order = buy.order().orElseThrow();
    assertThat(order.level()).isEqualTo(OrderLevel.INSTRUMENT);
    assertThat(order.strategy()).isEqualTo(TREND);
    assertThat(order.instrument()).isEqualTo(GOLD);
    assertThat(order.quantity()).isEqualTo(Quantity.ofWhole(3));
    assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
    assertThat(order.created()).isEqualTo(NOW);
    assertThat(order.comment()).isEqualTo("buffered: held 2, target 5");
    assertThat(trade(held(9))).isEqualTo(-3);
    assertThat(trade(held(-4))).isEqualTo(9);
  }

  @Test
  void aPositionInsideTheBufferIsKept() {
    for (long h : new long[] {5, 6}) {
      StrategyOrderDecision d = StrategyOrders.decide(held(h).build());
      assertThat(d.order()).isEmpty();
      assertThat(d.refused()).isFalse();
      assertThat(d.reasons()).isEmpty();
    }
  }

  @Test
  void aLockRefusesTheTradeWithItsReason() {
    StrategyOrderDecision d = StrategyOrders.decide(held(2).lock(new InstrumentLock(GOLD, "position break",
        NOW)).build());
    assertThat(d.refused()).isTrue();
    assertThat(d.order()).isEmpty();
    assertThat(d.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.check()).isEqualTo(OrderCheck.LOCK);
      assertThat(o.before()).isEqualTo(Quantity.ofWhole(3));
      assertThat(o.after()).isEqualTo(Quantity.ZERO);
    });
    assertThat(d.reasons()).contains("locked: position break");
    assertThat(d.refusal(NOW)).contains(new OrderRefusal(TREND, GOLD, NOW, Quantity.ofWhole(3), Quantity.ZERO,
        d.reasons()));
    assertThat(StrategyOrders.decide(held(2).build()).refusal(NOW)).isEmpty();
  }

  @Test
  void rollStatesStopOrReduceTrading() {
    assertThat(trade(held(2).rollState(RollState.PASSIVE))).isEqualTo(3);
    for (RollState s : new RollState[] {RollState.FORCE, RollState.FORCE_OUTRIGHT, RollState.ROLL_ADJUSTED}) {
      StrategyOrderDecision d = StrategyOrders.decide(held(9).rollState(s).build());
      assertThat(d.refused()).isTrue();
      assertThat(d.outcomes()).extracting(CheckOutcome::check).containsExactly(OrderCheck.ROLL_STATE);
    }
    assertThat(trade(held(9).rollState(RollState.CLOSE))).isEqualTo(-3);
    assertThat(trade(held(2).rollState(RollState.CLOSE))).isZero();
  }

  @Test
  void overridesCloseReduceOrStopAsPysystemtrades() {
    assertThat(trade(held(9).override(TradingOverride.CLOSE))).isEqualTo(-9);
    assertThat(trade(held(-4).override(TradingOverride.CLOSE))).isEqualTo(4);
    StrategyOrderDecision flat = StrategyOrders.decide(held(0).override(TradingOverride.CLOSE).build());
    assertThat(flat.refused()).isTrue();
    assertThat(trade(held(9).override(TradingOverride.NO_TRADING))).isZero();
    // reduce only: reducing passes, increasing is refused, crossing zero closes
    assertThat(trade(held(9).override(TradingOverride.REDUCE_ONLY))).isEqualTo(-3);
    assertThat(trade(held(2).override(TradingOverride.REDUCE_ONLY))).isZero();
    assertThat(trade(held(-4).override(TradingOverride.REDUCE_ONLY))).isEqualTo(4);
    assertThat(trade(held(0).override(TradingOverride.REDUCE_ONLY))).isZero();
  }

  @Test
  void positionLimitsCutTheTradeToTheLimitButAllowReducing() {
    assertThat(StrategyOrders.possibleTrade(10, 20, 5)).isEqualTo(5);
    assertThat(StrategyOrders.possibleTrade(10, 20, 15)).isEqualTo(10);
    assertThat(StrategyOrders.possibleTrade(10, 20, -35)).isEqualTo(-30);
    assertThat(StrategyOrders.possibleTrade(25, 20, 5)).isZero();
    assertThat(StrategyOrders.possibleTrade(25, 20, -5)).isEqualTo(-5);
    assertThat(StrategyOrders.possibleTrade(25, 20, -50)).isEqualTo(-45);
    assertThat(StrategyOrders.possibleTrade(-10, 20, -15)).isEqualTo(-10);

    assertThat(trade(held(2).strategyPositionLimit(4))).isEqualTo(2);
    // all strategies hold 10 against a limit of 11: one more contract
    StrategyOrderDecision d = StrategyOrders.decide(held(2).instrumentHeld(Quantity.ofWhole(10))
        .strategyPositionLimit(4).instrumentPositionLimit(11).build());
    assertThat(d.trade()).isEqualTo(Quantity.ofWhole(1));
    assertThat(d.refused()).isFalse();
    assertThat(d.outcomes()).extracting(CheckOutcome::check).containsExactly(OrderCheck.STRATEGY_POSITION_LIMIT,
        OrderCheck.INSTRUMENT_POSITION_LIMIT);
    assertThat(d.order().orElseThrow().comment()).contains("cut by");
    assertThat(trade(held(9).strategyPositionLimit(4))).isEqualTo(-3);
  }

  @Test
  void tradeLimitsCapTheContractsTraded() {
    assertThat(trade(held(2).tradeCapacity(1))).isEqualTo(1);
    assertThat(trade(held(9).tradeCapacity(2))).isEqualTo(-2);
    StrategyOrderDecision none = StrategyOrders.decide(held(9).tradeCapacity(0).build());
    assertThat(none.refused()).isTrue();
    assertThat(none.reasons()).contains("TRADE_LIMIT").contains("allow 0 more");
  }
}
