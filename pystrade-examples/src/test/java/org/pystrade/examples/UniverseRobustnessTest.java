package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;
import org.pystrade.data.SharedData;

/**
 * The chapter-15 system on random sets of pysystemtrade's instruments (many currencies, defective data included):
 * every instrument is either in the portfolio or reported with a reason, and the portfolio statistics are finite.
 * Skipped, saying so, when ../shared is absent.
 */
class UniverseRobustnessTest {

  @Test
  void randomUniversesComputeAndReportTheirFailures() {
    assumeTrue(SharedData.futuresData().isPresent(), SharedData.absentMessage());
    FuturesSimData data = SharedData.openFuturesData().get();
    SystemConfig base = SystemConfig.fromYaml(SampleData.directory().resolve("configs/chapter15.yaml"));
    List<InstrumentCode> all = new ArrayList<>(data.instruments());
    Random rnd = new Random(20261124);
    for (int round = 0; round < 3; round++) {
      Collections.shuffle(all, rnd);
      Map<String, Double> weights = new LinkedHashMap<>();
      for (InstrumentCode c : all.subList(0, 15)) {
        weights.put(c.value(), 1.0 / 15);
      }
      TradingSystem system = TradingSystem.builder().config(base).data(data).instrumentWeights(weights)
          .set("use_SR_costs", round == 2).build();
      AccountStats stats = AccountStats.of(system.accounts().portfolio().netPercent());
      assertThat(stats.sharpe()).as("Sharpe of %s", weights.keySet()).isFinite();
      assertThat(system.instruments().size() + system.failures().size())
          .as("every instrument is either used or reported").isGreaterThanOrEqualTo(15);
      system.failures().forEach(f -> assertThat(f.reason()).isNotBlank());
    }
  }

  /**
   * The estimated chapter-15 system (pooled scalars, costs, forecast weights and correlations, estimated instrument
   * weights, FDM and IDM) on random sets of instruments, defective ones included.
   */
  @Test
  void estimatedSystemsOnRandomUniversesComputeAndReportTheirFailures() {
    assumeTrue(SharedData.futuresData().isPresent(), SharedData.absentMessage());
    FuturesSimData data = SharedData.openFuturesData().get();
    SystemConfig base = SystemConfig.fromYaml(SampleData.directory().resolve("configs/chapter15_estimated.yaml"));
    List<InstrumentCode> all = new ArrayList<>(data.instruments());
    Random rnd = new Random(20261125);
    for (int round = 0; round < 2; round++) {
      Collections.shuffle(all, rnd);
      List<String> chosen = new ArrayList<>();
      for (InstrumentCode c : all.subList(0, 8)) {
        chosen.add(c.value());
      }
      TradingSystem system = TradingSystem.builder().config(base).data(data).set("instruments", chosen).build();
      AccountStats stats = AccountStats.of(system.accounts().portfolio().netPercent());
      assertThat(stats.sharpe()).as("Sharpe of %s", chosen).isFinite();
      assertThat(system.instruments().size() + system.failures().size())
          .as("every instrument is either used or reported").isGreaterThanOrEqualTo(8);
      system.failures().forEach(f -> assertThat(f.reason()).isNotBlank());
      for (InstrumentCode c : system.instruments()) {
        assertThat(system.combine().forecastWeights(c).rowCount()).as("forecast weights of %s", c).isPositive();
      }
    }
  }
}
