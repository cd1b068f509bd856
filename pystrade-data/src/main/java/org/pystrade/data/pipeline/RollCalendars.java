package org.pystrade.data.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * Roll calendars as pysystemtrade makes them ({@code rollCalendar.create_from_prices},
 * {@code back_out_from_multiple_prices}, {@code check_dates_are_valid_for_prices}).
 *
 * <h2>From roll parameters and contract prices</h2>
 * First the approximate calendar ({@code generate_approximate_calendar}): starting from the earliest contract with
 * prices (the first one, unless it has no carry contract with prices, in which case the next held contract with
 * prices is tried, and so on), each row holds a contract until its desired roll date (approximate expiry plus the
 * roll offset), with the next held contract that has prices and the carry contract (the next or previous priced
 * contract with prices, by the carry offset); it stops at the last contract with prices, or when the next held
 * contract is beyond it. Then each row but the last is moved to the date closest to it (in whole days, as
 * pandas' {@code Timedelta.days} counts them, the earliest of equals) on which the held and the next contract both
 * have a price, and, unless the carry contract comes after the held one, the row's carry contract and the next
 * row's too, and which comes after the previous row's approximate date; failing that, the carry contracts are left
 * out; failing that, the calendar ends there (or, before its first row, the row is dropped).
 *
 * <h2>Backed out of multiple prices</h2>
 * A row at each time the held contract ({@code PRICE_CONTRACT}) increases, with the contract held and the carry
 * contract of the row before and the new contract as next; then a last row at the last time with that row's
 * contracts (held, forward, carry).
 */
public final class RollCalendars {

  private RollCalendars() {
  }

  /** One row of a calendar under construction. */
  record Row(long time, int current, int next, int carry) {
  }

  /**
   * The roll calendar from roll parameters and contract prices: the approximate calendar adjusted to the dates
   * where the contracts have prices.
   *
   * @param parameters the instrument's roll parameters
   * @param finals its contracts' final prices
   * @return the calendar, with warnings for the rows moved without carry prices or dropped; refused when no
   *     contract can start the calendar, a next or carry contract is missing in the middle, or no row has prices
   */
  public static Outcome<RollCalendar> fromPrices(RollParameters parameters, ContractFinals finals) {
    Outcome<List<Row>> approx = approximateRows(parameters, finals);
    if (approx.isRefused()) {
      return Outcome.refused(approx.problems());
    }
    return adjustRows(approx.get(), finals).after(approx.problems());
  }

  /**
   * The approximate calendar only (pysystemtrade's {@code generate_approximate_calendar}), its roll dates at
   * midnight.
   *
   * @param parameters the roll parameters
   * @param finals the contracts' final prices
   * @return the calendar
   */
  public static Outcome<RollCalendar> approximate(RollParameters parameters, ContractFinals finals) {
    Outcome<List<Row>> rows = approximateRows(parameters, finals);
    if (rows.isRefused()) {
      return Outcome.refused(rows.problems());
    }
    if (rows.get().isEmpty()) {
      return Outcome.refused(rows.problems(), Problem.error(Check.EMPTY, finals.instrument().value(),
          "the approximate roll calendar has no row"));
    }
    return Outcome.of(calendar(rows.get()), rows.problems());
  }

  private static RollCalendar calendar(List<Row> rows) {
    long[] times = new long[rows.size()];
    List<ContractDate> cur = new ArrayList<>();
    List<ContractDate> nxt = new ArrayList<>();
    List<ContractDate> car = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      times[i] = r.time();
      cur.add(ContractDate.of(r.current()));
      nxt.add(ContractDate.of(r.next()));
      car.add(ContractDate.of(r.carry()));
    }
    return RollCalendar.of(times, cur, nxt, car);
  }

  // ------------------------------------------------------------------ approximate calendar

  static Outcome<List<Row>> approximateRows(RollParameters p, ContractFinals finals) {
    ArgChecker.notNull(p, "parameters");
    ArgChecker.notNull(finals, "finals");
    String where = finals.instrument().value();
    int[] ids = finals.sortedIds();
    if (ids.length == 0) {
      return Outcome.refused(List.of(Problem.error(Check.EMPTY, where, "no contract prices")));
    }
    int first = ids[0];
    int last = ids[ids.length - 1];
    List<Problem> problems = new ArrayList<>();
    // the earliest contract: the first one if its carry contract has prices, else the next held ones
    int start = first;
    while (true) {
      if (start > last) {
        return Outcome.refused(problems, Problem.error(Check.NO_START, where, "no contract with a carry contract"
            + " with prices to start the roll calendar from"));
      }
      if (!finals.contains(start) || carryWithPrices(p, start, ids) != 0) {
        break;
      }
      int following = nextHeldWithPrices(p, start, ids);
      if (following == 0) {
        return Outcome.refused(problems, Problem.error(Check.NO_START, where, "no contract with a carry contract"
            + " with prices to start the roll calendar from (tried up to " + start + ")"));
      }
      start = following;
    }
    List<Row> rows = new ArrayList<>();
    int current = start;
    while (current < last) {
      int next = nextHeldWithPrices(p, current, ids);
      if (next == 0) {
        if (Contracts.next(p.holdCycle(), current) > last) {
          break;
        }
        return Outcome.refused(problems, Problem.error(Check.MISSING_CONTRACT, where + "/" + current,
            "no next held contract with prices after " + current + " (hold cycle " + p.holdCycle() + ")"));
      }
      int carry = carryWithPrices(p, current, ids);
      if (carry == 0) {
        return Outcome.refused(problems, Problem.error(Check.MISSING_CONTRACT, where + "/" + current,
            "no carry contract with prices for " + current + " (priced cycle " + p.pricedCycle()
            + ", carry offset " + p.carryOffset() + ")"));
      }
      Optional<LocalDate> roll = Contracts.desiredRollDate(p, current);
      if (roll.isEmpty()) {
        return Outcome.refused(problems, Problem.error(Check.BAD_CONTRACT_ID, where + "/" + current,
            "contract " + current + " has no such day in its month: no expiry date"));
      }
      rows.add(new Row(Timestamps.of(roll.get()), current, next, carry));
      current = next;
    }
    return Outcome.of(rows, problems);
  }

  private static boolean has(int[] ids, int id) {
    return java.util.Arrays.binarySearch(ids, id) >= 0;
  }

  /** The next held contract with prices after a contract, up to the last one; 0 if none. */
  static int nextHeldWithPrices(RollParameters p, int id, int[] ids) {
    int last = ids[ids.length - 1];
    for (int t = Contracts.next(p.holdCycle(), id); t <= last; t = Contracts.next(p.holdCycle(), t)) {
      if (has(ids, t)) {
        return t;
      }
    }
    return 0;
  }

  /** The carry contract with prices (next or previous priced contract by the offset); 0 if none. */
  static int carryWithPrices(RollParameters p, int id, int[] ids) {
    if (p.carryOffset() == 1) {
      int last = ids[ids.length - 1];
      for (int t = Contracts.next(p.pricedCycle(), id); t <= last; t = Contracts.next(p.pricedCycle(), t)) {
        if (has(ids, t)) {
          return t;
        }
      }
      return 0;
    }
    int first = ids[0];
    for (int t = Contracts.previous(p.pricedCycle(), id); t >= first; t = Contracts.previous(p.pricedCycle(), t)) {
      if (has(ids, t)) {
        return t;
      }
    }
    return 0;
  }

  // ------------------------------------------------------------------ adjusting to prices

  /**
   * Adjusts an approximate calendar to the dates where the contracts have prices (pysystemtrade's
   * {@code adjust_to_price_series}); its last row is dropped.
   *
   * @param approximate the approximate calendar
   * @param finals the contracts' final prices
   * @return the adjusted calendar
   */
  public static Outcome<RollCalendar> adjustToPrices(RollCalendar approximate, ContractFinals finals) {
    ArgChecker.notNull(approximate, "approximate");
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < approximate.size(); i++) {
      rows.add(new Row(approximate.time(i), approximate.current(i).asInt(), approximate.next(i).asInt(),
          approximate.carry(i).asInt()));
    }
    return adjustRows(rows, finals);
  }

  static Outcome<RollCalendar> adjustRows(List<Row> approx, ContractFinals finals) {
    String where = finals.instrument().value();
    List<Problem> problems = new ArrayList<>();
    List<Row> adjusted = new ArrayList<>();
    for (int i = 0; i < approx.size() - 1; i++) {
      Row row = approx.get(i);
      Row next = approx.get(i + 1);
      Long avoid = i == 0 ? null : approx.get(i - 1).time();
      long date = matchingDate(row, next, avoid, finals, false);
      if (date == NONE) {
        date = matchingDate(row, next, avoid, finals, true);
        if (date != NONE) {
          problems.add(Problem.warning(Check.NO_ROLL_DATE, where + "/" + row.current(), "no date near "
              + Timestamps.format(row.time()) + " with prices for " + row.current() + ", " + row.next()
              + " and the carry contracts " + row.carry() + " and " + next.carry() + ": rolled on "
              + Timestamps.format(date) + " without the carry contracts"));
        }
      }
      if (date == NONE) {
        String what = "no date after " + (avoid == null ? "the start" : Timestamps.format(avoid))
            + " with prices for both " + row.current() + " and " + row.next() + " (approximate roll date "
            + Timestamps.format(row.time()) + ")";
        if (!adjusted.isEmpty()) {
          problems.add(Problem.warning(Check.NO_ROLL_DATE, where + "/" + row.current(), what
              + ": the calendar ends here"));
          break;
        }
        problems.add(Problem.warning(Check.NO_ROLL_DATE, where + "/" + row.current(), what
            + ": at the start, row dropped"));
        continue;
      }
      adjusted.add(new Row(date, row.current(), row.next(), row.carry()));
    }
    if (adjusted.isEmpty()) {
      return Outcome.refused(problems, Problem.error(Check.EMPTY, where, "the roll calendar is empty after "
          + "adjusting it to the dates with prices"));
    }
    for (int i = 1; i < adjusted.size(); i++) {
      if (adjusted.get(i).time() <= adjusted.get(i - 1).time()) {
        return Outcome.refused(problems, Problem.error(Check.OUT_OF_ORDER_TIMESTAMP, where + "/"
            + adjusted.get(i).current(), "the adjusted roll date " + Timestamps.format(adjusted.get(i).time())
            + " does not follow the previous one, " + Timestamps.format(adjusted.get(i - 1).time())
            + " (pysystemtrade's check_if_date_index_monotonic fails): fix the calendar by hand"));
      }
    }
    return Outcome.of(calendar(adjusted), problems);
  }

  private static final long NONE = Long.MIN_VALUE;

  /** The valid date closest to the row's approximate date, or NONE. */
  private static long matchingDate(Row row, Row nextRow, Long avoid, ContractFinals finals, boolean omitCarry) {
    Optional<TimeSeries> cur = finals.get(row.current());
    Optional<TimeSeries> nxt = finals.get(row.next());
    if (cur.isEmpty() || nxt.isEmpty()) {
      return NONE;
    }
    List<TimeSeries> needed = new ArrayList<>(List.of(cur.get(), nxt.get()));
    if (!omitCarry && row.carry() <= row.current()) {
      Optional<TimeSeries> nextCarry = finals.get(nextRow.carry());
      Optional<TimeSeries> curCarry = finals.get(row.carry());
      if (nextCarry.isPresent() && curCarry.isPresent()) {
        needed.add(curCarry.get());
        needed.add(nextCarry.get());
      }
    }
    long[][] indexes = new long[needed.size()][];
    for (int k = 0; k < indexes.length; k++) {
      indexes[k] = needed.get(k).timesView();
    }
    long[] union = Index.union(indexes);
    double[][] values = new double[needed.size()][];
    for (int k = 0; k < values.length; k++) {
      values[k] = needed.get(k).valuesOn(union);
    }
    long best = NONE;
    long bestDays = Long.MAX_VALUE;
    for (int i = 0; i < union.length; i++) {
      long t = union[i];
      if (avoid != null && t <= avoid) {
        continue;
      }
      boolean all = true;
      for (double[] v : values) {
        if (v[i] != v[i]) {
          all = false;
          break;
        }
      }
      if (!all) {
        continue;
      }
      long days = Math.abs(Math.floorDiv(t - row.time(), Timestamps.SECONDS_PER_DAY));
      if (days < bestDays) {
        bestDays = days;
        best = t;
      }
    }
    return best;
  }

  // ------------------------------------------------------------------ from multiple prices

  /**
   * The roll calendar implied by multiple prices (pysystemtrade's {@code back_out_from_multiple_prices}).
   *
   * @param where the instrument, for problems
   * @param multiple the multiple prices (a repeated timestamp keeps its last row)
   * @return the calendar, or a refusal for empty prices or a missing contract id where one is needed
   */
  public static Outcome<RollCalendar> fromMultiplePrices(String where, MultiplePrices multiple) {
    ArgChecker.notNull(multiple, "multiple");
    int n = multiple.size();
    if (n == 0) {
      return Outcome.refused(List.of(Problem.error(Check.EMPTY, where, "no multiple prices")));
    }
    long[] times = multiple.price().timesView();
    double[] pc = multiple.priceContract().valuesView();
    double[] cc = multiple.carryContract().valuesView();
    double[] fc = multiple.forwardContract().valuesView();
    List<Long> rollTimes = new ArrayList<>();
    List<ContractDate> cur = new ArrayList<>();
    List<ContractDate> nxt = new ArrayList<>();
    List<ContractDate> car = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (pc[i] > pc[i - 1]) {
        Optional<ContractDate> c = Contracts.date(pc[i - 1]);
        Optional<ContractDate> x = Contracts.date(pc[i]);
        Optional<ContractDate> y = Contracts.date(cc[i - 1]);
        if (c.isEmpty() || x.isEmpty() || y.isEmpty()) {
          return Outcome.refused(List.of(Problem.error(Check.BAD_CONTRACT_ID, where, "roll at "
              + Timestamps.format(times[i]) + ": no valid contract id in PRICE_CONTRACT " + pc[i - 1] + ", " + pc[i]
              + " or CARRY_CONTRACT " + cc[i - 1])));
        }
        rollTimes.add(times[i]);
        cur.add(c.get());
        nxt.add(x.get());
        car.add(y.get());
      }
    }
    Optional<ContractDate> c = Contracts.date(pc[n - 1]);
    Optional<ContractDate> x = Contracts.date(fc[n - 1]);
    Optional<ContractDate> y = Contracts.date(cc[n - 1]);
    if (c.isEmpty() || x.isEmpty() || y.isEmpty()) {
      return Outcome.refused(List.of(Problem.error(Check.BAD_CONTRACT_ID, where, "last row "
          + Timestamps.format(times[n - 1]) + ": no valid contract id in PRICE_CONTRACT " + pc[n - 1]
          + ", FORWARD_CONTRACT " + fc[n - 1] + " or CARRY_CONTRACT " + cc[n - 1])));
    }
    List<Problem> problems = new ArrayList<>();
    if (!rollTimes.isEmpty() && rollTimes.get(rollTimes.size() - 1) == times[n - 1]) {
      // pysystemtrade's frame would hold the same time twice; a calendar cannot: the roll row is kept
      problems.add(Problem.warning(Check.DUPLICATE_TIMESTAMP, where, "the last row (" + Timestamps.format(times[n - 1])
          + ") is itself a roll: pysystemtrade's calendar repeats that time; the roll row is kept"));
    } else {
      rollTimes.add(times[n - 1]);
      cur.add(c.get());
      nxt.add(x.get());
      car.add(y.get());
    }
    long[] t = rollTimes.stream().mapToLong(Long::longValue).toArray();
    return Outcome.of(RollCalendar.of(t, cur, nxt, car), problems);
  }

  // ------------------------------------------------------------------ checks

  /**
   * Checks that every row's contracts have prices and that the held and next contracts have a price on the roll
   * date (pysystemtrade's {@code check_dates_are_valid_for_prices}).
   *
   * @param calendar the calendar
   * @param finals the contracts' final prices
   * @return one error per bad row, empty if the calendar is valid for the prices
   */
  public static List<Problem> checkAgainstPrices(RollCalendar calendar, ContractFinals finals) {
    ArgChecker.notNull(calendar, "calendar");
    ArgChecker.notNull(finals, "finals");
    String where = finals.instrument().value();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < calendar.size(); i++) {
      long t = calendar.time(i);
      String date = Timestamps.format(t);
      int[] contracts = {calendar.current(i).asInt(), calendar.next(i).asInt(), calendar.carry(i).asInt()};
      String missing = null;
      for (int id : contracts) {
        if (!finals.contains(id)) {
          missing = "contract " + id + " has no prices";
          break;
        }
      }
      if (missing == null) {
        for (int k = 0; k < 2; k++) {
          double v = finals.get(contracts[k]).orElseThrow().valueAt(t);
          if (v != v) {
            missing = "contract " + contracts[k] + " has no price on the roll date";
            break;
          }
        }
      }
      if (missing != null) {
        problems.add(Problem.error(Check.CALENDAR_WITHOUT_PRICES, where + " roll " + date, missing));
      }
    }
    return problems;
  }
}
