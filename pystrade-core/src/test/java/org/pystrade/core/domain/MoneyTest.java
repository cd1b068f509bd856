package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    assertThatThrownBy(() -> HUNDRED_EUR.plus(Money.of(1, "USD"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot add 100.0 EUR and 1.0 USD: currencies EUR and USD differ");
    assertThatThrownBy(() -> HUNDRED_EUR.minus(Money.of(1, "GBP"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot subtract 100.0 EUR and 1.0 GBP: currencies EUR and GBP differ");
    assertThatThrownBy(() -> HUNDRED_EUR.plus(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must not be null");
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
    assertThatThrownBy(() -> HUNDRED_EUR.convertedTo(Currency.EUR, 1.08)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate converting EUR to itself must be 1 but was 1.08");
  }

  @Test
  void rejectsBadRatesNamingThePair() {
    for (double bad : new double[] {0, -1.08, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> HUNDRED_EUR.convertedTo(Currency.USD, bad)).as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("rate of EURUSD must be finite and > 0 but was " + bad);
    }
    assertThatThrownBy(() -> HUNDRED_EUR.convertedTo(null, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target must not be null");
  }

  @Test
  void rejectsNonFiniteAmounts() {
    assertThatThrownBy(() -> Money.of(Double.NaN, "USD")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("money amount must be finite but was NaN USD");
    assertThatThrownBy(() -> Money.of(Double.NEGATIVE_INFINITY, Currency.JPY))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("money amount must be finite but was -Infinity JPY");
  }

  @Test
  void rejectsOverflowingResults() {
    Money big = Money.of(Double.MAX_VALUE, "USD");
    assertThatThrownBy(() -> big.plus(big)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("money amount must be finite but was Infinity USD");
    assertThatThrownBy(() -> big.multipliedBy(2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("money amount must be finite but was Infinity USD");
  }

  @Test
  void rejectsNonFiniteFactors() {
    assertThatThrownBy(() -> HUNDRED_EUR.multipliedBy(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor must be finite but was NaN");
  }

  @Test
  void rejectsNullCurrency() {
    assertThatThrownBy(() -> Money.of(1, (Currency) null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency must not be null");
    assertThatThrownBy(() -> Money.of(1, "usd")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency code must be three upper-case ASCII letters but was 'usd'");
  }
}
