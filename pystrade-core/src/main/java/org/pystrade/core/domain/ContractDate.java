package org.pystrade.core.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import org.pystrade.core.util.ArgChecker;

/**
 * The date of a futures contract as pysystemtrade writes it: a delivery month and, when known, a day, in the form
 * {@code YYYYMMDD} where the day is {@code 00} when only the month is known ({@code "20231200"} is the December 2023
 * contract, {@code "20231220"} a contract for 20 December 2023, as for weekly VIX contracts).
 *
 * <p>The day is {@code 0} when it is unknown, as pysystemtrade's {@code contractDate.day()} returns it; otherwise it
 * is a real day of the month. Contract dates order by year, month and day, so a month-only date comes before every
 * dated contract of the same month, as their {@code YYYYMMDD} numbers do.
 *
 * @param year the year, four digits (1000 to 9999)
 * @param month the month, 1 (January) to 12 (December)
 * @param day the day of the month, or 0 when only the month is known
 */
public record ContractDate(int year, int month, int day) implements Comparable<ContractDate> {

  private static final int LOWEST_ID = 10_000_000;
  private static final int HIGHEST_ID = 99_991_231;

  /**
   * Checks that the year has four digits, the month is 1 to 12, and the day is 0 or a day of that month.
   *
   * @param year the year, four digits (1000 to 9999)
   * @param month the month, 1 (January) to 12 (December)
   * @param day the day of the month, or 0 when only the month is known
   */
  public ContractDate {
    ArgChecker.isTrue(year >= 1000 && year <= 9999, "contract year must have four digits (1000 to 9999) but was {}",
        year);
    ArgChecker.isTrue(month >= 1 && month <= 12, "contract month must be 1 to 12 but was {}", month);
    int length = YearMonth.of(year, month).lengthOfMonth();
    ArgChecker.isTrue(day >= 0 && day <= length, "contract day must be 0 (unknown) or 1 to {} in {} but was {}",
        length, YearMonth.of(year, month), day);
  }

