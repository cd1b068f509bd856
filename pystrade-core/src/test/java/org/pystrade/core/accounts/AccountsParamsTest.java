package org.pystrade.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;

class AccountsParamsTest {

  private static AccountsParams read(String yaml) {
    return AccountsParams.fromConfig(SystemConfig.fromYaml(yaml, "test.yaml"));
  }

  @Test
  void defaultsAreCashCostsTradingToTheEdgeAndKeepingDefectiveInstruments() {
    assertThat(read("")).isEqualTo(new AccountsParams(false, true, false));
  }

  @Test
  void theConfigsValuesAreRead() {
    assertThat(read("use_SR_costs: True\nbuffer_trade_to_edge: False\nleave_out_defective_instruments: True\n"))
        .isEqualTo(new AccountsParams(true, false, true));
    assertThat(AccountsParams.KEYS).containsExactly("use_SR_costs", "buffer_trade_to_edge",
        "leave_out_defective_instruments");
  }

  @Test
  void aValueThatIsNotABooleanIsAConfigError() {
    assertThatThrownBy(() -> read("leave_out_defective_instruments: maybe\n")).isInstanceOf(ConfigException.class)
        .hasMessage("config key 'leave_out_defective_instruments' must be true or false but was 'maybe'");
  }
}
