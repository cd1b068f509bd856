package org.pystrade.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;

class PortfolioParamsTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");

  private static PortfolioParams read(String yaml) {
    return PortfolioParams.fromConfig(SystemConfig.fromYaml(yaml, "test.yaml"));
  }

  @Test
  void pysystemtradeDefaults() {
    assertThat(read("")).isEqualTo(new PortfolioParams(false, Map.of(), 125, Set.of(), false, 1.0, "forecast", 0.1,
        true));
  }

  @Test
  void theConfigsValuesAreRead() {
    PortfolioParams p = read("instrument_weights: {BBB: 0.3, AAA: 0.7}\ninstrument_weight_ewma_span: 20\n"
        + "allocate_zero_instrument_weights_to_these_instruments: [BBB]\ninstrument_div_multiplier: 1.4\n"
        + "use_instrument_weight_estimates: True\nuse_instrument_div_mult_estimates: True\n"
        + "buffer_method: position\nbuffer_size: 0.2\nbuffer_trade_to_edge: False\n");
    assertThat(p.fixedWeights()).containsExactly(Map.entry(BBB, 0.3), Map.entry(AAA, 0.7));
    assertThat(p).isEqualTo(new PortfolioParams(true, Map.of(AAA, 0.7, BBB, 0.3), 20, Set.of(BBB), true, 1.4,
        "position", 0.2, false));
  }

  @Test
  void weightsSpanMultiplierAndBufferAreChecked() {
    assertThatThrownBy(() -> read("instrument_weights: {AAA: -0.5}\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'instrument_weights.AAA' must be a number of zero or more but was -0.5");
    assertThatThrownBy(() -> read("instrument_weight_ewma_span: 0\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'instrument_weight_ewma_span' must be a number of at least 1 but was 0");
    assertThatThrownBy(() -> read("instrument_div_multiplier: 0\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'instrument_div_multiplier' must be a number above zero but was 0");
    assertThatThrownBy(() -> read("buffer_size: -0.1\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config key 'buffer_size' must be a number of zero or more but was -0.1");
    assertThatThrownBy(() -> new PortfolioParams(false, Map.of(), 125, Set.of(), false, 1, null, 0.1, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bufferMethod must not be null");
  }
}
