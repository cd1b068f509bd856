package org.pystrade.core.domain;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.util.ArgChecker;

/**
 * A roll cycle: the delivery months of the contracts an instrument holds or prices, written as futures month letters
 * ({@code F G H J K M N Q U V X Z} for January to December) as in pysystemtrade's rollconfig.csv: {@code "HMUZ"} is
 * the quarterly cycle March, June, September, December.
 *
 * <p>Like pysystemtrade's {@code rollCycle}, the letters may be given in any order and are kept in calendar order
 * ({@code "ZHMU"} becomes {@code "HMUZ"}); unlike it, a cycle must not be empty, and must not repeat a letter.
 *
 * @param letters the months as letters in calendar order, each at most once, at least one
 */
public record RollCycle(String letters) {

  /**
   * Checks the letters and puts them in calendar order.
   *
   * @param letters the months as letters in calendar order, each at most once, at least one
   */
  public RollCycle {
    ArgChecker.notNull(letters, "roll cycle");
    ArgChecker.isTrue(!letters.isEmpty(), "roll cycle must have at least one month letter but was empty");
    boolean[] seen = new boolean[13];
    for (int i = 0; i < letters.length(); i++) {
      char letter = letters.charAt(i);
      int month = MonthLetters.monthOf(letter);
      ArgChecker.isTrue(month != 0, "roll cycle '{}' has '{}', which is not a futures month letter ({})", letters,
          letter, MonthLetters.ALL);
      ArgChecker.isTrue(!seen[month], "roll cycle '{}' repeats the month letter '{}'", letters, letter);
      seen[month] = true;
    }
    StringBuilder inCalendarOrder = new StringBuilder(letters.length());
    for (int month = 1; month <= 12; month++) {
      if (seen[month]) {
        inCalendarOrder.append(MonthLetters.letterOf(month));
      }
    }
    letters = inCalendarOrder.toString();
  }

  /**
   * Obtains a roll cycle from its letters.
   *
   * @param letters futures month letters in any order ({@code "HMUZ"}), each at most once
   * @return the cycle, its letters in calendar order
   */
  public static RollCycle of(String letters) {
    return new RollCycle(letters);
  }

  /**
   * The months of the cycle.
   *
   * @return the months in calendar order, unmodifiable
   */
  public List<Month> months() {
    List<Month> months = new ArrayList<>(letters.length());
    for (int i = 0; i < letters.length(); i++) {
      months.add(Month.of(MonthLetters.monthOf(letters.charAt(i))));
    }
    return List.copyOf(months);
  }

  /**
   * Whether a month is in the cycle.
   *
   * @param month a month
   * @return true if contracts of the cycle deliver in that month
   */
  public boolean contains(Month month) {
    ArgChecker.notNull(month, "month");
    return letters.indexOf(MonthLetters.letterOf(month.getValue())) >= 0;
  }

  /**
   * The number of months in the cycle: for a hold cycle, the number of rolls a year.
   *
   * @return 1 to 12
   */
  public int size() {
    return letters.length();
  }

  /**
   * The first month of the cycle strictly after a given month, in the same year or a later one. The given month need
   * not be in the cycle: in {@code "HMUZ"}, the next after April 2024 is June 2024, and after December 2024 is March
   * 2025.
   *
   * @param after the month to start from, excluded
   * @return the next month of the cycle
   */
  public YearMonth next(YearMonth after) {
    return step(after, 1, "after");
  }

  /**
   * The last month of the cycle strictly before a given month, in the same year or an earlier one. The given month
   * need not be in the cycle: in {@code "HMUZ"}, the previous before April 2024 is March 2024, and before March 2024
   * is December 2023.
   *
   * @param before the month to start from, excluded
   * @return the previous month of the cycle
   */
  public YearMonth previous(YearMonth before) {
    return step(before, -1, "before");
  }

  private YearMonth step(YearMonth from, int direction, String name) {
    ArgChecker.notNull(from, name);
    YearMonth candidate = from.plusMonths(direction);
    while (!contains(candidate.getMonth())) {
      candidate = candidate.plusMonths(direction);
    }
    return candidate;
  }

  /**
   * The letters.
   *
   * @return the same as {@link #letters()}, for example {@code "HMUZ"}
   */
  @Override
  public String toString() {
    return letters;
  }

  // equals and hashCode written out: the generated ones bootstrap method handles on first use (start-up time)

  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof RollCycle && letters.equals(((RollCycle) obj).letters));
  }

  @Override
  public int hashCode() {
    return letters.hashCode();
  }
}
