package org.pystrade.core.domain;

/**
 * The futures month letters, {@code F G H J K M N Q U V X Z} for January to December, and the conversions between
 * a letter and a month number (1 to 12).
 */
final class MonthLetters {

  /** The twelve letters in calendar order: the letter of month {@code m} is at index {@code m - 1}. */
  static final String ALL = "FGHJKMNQUVXZ";

  private MonthLetters() {
  }

  /**
   * The letter of a month.
   *
   * @param month the month number, 1 (January) to 12 (December), already checked by the caller
   * @return the futures month letter
   */
  static char letterOf(int month) {
    return ALL.charAt(month - 1);
  }

  /**
   * The month of a letter.
   *
   * @param letter a character
   * @return the month number, 1 to 12, or 0 if {@code letter} is not a futures month letter
   */
  static int monthOf(char letter) {
    return ALL.indexOf(letter) + 1;
  }
}
