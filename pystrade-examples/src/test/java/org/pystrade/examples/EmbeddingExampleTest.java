package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.system.TradingSystem;

class EmbeddingExampleTest {

  @Test
  void inMemoryDataAndALambdaRuleGiveAPortfolio() {
    TradingSystem system = EmbeddingExample.system(EmbeddingExample.data(1500));
    assertThat(system.failures()).isEmpty();
    assertThat(system.instruments()).extracting(InstrumentCode::value).containsExactly("ALPHA", "BETA");
    AccountStats stats = AccountStats.of(system.accounts().portfolio().netPercent());
    assertThat(stats.annStd()).isBetween(5.0, 60.0);
    // the user rule is computed and combined
    assertThat(system.combine().forecastWeights(InstrumentCode.of("BETA")).names()).contains("momentum20");
    assertThat(system.accounts().bufferedPosition(InstrumentCode.of("BETA"), true).countValid()).isEqualTo(1500);
  }

  @Test
  void mainRuns() {
    EmbeddingExample.main(new String[0]);
    assertThat(EmbeddingExample.data(10).instruments()).hasSize(2);
  }
}
