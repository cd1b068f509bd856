package org.pystrade.core.data;

import java.util.Arrays;
import java.util.List;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * pysystemtrade's roll calendar of an instrument ({@code roll_calendars_csv}): the times at which the held contract
 * changes, each with the contract held from then on ({@code current_contract}), the one after it
 * ({@code next_contract}) and the carry contract ({@code carry_contract}). Times strictly increase; the arrays are
 * copied in and out, so a calendar is immutable.
 */
public final class RollCalendar {

  private final long[] times;
  private final ContractDate[] current;
  private final ContractDate[] next;
  private final ContractDate[] carry;

  private RollCalendar(long[] times, ContractDate[] current, ContractDate[] next, ContractDate[] carry) {
    this.times = times;
    this.current = current;
    this.next = next;
    this.carry = carry;
  }

  /**
   * Obtains a calendar.
   *
   * @param times the roll times, epoch seconds (as {@link Timestamps}), strictly increasing
   * @param current the contract held from each roll on
   * @param next the contract after it
   * @param carry the carry contract
   * @return the calendar
   * @throws IllegalArgumentException if the lengths differ, a contract is missing or the times do not increase
   */
  public static RollCalendar of(long[] times, List<ContractDate> current, List<ContractDate> next,
      List<ContractDate> carry) {
    ArgChecker.notNull(times, "times");
    ArgChecker.notNull(current, "current");
    ArgChecker.notNull(next, "next");
    ArgChecker.notNull(carry, "carry");
    int n = times.length;
    ArgChecker.isTrue(current.size() == n && next.size() == n && carry.size() == n,
        "roll calendar columns must have one value per roll ({}) but have {}, {} and {}", n, current.size(),
        next.size(), carry.size());
    for (int i = 1; i < n; i++) {
      ArgChecker.isTrue(times[i] > times[i - 1], "roll calendar times must increase, but {} follows {}",
          Timestamps.format(times[i]), Timestamps.format(times[i - 1]));
    }
    ContractDate[] c = current.toArray(new ContractDate[0]);
    ContractDate[] x = next.toArray(new ContractDate[0]);
    ContractDate[] y = carry.toArray(new ContractDate[0]);
    for (int i = 0; i < n; i++) {
      ArgChecker.isTrue(c[i] != null && x[i] != null && y[i] != null, "roll calendar row {} lacks a contract", i);
    }
    return new RollCalendar(times.clone(), c, x, y);
  }

  /**
   * The number of rolls.
   *
   * @return the number of rows
   */
  public int size() {
    return times.length;
  }

  /**
   * The time of a roll.
   *
   * @param row the row
   * @return epoch seconds
   */
  public long time(int row) {
    return times[row];
  }

  /**
   * The roll times.
   *
   * @return a copy, epoch seconds
   */
  public long[] times() {
    return times.clone();
  }

  /**
   * The contract held from a roll on.
   *
   * @param row the row
   * @return {@code current_contract}
   */
  public ContractDate current(int row) {
    return current[row];
  }

  /**
   * The contract after the held one.
   *
   * @param row the row
   * @return {@code next_contract}
   */
  public ContractDate next(int row) {
    return next[row];
  }

  /**
   * The carry contract.
   *
   * @param row the row
   * @return {@code carry_contract}
   */
  public ContractDate carry(int row) {
    return carry[row];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RollCalendar r && Arrays.equals(times, r.times) && Arrays.equals(current, r.current)
        && Arrays.equals(next, r.next) && Arrays.equals(carry, r.carry);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(times) * 31 + Arrays.hashCode(current);
  }

  @Override
  public String toString() {
    return "RollCalendar[" + times.length + " rolls" + (times.length == 0 ? ""
        : ", " + Timestamps.format(times[0]) + " .. " + Timestamps.format(times[times.length - 1])) + "]";
  }
}
