package org.pystrade.optimisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.pystrade.core.estimation.EstimatorsProvider;

class ServiceProviderTest {

  @Test
  void coreFindsThePysystemtradeEstimators() {
    EstimatorsProvider p = ServiceLoader.load(EstimatorsProvider.class).findFirst().orElseThrow();
    assertThat(p).isInstanceOf(PysystemtradeEstimatorsProvider.class);
    assertThat(p.estimators().forecastScalar()).isPresent();
    assertThat(p.estimators().forecastDiversificationMultiplier()).isPresent();
    assertThat(p.estimators().instrumentDiversificationMultiplier()).isPresent();
  }
}
