package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.SrCosts;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;
import org.pystrade.optimisation.PysystemtradeEstimators;
import org.pystrade.optimisation.weights.EstimatedForecastWeights;

/**
 * Estimated forecast weights depend on the instrument only through its pool (the instruments with the same cheap
 * rules) and its rules' cost Sharpe ratios: with pooled costs ({@code forecast_cost_estimates.use_pooled_costs})
 * the instruments of one pool share one fit, which makes the estimate linear in the number of instruments; with
 * each instrument's own costs every instrument is fitted, as pysystemtrade does.
 */
class SharedForecastWeightFitTest {

  /** Counts the fits of forecast weights: tasks named "forecast weights CODE" that complete. */
  private static final class Fits implements org.pystrade.optimisation.fitting.EstimationProgress {
    private final List<String> done = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void step(String task, int steps, int total) {
      if (task.startsWith("forecast weights ") && steps == total) {
        done.add(task);
      }
    }
  }

  private static TradingSystem system(Fits fits, boolean pooledCosts) {
    SystemConfig config = SystemConfig.fromYaml(SampleData.directory().resolve("configs/chapter15_estimated.yaml"));
    return TradingSystem.builder().config(config)
        .set("forecast_cost_estimates.use_pooled_costs", pooledCosts)
        .data(SampleData.open()).estimators(PysystemtradeEstimators.standard(fits)).build();
  }

  private static Map<List<RuleName>, List<InstrumentCode>> pools(TradingSystem s, double ceiling) {
    SrCosts costs = ((DefaultAccounts) s.accounts()).srCosts();
    Map<List<RuleName>, List<InstrumentCode>> pools = new LinkedHashMap<>();
    for (InstrumentCode code : s.instruments()) {
      List<RuleName> cheap = costs.cheapRules(code, ceiling);
      if (!cheap.isEmpty()) {
        pools.computeIfAbsent(cheap, k -> new ArrayList<>()).add(code);
      }
    }
    return pools;
  }

  @Test
  void withPooledCostsTheInstrumentsOfAPoolShareOneFit() {
    Fits fits = new Fits();
    TradingSystem s = system(fits, true);
    double ceiling = EstimatedForecastWeights.ceilingCostSr(s.config());
    Map<List<RuleName>, List<InstrumentCode>> pools = pools(s, ceiling);
    for (InstrumentCode code : s.instruments()) {
      SeriesFrame w = s.combine().forecastWeights(code);
      assertThat(w.rowCount()).as("weights of %s", code).isPositive();
    }

    assertThat(pools.values()).anySatisfy(p -> assertThat(p).hasSizeGreaterThan(1));
    assertThat(fits.done).as("one fit per pool").hasSize(pools.size());
  }

  @Test
  void withEachInstrumentsOwnCostsEveryInstrumentIsFitted() {
    Fits fits = new Fits();
    TradingSystem s = system(fits, false);
    double ceiling = EstimatedForecastWeights.ceilingCostSr(s.config());
    int fitted = 0;
    for (List<InstrumentCode> pool : pools(s, ceiling).values()) {
      for (InstrumentCode code : pool) {
        s.combine().forecastWeights(code);
        fitted++;
      }
    }

    assertThat(fits.done).as("one fit per instrument with cheap rules").hasSize(fitted);
  }
}
