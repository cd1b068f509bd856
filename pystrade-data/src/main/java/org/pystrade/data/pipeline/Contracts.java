package org.pystrade.data.pipeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.RollCycle;
import org.pystrade.core.domain.RollParameters;

/**
 * Contract navigation on {@code YYYYMMDD} numbers, as pysystemtrade's {@code contractDateWithRollParameters} moves
 * through roll cycles: the next or previous month of a cycle, the day of the month carried over (so that a contract
 * with a day moves to the same day of another month, as pysystemtrade's {@code contract_given_tuple} does), whether
 * or not that day exists in the new month.
 */
final class Contracts {

  private Contracts() {
  }

  /** The contract date of a {@code YYYYMMDD} number, or empty if it is none. */
  static Optional<ContractDate> date(double id) {
    if (!(id >= 10_000_000 && id <= 99_991_231) || id != Math.rint(id)) {
      return Optional.empty();
    }
    return date((int) id);
  }

  /** The contract date of a {@code YYYYMMDD} number, or empty if it is none. */
  static Optional<ContractDate> date(int id) {
    int y = id / 10_000;
    int m = id / 100 % 100;
    int d = id % 100;
    if (m < 1 || m > 12 || y < 1000 || d > YearMonth.of(y, m).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(ContractDate.of(y, m, d));
  }

  static int year(int id) {
    return id / 10_000;
  }

  static int month(int id) {
    return id / 100 % 100;
  }

  static int day(int id) {
    return id % 100;
  }

  private static int withYearMonth(int id, YearMonth ym) {
    return ym.getYear() * 10_000 + ym.getMonthValue() * 100 + day(id);
  }

  /** The next month of a cycle strictly after the contract's month, same day number. */
  static int next(RollCycle cycle, int id) {
    return withYearMonth(id, cycle.next(YearMonth.of(year(id), month(id))));
  }

  /** The previous month of a cycle strictly before the contract's month, same day number. */
  static int previous(RollCycle cycle, int id) {
    return withYearMonth(id, cycle.previous(YearMonth.of(year(id), month(id))));
  }

  /** pysystemtrade's {@code carry_contract()}: the next or previous priced contract, by the carry offset. */
  static int carry(RollParameters p, int id) {
    return p.carryOffset() == 1 ? next(p.pricedCycle(), id) : previous(p.pricedCycle(), id);
  }

  /**
   * pysystemtrade's {@code desired_roll_date}: the contract's date (its day, or the 1st) plus the expiry offset plus
   * the roll offset, or empty when the day does not exist in the month.
   */
  static Optional<LocalDate> desiredRollDate(RollParameters p, int id) {
    return date(id).map(p::approximateRollDate);
  }

  /** The id as pysystemtrade writes it. */
  static String text(int id) {
    return Integer.toString(id);
  }
}
