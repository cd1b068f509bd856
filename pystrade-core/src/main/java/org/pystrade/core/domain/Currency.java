package org.pystrade.core.domain;

import org.pystrade.core.util.ArgChecker;

/**
 * A currency, named by the three-letter code pysystemtrade uses for it: ISO 4217 codes such as {@code "USD"} and
 * {@code "EUR"}, and pysystemtrade's own non-ISO codes such as {@code "MXP"} (the Mexican peso). Any three upper-case
 * ASCII letters are accepted; the code is not checked against {@link java.util.Currency}'s list.
 *
 * <p>Currencies order alphabetically by code.
 *
 * @param code the code, exactly three upper-case ASCII letters {@code A-Z}
 */
public record Currency(String code) implements Comparable<Currency> {

  /** The United States dollar. */
  public static final Currency USD = new Currency("USD");
  /** The euro. */
  public static final Currency EUR = new Currency("EUR");
  /** The pound sterling. */
  public static final Currency GBP = new Currency("GBP");
  /** The Japanese yen. */
  public static final Currency JPY = new Currency("JPY");
  /** The Swiss franc. */
  public static final Currency CHF = new Currency("CHF");
  /** The Australian dollar. */
  public static final Currency AUD = new Currency("AUD");
  /** The Canadian dollar. */
  public static final Currency CAD = new Currency("CAD");
  /** The Hong Kong dollar. */
  public static final Currency HKD = new Currency("HKD");
  /** The Mexican peso, under pysystemtrade's code {@code "MXP"} (ISO 4217 says {@code "MXN"}). */
  public static final Currency MXP = new Currency("MXP");

  /**
   * Checks that the code is three upper-case ASCII letters.
   *
   * @param code the code, exactly three upper-case ASCII letters {@code A-Z}
   */
  public Currency {
    ArgChecker.notNull(code, "currency code");
    ArgChecker.isTrue(isUpperCaseLetters(code, 3),
        "currency code must be three upper-case ASCII letters but was '{}'", code);
  }

  /**
   * Obtains a currency from its code.
   *
   * @param code the code, three upper-case ASCII letters ({@code "USD"})
   * @return the currency
   */
  public static Currency of(String code) {
    return new Currency(code);
  }

  /**
   * Whether a text is made of exactly {@code length} upper-case ASCII letters {@code A-Z}.
   *
   * @param text the text, not null
   * @param length the required length
   * @return true if it is
   */
  static boolean isUpperCaseLetters(String text, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(Currency o) {
    return code.compareTo(o.code);
  }

  /**
   * The code.
   *
   * @return the three-letter code, as {@link #code()}
   */
  @Override
  public String toString() {
    return code;
  }

  // equals and hashCode written out: the generated ones bootstrap method handles on first use (start-up time)

  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof Currency && code.equals(((Currency) obj).code));
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
