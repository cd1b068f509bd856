package org.pystrade.optimisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.system.Estimators;
import org.pystrade.core.system.EstimatorsProvider;

class ServiceProviderTest {

  @Test
  void coreFindsThePysystemtradeEstimators() {
    EstimatorsProvider p = ServiceLoader.load(EstimatorsProvider.class).findFirst().orElseThrow();
    assertThat(p).isInstanceOf(PysystemtradeEstimatorsProvider.class);
    SystemConfig all = SystemConfig.builder().set("use_forecast_scale_estimates", true)
        .set("use_forecast_weight_estimates", true).set("use_forecast_div_mult_estimates", true)
        .set("use_instrument_weight_estimates", true).set("use_instrument_div_mult_estimates", true).build();
    Estimators e = p.estimators(all);
    assertThat(e.forecastScalar()).isPresent();
    assertThat(e.forecastWeights()).isPresent();
    assertThat(e.forecastDiversificationMultiplier()).isPresent();
    assertThat(e.instrumentWeights()).isPresent();
    assertThat(e.instrumentDiversificationMultiplier()).isPresent();
  }

  @Test
  void onlyTheEstimatorsTheConfigSwitchesOnAreMade() {
    Estimators e = new PysystemtradeEstimatorsProvider().estimators(SystemConfig.builder()
        .set("use_forecast_scale_estimates", true).build());
    assertThat(e.forecastScalar()).isPresent();
    assertThat(e.forecastWeights()).isEmpty();
    assertThat(e.instrumentWeights()).isEmpty();
    // every use_*_estimates switch off: no estimate of weights, scalars or multipliers; the correlations of
    // instrument returns are always available (any system may be asked for its risk or optimised positions)
    Estimators defaults = new PysystemtradeEstimatorsProvider().estimators(SystemConfig.defaults());
    assertThat(new Estimators(defaults.forecastScalar(), defaults.forecastWeights(),
        defaults.forecastDiversificationMultiplier(), defaults.instrumentWeights(),
        defaults.instrumentDiversificationMultiplier())).isEqualTo(Estimators.none());
    assertThat(defaults.instrumentReturnsCorrelations()).isPresent();
  }
}
