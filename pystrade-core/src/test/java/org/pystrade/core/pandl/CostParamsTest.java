package org.pystrade.core.pandl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;

class CostParamsTest {

  @Test
  void pysystemtradeDefaultsPoolTurnoverButNotCosts() {
    assertThat(CostParams.fromConfig(SystemConfig.defaults())).isEqualTo(new CostParams(false, true, 10.0));
  }

  @Test
  void theConfigsValuesAreRead() {
    CostParams p = CostParams.fromConfig(SystemConfig.fromYaml("forecast_cost_estimates:\n  use_pooled_costs: True\n"
        + "  use_pooled_turnover: False\naverage_absolute_forecast: 5\n", "test.yaml"));
    assertThat(p).isEqualTo(new CostParams(true, false, 5.0));
  }

  @Test
  void theAverageAbsoluteForecastMustBePositiveAndFinite() {
    for (double bad : new double[] {0, -10, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new CostParams(false, true, bad)).isInstanceOf(ConfigException.class)
          .hasMessage("config key 'average_absolute_forecast' must be a positive number but was " + bad);
    }
    assertThat(CostParams.checkAverageAbsoluteForecast(12.5)).isEqualTo(12.5);
  }
}