  /**
   * Parses a contract date as pysystemtrade writes it: eight digits {@code YYYYMMDD}, the day {@code 00} when
   * unknown, or six digits {@code YYYYMM} for a month-only date (which pysystemtrade also accepts).
   *
   * @param id the date, {@code "20231200"}, {@code "20231220"} or {@code "202312"}
   * @return the contract date
   */
  public static ContractDate of(String id) {
    ArgChecker.notNull(id, "contract date");
    ArgChecker.isTrue((id.length() == 8 || id.length() == 6) && isDigits(id),
        "contract date must be eight digits YYYYMMDD (or six, YYYYMM) but was '{}'", id);
    int day = id.length() == 8 ? Integer.parseInt(id.substring(6)) : 0;
    return new ContractDate(Integer.parseInt(id.substring(0, 4)), Integer.parseInt(id.substring(4, 6)), day);
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Obtains a contract date from its {@code YYYYMMDD} number.
   *
   * @param yyyymmdd the date as a number, {@code 20231200} for a month-only date
   * @return the contract date
   */
  public static ContractDate of(int yyyymmdd) {
    ArgChecker.isTrue(yyyymmdd >= LOWEST_ID && yyyymmdd <= HIGHEST_ID,
        "contract id must be an eight-digit YYYYMMDD number but was {}", yyyymmdd);
    return new ContractDate(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
  }

  /**
   * Obtains a contract date with a known day.
   *
   * @param year the year, four digits
   * @param month the month, 1 to 12
   * @param day the day of the month, or 0 if unknown
   * @return the contract date
   */
  public static ContractDate of(int year, int month, int day) {
    return new ContractDate(year, month, day);
  }

  /**
   * Obtains a month-only contract date: its day is unknown (0).
   *
   * @param year the year, four digits
   * @param month the month, 1 to 12
   * @return the contract date, written {@code YYYYMM00}
   */
  public static ContractDate ofYearMonth(int year, int month) {
    return new ContractDate(year, month, 0);
  }

  /**
   * Obtains a month-only contract date: its day is unknown (0).
   *
   * @param yearMonth the contract month, its year of four digits
   * @return the contract date, written {@code YYYYMM00}
   */
  public static ContractDate ofYearMonth(YearMonth yearMonth) {
    ArgChecker.notNull(yearMonth, "yearMonth");
    return new ContractDate(yearMonth.getYear(), yearMonth.getMonthValue(), 0);
  }

  /**
   * Obtains a contract date from the number a multiple-prices series holds for it ({@code 20231200.0}).
   *
   * @param yyyymmdd the date as a whole number of eight digits
   * @return the contract date
   * @throws IllegalArgumentException if the number is NaN, infinite, not whole, not of eight digits, or not a valid
   *     date
   */
  public static ContractDate fromDouble(double yyyymmdd) {
    ArgChecker.isTrue(yyyymmdd >= LOWEST_ID && yyyymmdd <= HIGHEST_ID && yyyymmdd == Math.rint(yyyymmdd),
        "contract id must be a whole eight-digit YYYYMMDD number but was {}", yyyymmdd);
    return of((int) yyyymmdd);
  }

  /**
   * Whether the day is known.
   *
   * @return true if {@link #day()} is a day of the month, false if it is 0 (month-only date)
   */
  public boolean isDayKnown() {
    return day != 0;
  }

  /**
   * The futures month letter of the contract month.
   *
   * @return {@code 'F'} for January to {@code 'Z'} for December
   */
  public char monthLetter() {
    return MonthLetters.letterOf(month);
  }

  /**
   * The contract month.
   *
   * @return the year and month, without the day
   */
  public YearMonth yearMonth() {
    return YearMonth.of(year, month);
  }

  /**
   * The date as a number.
   *
   * @return {@code YYYYMMDD}, for example {@code 20231200}
   */
  public int asInt() {
    return year * 10_000 + month * 100 + day;
  }

  /**
   * The date as pysystemtrade writes it.
   *
   * @return eight digits {@code YYYYMMDD}, the day {@code 00} when unknown ({@code "20231200"})
   */
  public String asId() {
    return Integer.toString(asInt());
  }

  /**
   * The date as the number pystrade's multiple-prices series hold for it.
   *
   * @return {@code YYYYMMDD} as a double, for example {@code 20231200.0}
   */
  public double asDouble() {
    return asInt();
  }

  /**
   * The contract month in years, as pysystemtrade's roll differential measures the distance between two contracts:
   * {@code year + month / 12.0} (the day plays no part). December 2023 is {@code 2024.0}, March 2024
   * {@code 2024.25}.
   *
   * @return the year fraction
   */
  public double yearFraction() {
    return year + month / 12.0;
  }

  /**
   * The approximate expiry date, as pysystemtrade estimates it when no exact expiry is known (its
   * {@code singleContractDate} with an {@code approx_expiry_offset}): the contract's date (its day, or the first of
   * the month when the day is unknown) plus {@code expiryOffsetDays} calendar days.
   *
   * <p>rollconfig.csv's {@code ExpiryOffset} is the day of the month on which the contract expires, minus one: the
   * Bund's 6 puts the expiry of the month-only March 2024 contract on 7 March 2024, an offset of 14 on 15 March, and
   * -11 (a crude oil contract expiring in the month before its delivery month) puts the December 2023 contract's on
   * 20 November 2023. An offset of 0 gives the first of the month.
   *
   * @param expiryOffsetDays calendar days added to the contract's date, may be negative
   * @return the approximate expiry date
   */
  public LocalDate expiry(int expiryOffsetDays) {
    return LocalDate.of(year, month, isDayKnown() ? day : 1).plusDays(expiryOffsetDays);
  }

  @Override
  public int compareTo(ContractDate o) {
    return Integer.compare(asInt(), o.asInt());
  }

  /**
   * The date as pysystemtrade writes it.
   *
   * @return the same as {@link #asId()}
   */
  @Override
  public String toString() {
    return asId();
  }

  // equals and hashCode written out: the generated ones bootstrap method handles on first use (start-up time)

  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof ContractDate && asInt() == ((ContractDate) obj).asInt());
  }

  @Override
  public int hashCode() {
    return asInt();
  }
}
