package org.pystrade.core.domain;

import org.pystrade.core.util.ArgChecker;

/**
 * A currency pair, in pysystemtrade's sense: the pair {@code "EURUSD"} is priced as the value of one unit of the
 * {@code base} currency (one euro) in the {@code quote} currency (US dollars). A rate of 1.08 for {@code EURUSD}
 * means one euro is worth 1.08 dollars.
 *
 * <p>The two currencies must differ: there is no identity pair such as {@code "USDUSD"}. Converting an amount to its
 * own currency needs no rate and is handled by {@link Money#convertedTo(Currency, double)}.
 *
 * @param base the currency of which one unit is priced
 * @param quote the currency the price is expressed in, different from {@code base}
 */
public record FxPair(Currency base, Currency quote) {

  /**
   * Checks that both currencies are given and differ.
   *
   * @param base the currency of which one unit is priced
   * @param quote the currency the price is expressed in, different from {@code base}
   */
  public FxPair {
    ArgChecker.notNull(base, "base");
    ArgChecker.notNull(quote, "quote");
    ArgChecker.isTrue(!base.equals(quote), "fx pair base and quote must differ but both were {}", base);
  }

  /**
   * Obtains the pair pricing one unit of {@code base} in {@code quote}.
   *
   * @param base the priced currency
   * @param quote the currency of the price, different from {@code base}
   * @return the pair
   */
  public static FxPair of(Currency base, Currency quote) {
    return new FxPair(base, quote);
  }

  /**
   * Parses a pair from its six-letter code, base first: {@code "EURUSD"} is euros priced in US dollars.
   *
   * @param code six upper-case ASCII letters, two different currency codes run together
   * @return the pair
   */
  public static FxPair of(String code) {
    ArgChecker.notNull(code, "fx pair code");
    ArgChecker.isTrue(Currency.isUpperCaseLetters(code, 6),
        "fx pair code must be six upper-case ASCII letters (such as EURUSD) but was '{}'", code);
    return new FxPair(Currency.of(code.substring(0, 3)), Currency.of(code.substring(3)));
  }

  /**
   * The six-letter code, base first, as pysystemtrade names FX series.
   *
   * @return for example {@code "EURUSD"}
   */
  public String code() {
    return base.code() + quote.code();
  }

  /**
   * The reverse pair: {@code USDEUR} for {@code EURUSD}. Its rate is the reciprocal of this pair's rate.
   *
   * @return the pair with base and quote swapped
   */
  public FxPair inverse() {
    return new FxPair(quote, base);
  }

  /**
   * The six-letter code.
   *
   * @return the same as {@link #code()}
   */
  @Override
  public String toString() {
    return code();
  }

  // equals and hashCode written out: the generated ones bootstrap method handles on first use (start-up time)

  @Override
  public boolean equals(Object obj) {
    return this == obj
        || (obj instanceof FxPair && base.equals(((FxPair) obj).base) && quote.equals(((FxPair) obj).quote));
  }

  @Override
  public int hashCode() {
    return 31 * base.hashCode() + quote.hashCode();
  }
}
