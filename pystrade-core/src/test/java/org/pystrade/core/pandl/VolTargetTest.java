package org.pystrade.core.pandl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Money;

class VolTargetTest {

  private static VolTarget read(String yaml) {
    return VolTarget.fromConfig(SystemConfig.fromYaml(yaml, "test.yaml"));
  }

  @Test
  void theDailyCashTargetIsCapitalTimesPercentOverOneHundredOverSixteen() {
    assertThat(new VolTarget(250_000, 25, Currency.EUR).dailyCashVolTarget()).isEqualTo(3906.25);
    assertThat(read("").dailyCashVolTarget()).isEqualTo(1_000_000 * 16 / 100.0 / 16);
    // the order of operations is pysystemtrade's: (capital x percent) / 100 / 16
    assertThat(new VolTarget(3, 0.1, Currency.USD).dailyCashVolTarget()).isEqualTo(3 * 0.1 / 100.0 / 16.0);
  }

  @Test
  void pysystemtradeDefaultsAndTheConfigsValues() {
    assertThat(read("")).isEqualTo(new VolTarget(1_000_000, 16, Currency.USD));
    VolTarget t = read("notional_trading_capital: 500000\npercentage_vol_target: 20\nbase_currency: GBP\n");
    assertThat(t).isEqualTo(new VolTarget(500_000, 20, Currency.GBP));
    assertThat(t.capital()).isEqualTo(Money.of(500_000, Currency.GBP));
  }

  @Test
  void capitalAndTargetMustBePositiveAndFinite() {
    assertThatThrownBy(() -> read("notional_trading_capital: 0\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'notional_trading_capital' must be a number above zero but was 0");
    assertThatThrownBy(() -> new VolTarget(Double.POSITIVE_INFINITY, 16, Currency.USD))
        .isInstanceOf(ConfigException.class).hasMessageContaining("'notional_trading_capital'");
    assertThatThrownBy(() -> read("percentage_vol_target: -20\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'percentage_vol_target' must be a number above zero but was -20");
  }

  @Test
  void aBaseCurrencyThatIsNotACodeIsAConfigError() {
    for (String bad : new String[] {"usd", "DOLLAR", "U1D"}) {
      assertThatThrownBy(() -> read("base_currency: " + bad + "\n")).as(bad).isInstanceOf(ConfigException.class)
          .hasMessage("config key 'base_currency' must be a currency code of three capital letters (USD, EUR, GBP...)"
              + " but was '" + bad + "'");
    }
  }
}
