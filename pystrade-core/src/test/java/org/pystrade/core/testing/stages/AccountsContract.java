package org.pystrade.core.testing.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pystrade.core.accounts.Accounts;
import org.pystrade.core.accounts.AccountsInputs;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;

/**
 * The contract of an {@link Accounts} stage: the checks of {@link StageContract} on every method of the stage, and
 * what its interface documents: the buffered position starts at 0, stays inside the portfolio's buffers and, when
 * rounded, is whole contracts (inside the rounded buffers); every P&amp;L curve's net is its gross plus its costs,
 * and costs are never positive; the portfolio P&amp;L is the sum of its instruments' P&amp;L.
 *
 * <p>Usage: extend it and return the factory of the stage under test.
 * <pre>{@code
 * class MyAccountsTest extends AccountsContract {
 *   @Override
 *   protected Function<AccountsInputs, Accounts> factory() {
 *     return MyAccounts::new;
 *   }
 * }
 * }</pre>
 */
public abstract class AccountsContract extends StageContract<AccountsInputs, Accounts> {

  /** For subclasses. */
  protected AccountsContract() {
    super(TradingSystem.Builder::accounts, TradingSystem::accounts);
  }

  @Override
  final List<StageCall> systemCalls(TradingSystem system) {
    Accounts a = system.accounts();
    List<StageCall> out = new ArrayList<>();
    out.add(StageCall.of("portfolio", "", () -> a.portfolio()));
    out.add(StageCall.of("portfolioFailures", "", () -> a.portfolioFailures()));
    out.add(StageCall.of("portfolioWarnings", "", () -> a.portfolioWarnings()));
    for (RuleName rule : system.tradingRules().keySet()) {
      out.add(StageCall.of("pandlForTradingRule", rule, () -> a.pandlForTradingRule(rule)));
    }
    return out;
  }

  @Override
  final List<StageCall> instrumentCalls(TradingSystem system, InstrumentCode c) {
    Accounts a = system.accounts();
    List<StageCall> out = new ArrayList<>();
    out.add(StageCall.of("bufferedPosition", c + ", true", () -> a.bufferedPosition(c, true)));
    out.add(StageCall.of("bufferedPosition", c + ", false", () -> a.bufferedPosition(c, false)));
    out.add(StageCall.of("pandlForInstrument", c, () -> a.pandlForInstrument(c)));
    out.add(StageCall.of("pandlForInstrument", c + ", false, false", () -> a.pandlForInstrument(c, false, false)));
    for (RuleName rule : system.tradingRules().keySet()) {
      out.add(StageCall.of("pandlForInstrumentForecast", c + ", " + rule,
          () -> a.pandlForInstrumentForecast(c, rule)));
    }
    return out;
  }

  /**
   * The buffered position starts at 0 and stays between the portfolio's lower and upper buffers (the last known on
   * the day) whenever the notional position and both buffers are known; rounded, it is whole contracts between the
   * rounded buffers.
   */
  @Test
  public void bufferedPositionsStayInsideTheBuffers() {
    TradingSystem s = system();
    Portfolio p = s.portfolio();
    for (InstrumentCode c : fixture().instruments()) {
      for (boolean round : new boolean[] {false, true}) {
        String what = "bufferedPosition(" + c + ", " + round + ")";
        TimeSeries held = s.accounts().bufferedPosition(c, round);
        assertThat(held.size()).as(what + " rows").isPositive();
        assertThat(held.value(0)).as(what + " starts at 0").isZero();
        if (round) {
          SeriesChecks.assertAll(what, held, v -> v == Math.rint(v), "is not a whole number");
        }
        assertInside(what, held, p.notionalPosition(c), p.lowerBuffer(c), p.upperBuffer(c), round);
      }
    }
  }

  private static void assertInside(String what, TimeSeries held, TimeSeries notional, TimeSeries lower,
      TimeSeries upper, boolean round) {
    int compared = 0;
    for (int i = 1; i < held.size(); i++) {
      long t = held.time(i);
      double lo = lower.lastValidAtOrBefore(t);
      double hi = upper.lastValidAtOrBefore(t);
      if (notional.lastValidAtOrBefore(t) != notional.lastValidAtOrBefore(t) || lo != lo || hi != hi) {
        continue;
      }
      if (round) {
        lo = Math.rint(lo);
        hi = Math.rint(hi);
      }
      compared++;
      double x = held.value(i);
      double slack = 1e-9 * Math.max(1.0, Math.abs(x));
      assertThat(lo <= x + slack && x <= hi + slack).as(what + " is outside the buffer on " + Timestamps.format(t)
          + ": " + lo + " <= " + x + " <= " + hi).isTrue();
    }
    assertThat(compared).as(what + ": days with a position and buffers").isPositive();
  }

  /** Every P&amp;L curve's net is its gross plus its costs (a missing one counting 0), and costs are never positive. */
  @Test
  public void netPandlIsGrossPlusCosts() {
    for (StageCall call : allCalls(system())) {
      Object result = call.get();
      if (result instanceof PandlCurve) {
        SeriesChecks.assertPandlAddsUp(call.name(), (PandlCurve) result);
      }
    }
  }

  /**
   * The portfolio P&amp;L is, each day, the sum of the P&amp;L of the portfolio's instruments that are not left out
   * of it.
   */
  @Test
  public void portfolioPandlIsTheSumOfItsInstruments() {
    TradingSystem s = system();
    Accounts a = s.accounts();
    Set<InstrumentCode> leftOut = new HashSet<>();
    a.portfolioFailures().stream().map(InstrumentFailure::instrument).forEach(leftOut::add);
    List<TimeSeries> parts = new ArrayList<>();
    for (InstrumentCode c : s.portfolio().instruments()) {
      if (!leftOut.contains(c)) {
        parts.add(a.pandlForInstrument(c).net());
      }
    }
    TimeSeries total = a.portfolio().net();
    for (int i = 0; i < total.size(); i++) {
      long t = total.time(i);
      double sum = 0;
      double scale = 1;
      for (TimeSeries part : parts) {
        double v = part.valueAt(t);
        if (v == v) {
          sum += v;
          scale += Math.abs(v);
        }
      }
      assertThat(Math.abs(total.value(i) - sum)).as("portfolio net P&L on " + Timestamps.format(t) + " is "
          + total.value(i) + ", the sum of its instruments' is " + sum).isLessThanOrEqualTo(1e-9 * scale);
    }
  }
}
