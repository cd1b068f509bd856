package org.pystrade.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.VolTarget;

class SizingParamsTest {

  private static final VolTarget TARGET = new VolTarget(100_000, 20, Currency.USD);

  @Test
  void defaultsAreNoLongOnlyInstrumentsAndAnAverageForecastOfTen() {
    SizingParams p = SizingParams.fromConfig(SystemConfig.defaults(), TARGET);
    assertThat(p).isEqualTo(new SizingParams(TARGET, 10.0, Set.of()));
  }

  @Test
  void longOnlyInstrumentsAndTheAverageForecastAreRead() {
    SizingParams p = SizingParams.fromConfig(SystemConfig.fromYaml("long_only_instruments: [AAA, BBB]\n"
        + "average_absolute_forecast: 8\n", "t"), TARGET);
    assertThat(p.longOnlyInstruments()).containsExactlyInAnyOrder(InstrumentCode.of("AAA"), InstrumentCode.of("BBB"));
    assertThat(p.averageAbsoluteForecast()).isEqualTo(8.0);
    assertThat(p.volTarget()).isSameAs(TARGET);
    assertThat(SizingParams.fromConfig(SystemConfig.fromYaml("long_only_instruments: CCC\n", "t"), TARGET)
        .longOnlyInstruments()).containsExactly(InstrumentCode.of("CCC"));
  }

  @Test
  void aNonPositiveAverageForecastOrNoTargetIsRejected() {
    assertThatThrownBy(() -> SizingParams.fromConfig(SystemConfig.fromYaml("average_absolute_forecast: 0\n", "t"),
        TARGET)).isInstanceOf(ConfigException.class)
        .hasMessage("config key 'average_absolute_forecast' must be a number above zero but was 0 (in t)");
    assertThatThrownBy(() -> new SizingParams(null, 10, Set.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volTarget must not be null");
  }
}
