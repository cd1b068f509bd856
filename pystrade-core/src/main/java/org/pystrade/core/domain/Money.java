package org.pystrade.core.domain;

import org.pystrade.core.util.ArgChecker;

/**
 * An amount of money in one currency: a profit, a cost, a capital figure, a value per point.
 *
 * <p>The amount is a real amount: it must be finite (NaN and infinities are rejected, also when an operation's
 * result overflows). A negative zero is stored as zero, so that equal amounts are {@link #equals equal}.
 *
 * <p>Amounts in different currencies cannot be added, subtracted or compared: {@link #plus} and {@link #minus}
 * throw when the currencies differ, and {@code Money} is deliberately not {@link Comparable}; compare
 * {@link #amount()}s after converting to one currency.
 *
 * @param amount the amount, in units of {@code currency}, finite
 * @param currency the currency
 */
public record Money(double amount, Currency currency) {

  /**
   * Checks the currency and that the amount is finite; turns a negative zero into zero.
   *
   * @param amount the amount, in units of {@code currency}, finite
   * @param currency the currency
   */
  public Money {
    ArgChecker.notNull(currency, "currency");
    ArgChecker.isTrue(Double.isFinite(amount), "money amount must be finite but was {} {}", amount, currency);
    amount += 0.0;
  }

  /**
   * Obtains an amount of money.
   *
   * @param amount the amount, finite
   * @param currency the currency
   * @return the money
   */
  public static Money of(double amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * Obtains an amount of money in the currency with the given code.
   *
   * @param amount the amount, finite
   * @param currencyCode the currency's three-letter code ({@code "USD"})
   * @return the money
   */
  public static Money of(double amount, String currencyCode) {
    return new Money(amount, Currency.of(currencyCode));
  }

  /**
   * Adds an amount in the same currency.
   *
   * @param other the amount to add, in this currency
   * @return the sum
   * @throws IllegalArgumentException if the currencies differ, or the sum overflows
   */
  public Money plus(Money other) {
    checkSameCurrency(other, "add");
    return new Money(amount + other.amount, currency);
  }

  /**
   * Subtracts an amount in the same currency.
   *
   * @param other the amount to subtract, in this currency
   * @return the difference, this minus {@code other}
   * @throws IllegalArgumentException if the currencies differ, or the difference overflows
   */
  public Money minus(Money other) {
    checkSameCurrency(other, "subtract");
    return new Money(amount - other.amount, currency);
  }

  private void checkSameCurrency(Money other, String operation) {
    ArgChecker.notNull(other, "other");
    ArgChecker.isTrue(currency.equals(other.currency), "cannot {} {} and {}: currencies {} and {} differ", operation,
        this, other, currency, other.currency);
  }

  /**
   * Multiplies the amount by a factor (a number of contracts, a fraction), keeping the currency.
   *
   * @param factor the factor, finite
   * @return the product
   * @throws IllegalArgumentException if the factor is not finite, or the product overflows
   */
  public Money multipliedBy(double factor) {
    ArgChecker.isTrue(Double.isFinite(factor), "factor must be finite but was {}", factor);
    return new Money(amount * factor, currency);
  }

  /**
   * The opposite amount.
   *
   * @return minus this amount, same currency
   */
  public Money negated() {
    return new Money(-amount, currency);
  }

  /**
   * Whether the amount is zero.
   *
   * @return true if the amount is exactly zero
   */
  public boolean isZero() {
    return amount == 0;
  }

  /**
   * Converts to another currency at a given rate.
   *
   * <p>{@code rate} is the price of one unit of this money's currency in {@code target}: the rate of the pair
   * {@code FxPair.of(currency(), target)}. Converting 100 EUR to USD at an {@code EURUSD} rate of 1.08 gives 108 USD.
   *
   * <p>Converting to this money's own currency is the identity: it returns this money, and the rate must then be
   * exactly 1 (any other rate means the caller looked up the wrong pair, and is rejected).
   *
   * @param target the currency to convert to
   * @param rate the price of one unit of {@link #currency()} in {@code target}, finite and &gt; 0
   * @return the amount in {@code target}
   * @throws IllegalArgumentException if the rate is not positive and finite, is not 1 for a conversion to the same
   *     currency, or the converted amount overflows
   */
  public Money convertedTo(Currency target, double rate) {
    ArgChecker.notNull(target, "target");
    if (target.equals(currency)) {
      ArgChecker.isTrue(rate == 1, "rate converting {} to itself must be 1 but was {}", currency, rate);
      return this;
    }
    ArgChecker.isTrue(rate > 0 && Double.isFinite(rate), "rate of {} must be finite and > 0 but was {}",
        FxPair.of(currency, target), rate);
    return new Money(amount * rate, target);
  }

  /**
   * The amount followed by the currency code.
   *
   * @return for example {@code "250000.0 USD"} (the amount as {@link Double#toString(double)} writes it)
   */
  @Override
  public String toString() {
    return amount + " " + currency.code();
  }
}
