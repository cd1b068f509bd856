package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A currency is any three upper-case ASCII letters, ISO or pysystemtrade's own. */
class CurrencyTest {

  @Test
  void acceptsIsoAndPysystemtradeCodes() {
    assertThat(Currency.of("USD").code()).isEqualTo("USD");
    assertThat(Currency.of("MXP").code()).isEqualTo("MXP");
    assertThat(Currency.of("KRW")).hasToString("KRW");
  }

  @Test
  void constantsAreTheirCodes() {
    assertThat(List.of(Currency.USD, Currency.EUR, Currency.GBP, Currency.JPY, Currency.CHF, Currency.MXP))
        .extracting(Currency::code).containsExactly("USD", "EUR", "GBP", "JPY", "CHF", "MXP");
  }

  @Test
  void equalsAndHashCodeFollowTheCode() {
    assertThat(Currency.of("EUR")).isEqualTo(Currency.EUR).hasSameHashCodeAs(Currency.EUR);
    assertThat(Currency.of("EUR")).isNotEqualTo(Currency.GBP).isNotEqualTo("EUR");
  }

  @Test
  void ordersByCode() {
    assertThat(new TreeSet<>(List.of(Currency.USD, Currency.CHF, Currency.JPY, Currency.EUR)))
        .containsExactly(Currency.CHF, Currency.EUR, Currency.JPY, Currency.USD);
    assertThat(Currency.USD.compareTo(Currency.USD)).isZero();
  }

  @Test
  void rejectsNull() {
    assertRejects(() -> Currency.of(null), "currency code must not be null");
  }

  @Test
  void rejectsWrongLengthLowerCaseAndNonAscii() {
    for (String bad : new String[] {"", "US", "USDX", "usd", "Usd", "US1", " USD", "ÉUR"}) {
      assertRejects(() -> Currency.of(bad),
          "currency code must be three upper-case ASCII letters but was '" + bad + "'");
    }
  }
}
