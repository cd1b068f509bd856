package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import org.junit.jupiter.api.Test;

/** An FX pair prices one unit of its base in its quote, as pysystemtrade's {@code EURUSD}. */
class FxPairTest {

  @Test
  void parsesBaseFirst() {
    FxPair pair = FxPair.of("EURUSD");
    assertThat(pair.base()).isEqualTo(Currency.EUR);
    assertThat(pair.quote()).isEqualTo(Currency.USD);
    assertThat(pair.code()).isEqualTo("EURUSD");
    assertThat(pair).hasToString("EURUSD");
  }

  @Test
  void acceptsNonIsoCodes() {
    assertThat(FxPair.of("MXPUSD").base()).isEqualTo(Currency.MXP);
  }

  @Test
  void inverseSwapsTheCurrencies() {
    assertThat(FxPair.of("EURUSD").inverse()).isEqualTo(FxPair.of(Currency.USD, Currency.EUR));
    assertThat(FxPair.of("EURUSD").inverse().inverse()).isEqualTo(FxPair.of("EURUSD"));
  }

  @Test
  void equalsAndHashCodeFollowBothCurrencies() {
    assertThat(FxPair.of("GBPUSD")).isEqualTo(FxPair.of(Currency.GBP, Currency.USD))
        .hasSameHashCodeAs(FxPair.of(Currency.GBP, Currency.USD));
    assertThat(FxPair.of("GBPUSD")).isNotEqualTo(FxPair.of("USDGBP")).isNotEqualTo(FxPair.of("GBPEUR"))
        .isNotEqualTo("GBPUSD");
  }

  @Test
  void rejectsTheSameCurrencyTwice() {
    assertRejects(() -> FxPair.of("USDUSD"), "fx pair base and quote must differ but both were USD");
  }

  @Test
  void rejectsNullCurrencies() {
    assertRejects(() -> FxPair.of(null, Currency.USD), "base must not be null");
    assertRejects(() -> FxPair.of(Currency.USD, null), "quote must not be null");
  }

  @Test
  void rejectsMalformedCodes() {
    assertRejects(() -> FxPair.of((String) null), "fx pair code must not be null");
    for (String bad : new String[] {"", "EURUS", "EURUSDX", "eurusd", "EUR/USD", "EUR1SD"}) {
      assertRejects(() -> FxPair.of(bad),
          "fx pair code must be six upper-case ASCII letters (such as EURUSD) but was '" + bad + "'");
    }
  }
}
