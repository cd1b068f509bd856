package org.pystrade.data.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * Multiple prices from a roll calendar and the contracts' final prices, as pysystemtrade's
 * {@code futuresMultiplePrices.create_from_raw_data} ({@code create_multiple_price_stack_from_raw_data}) builds
 * them.
 *
 * <p>Each calendar row after the first closes a period: from one second after the previous row's roll time to its
 * own roll time, both ends included. In that period the row's {@code current_contract} is held ({@code PRICE}), its
 * {@code next_contract} is the {@code FORWARD} and its {@code carry_contract} the {@code CARRY}; the period's rows
 * are the union of the times at which any of the three has a bar (a time without a bar for a column is NaN there).
 * The periods are stacked in order. Prices before the first roll time are not used.
 *
 * <p>Missing contracts, as pysystemtrade: a period whose held contract has no prices is skipped while nothing has
 * been added yet (the calendar starts before the prices: a warning) and refused after; a forward or carry contract
 * without prices is NaN in the calendar's last period (a warning) and refused in any other.
 */
public final class MultiplePriceBuilder {

  private MultiplePriceBuilder() {
  }

  /**
   * Builds multiple prices.
   *
   * @param calendar the roll calendar
   * @param finals the contracts' final prices
   * @return the multiple prices, or a refusal naming the missing contract and the roll date
   */
  public static Outcome<MultiplePrices> fromCalendar(RollCalendar calendar, ContractFinals finals) {
    ArgChecker.notNull(calendar, "calendar");
    ArgChecker.notNull(finals, "finals");
    String where = finals.instrument().value();
    List<Problem> problems = new ArrayList<>();
    Stack stack = new Stack();
    boolean added = false;
    int rows = calendar.size();
    for (int r = 1; r < rows; r++) {
      long start = calendar.time(r - 1) + 1;
      long end = calendar.time(r);
      int current = calendar.current(r).asInt();
      int next = calendar.next(r).asInt();
      int carry = calendar.carry(r).asInt();
      String rollDate = Timestamps.format(end);
      Optional<TimeSeries> cur = finals.get(current);
      if (cur.isEmpty()) {
        if (!added) {
          problems.add(Problem.warning(Check.NOTE, where + "/" + current, "roll calendar row " + rollDate
              + ": held contract " + current + " has no prices; the calendar starts before the prices, row skipped"));
          continue;
        }
        problems.add(Problem.error(Check.MISSING_CONTRACT, where + "/" + current, "roll calendar row " + rollDate
            + ": held contract " + current + " has no prices, in the middle of the calendar"));
        return Outcome.refused(problems);
      }
      boolean last = r == rows - 1;
      TimeSeries curSlice = slice(cur.get(), start, end);
      TimeSeries carrySlice = otherSlice(finals, carry, "carry", start, end, last, rollDate, where, problems);
      TimeSeries nextSlice = otherSlice(finals, next, "next", start, end, last, rollDate, where, problems);
      if (carrySlice == null || nextSlice == null) {
        return Outcome.refused(problems);
      }
      stack.add(curSlice, nextSlice, carrySlice, current, next, carry);
      added = true;
    }
    if (!added) {
      problems.add(Problem.error(Check.EMPTY, where, "no period of the roll calendar ("
          + calendar + ") has prices for its held contract"));
      return Outcome.refused(problems);
    }
    return Outcome.of(stack.build(), problems);
  }

  /** The forward or carry slice; NaN on the held contract's times when missing in the last row; null if refused. */
  private static TimeSeries otherSlice(ContractFinals finals, int id, String role, long start, long end,
      boolean last, String rollDate, String where, List<Problem> problems) {
    Optional<TimeSeries> s = finals.get(id);
    if (s.isPresent()) {
      return slice(s.get(), start, end);
    }
    if (last) {
      problems.add(Problem.warning(Check.MISSING_CONTRACT, where + "/" + id, "the " + role + " contract " + id
          + " of the last roll calendar row (" + rollDate + ") has no prices: NaN"));
      return TimeSeries.empty();
    }
    problems.add(Problem.error(Check.MISSING_CONTRACT, where + "/" + id, "the " + role + " contract " + id
        + " of roll calendar row " + rollDate + " has no prices, in the middle of the calendar"));
    return null;
  }

  /** The rows with start <= time <= end. */
  static TimeSeries slice(TimeSeries s, long start, long end) {
    return s.slice(start, end);
  }

  /** Accumulates periods into six columns. */
  private static final class Stack {
    private long[] times = new long[1024];
    private double[][] cols = new double[6][1024];
    private int size;

    void add(TimeSeries cur, TimeSeries next, TimeSeries carry, int curId, int nextId, int carryId) {
      long[] idx = org.pystrade.core.series.Index.union(cur.timesView(), next.timesView(), carry.timesView());
      double[] p = cur.valuesOn(idx);
      double[] f = next.valuesOn(idx);
      double[] c = carry.valuesOn(idx);
      ensure(size + idx.length);
      for (int i = 0; i < idx.length; i++) {
        int k = size + i;
        times[k] = idx[i];
        cols[0][k] = p[i];
        cols[1][k] = curId;
        cols[2][k] = c[i];
        cols[3][k] = carryId;
        cols[4][k] = f[i];
        cols[5][k] = nextId;
      }
      size += idx.length;
    }

    private void ensure(int n) {
      if (n > times.length) {
        int cap = Math.max(n, times.length * 2);
        times = Arrays.copyOf(times, cap);
        for (int c = 0; c < 6; c++) {
          cols[c] = Arrays.copyOf(cols[c], cap);
        }
      }
    }

    MultiplePrices build() {
      long[] t = Arrays.copyOf(times, size);
      TimeSeries price = TimeSeries.ofOwned(t, Arrays.copyOf(cols[0], size));
      return new MultiplePrices(price, price.withValuesOwned(Arrays.copyOf(cols[1], size)),
          price.withValuesOwned(Arrays.copyOf(cols[2], size)), price.withValuesOwned(Arrays.copyOf(cols[3], size)),
          price.withValuesOwned(Arrays.copyOf(cols[4], size)), price.withValuesOwned(Arrays.copyOf(cols[5], size)));
    }
  }
}
