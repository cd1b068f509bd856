package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import org.junit.jupiter.api.Test;

/** Money is a finite amount in one currency; arithmetic never mixes currencies. */
class MoneyTest {

  private static final Money HUNDRED_EUR = Money.of(100, Currency.EUR);

  @Test
  void holdsAmountAndCurrency() {
    Money m = Money.of(250_000, "USD");
    assertThat(m.amount()).isEqualTo(250_000.0);
    assertThat(m.currency()).isEqualTo(Currency.USD);
    assertThat(m).hasToString("250000.0 USD");
  }

  @Test
  void addsSubtractsMultipliesAndNegatesInOneCurrency() {
    assertThat(HUNDRED_EUR.plus(Money.of(2.5, "EUR"))).isEqualTo(Money.of(102.5, "EUR"));
    assertThat(HUNDRED_EUR.minus(Money.of(150, "EUR"))).isEqualTo(Money.of(-50, "EUR"));
    assertThat(HUNDRED_EUR.multipliedBy(-3)).isEqualTo(Money.of(-300, "EUR"));
    assertThat(HUNDRED_EUR.negated()).isEqualTo(Money.of(-100, "EUR"));
  }

  @Test
  void zeroIsZeroWhateverItsSign() {
    assertThat(Money.of(0, "USD").isZero()).isTrue();
    assertThat(Money.of(-0.0, "USD")).isEqualTo(Money.of(0, "USD")).hasToString("0.0 USD");
    assertThat(Money.of(0, "USD").negated()).isEqualTo(Money.of(0, "USD"));
    assertThat(HUNDRED_EUR.isZero()).isFalse();
  }

  @Test
  void refusesToMixCurrencies() {
    assertRejects(() -> HUNDRED_EUR.plus(Money.of(1, "USD")),
        "cannot add 100.0 EUR and 1.0 USD: currencies EUR and USD differ");
    assertRejects(() -> HUNDRED_EUR.minus(Money.of(1, "GBP")),
        "cannot subtract 100.0 EUR and 1.0 GBP: currencies EUR and GBP differ");
    assertRejects(() -> HUNDRED_EUR.plus(null), "other must not be null");
  }

  @Test
  void convertsAtThePriceOfItsCurrencyInTheTarget() {
    Money usd = HUNDRED_EUR.convertedTo(Currency.USD, 1.08);
    assertThat(usd.currency()).isEqualTo(Currency.USD);
    assertThat(usd.amount()).isEqualTo(100 * 1.08);
  }

  @Test
  void convertingToItsOwnCurrencyIsTheIdentityAtRateOne() {
    assertThat(HUNDRED_EUR.convertedTo(Currency.EUR, 1.0)).isSameAs(HUNDRED_EUR);
    assertRejects(() -> HUNDRED_EUR.convertedTo(Currency.EUR, 1.08),
        "rate converting EUR to itself must be 1 but was 1.08");
  }

  @Test
  void rejectsBadRatesNamingThePair() {
    for (double bad : new double[] {0, -1.08, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertRejects(() -> HUNDRED_EUR.convertedTo(Currency.USD, bad),
          "rate of EURUSD must be finite and > 0 but was " + bad);
    }
    assertRejects(() -> HUNDRED_EUR.convertedTo(null, 1), "target must not be null");
  }

  @Test
  void rejectsNonFiniteAmounts() {
    assertRejects(() -> Money.of(Double.NaN, "USD"), "money amount must be finite but was NaN USD");
    assertRejects(() -> Money.of(Double.NEGATIVE_INFINITY, Currency.JPY),
        "money amount must be finite but was -Infinity JPY");
  }

  @Test
  void rejectsOverflowingResults() {
    Money big = Money.of(Double.MAX_VALUE, "USD");
    assertRejects(() -> big.plus(big), "money amount must be finite but was Infinity USD");
    assertRejects(() -> big.multipliedBy(2), "money amount must be finite but was Infinity USD");
  }

  @Test
  void rejectsNonFiniteFactors() {
    assertRejects(() -> HUNDRED_EUR.multipliedBy(Double.NaN), "factor must be finite but was NaN");
  }

  @Test
  void rejectsNullCurrency() {
    assertRejects(() -> Money.of(1, (Currency) null), "currency must not be null");
    assertRejects(() -> Money.of(1, "usd"), "currency code must be three upper-case ASCII letters but was 'usd'");
  }
}
