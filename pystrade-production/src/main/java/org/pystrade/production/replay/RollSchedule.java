package org.pystrade.production.replay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.production.Roll;
import org.pystrade.production.RollPlan;

/**
 * The rolls of the multiple prices: where {@code PRICE_CONTRACT} changes, the position moves from the old contract
 * to the new one at the close of the business day of the row before the change (a weekend row counts to the Friday
 * before it, as in the backtest's daily prices), at that day's prices of both. pysystemtrade's back-adjusted prices
 * roll at that row (the Panama differential is {@code FORWARD - PRICE} of it), so the contract P&amp;L of the replay
 * is the adjusted-price P&amp;L of the backtest except for the change of the two contracts' spread between that row
 * (often intraday) and the day's close. When either
 * contract has no price that day, the roll moves back to the last earlier day with both (still before the change);
 * a roll with no such day is listed in {@link #unrollable()}.
 */
public final class RollSchedule implements RollPlan {

  private final Map<LocalDate, List<Roll>> byDay = new TreeMap<>();
  private final List<String> unrollable = new ArrayList<>();

  /**
   * The roll schedule of instruments.
   *
   * @param multiplePrices each instrument's multiple prices
   * @param prices the daily contract prices
   */
  public RollSchedule(Map<InstrumentCode, MultiplePrices> multiplePrices, ReplayPrices prices) {
    ArgChecker.notNull(multiplePrices, "multiplePrices");
    ArgChecker.notNull(prices, "prices");
    multiplePrices.forEach((code, mp) -> schedule(code, mp, prices));
  }

  private void schedule(InstrumentCode code, MultiplePrices mp, ReplayPrices prices) {
    long[] t = mp.priceContract().timesView();
    double[] ids = mp.priceContract().valuesView();
    int previous = -1;
    for (int i = 0; i < t.length; i++) {
      if (ids[i] != ids[i]) {
        continue;
      }
      if (previous >= 0 && ids[i] != ids[previous]) {
        FuturesContract from = FuturesContract.of(code, ContractDate.fromDouble(ids[previous]));
        FuturesContract to = FuturesContract.of(code, ContractDate.fromDouble(ids[i]));
        LocalDate last = ReplayPrices.businessDayBucket(Timestamps.toDate(t[previous]));
        LocalDate first = ReplayPrices.businessDayBucket(Timestamps.toDate(t[i]));
        LocalDate day = last;
        int back = 0;
        while (back < 10 && !(prices.price(from, day).isPresent() && prices.price(to, day).isPresent())) {
          day = day.minusDays(1);
          back++;
        }
        if (back < 10 && !day.isAfter(first)) {
          add(day, new Roll(from, to));
        } else {
          unrollable.add(from + " to " + to + " (no day before " + first + " with prices of both)");
        }
      }
      previous = i;
    }
  }

  /**
   * Adds a roll; a roll of the same instrument on the same day into the contract this one leaves (the multiple
   * prices passing through a contract within a day) becomes one roll from the first contract to the last.
   */
  private void add(LocalDate day, Roll roll) {
    List<Roll> rolls = byDay.computeIfAbsent(day, d -> new ArrayList<>());
    for (int k = 0; k < rolls.size(); k++) {
      Roll before = rolls.get(k);
      if (before.to().equals(roll.from())) {
        if (before.from().equals(roll.to())) {
          rolls.remove(k); // there and back within the day: no roll
        } else {
          rolls.set(k, new Roll(before.from(), roll.to()));
        }
        return;
      }
    }
    rolls.add(roll);
  }

  @Override
  public List<Roll> rollsOn(LocalDate day) {
    return byDay.getOrDefault(day, List.of());
  }

  /**
   * The changes of priced contract no roll could be scheduled for.
   *
   * @return descriptions, empty if none
   */
  public List<String> unrollable() {
    return List.copyOf(unrollable);
  }
}
