package org.pystrade.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.combination.DefaultForecastCombine;
import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.combination.ForecastCombineInputs;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.SrCosts;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.optimisation.dm.ForecastCorrelations;
import org.pystrade.optimisation.weights.EstimatedForecastWeights;

/**
 * Rules too expensive for an instrument, as pysystemtrade treats them (checked against pysystemtrade 1.80 run on
 * the same data): {@code forecast_post_ceiling_cost_SR} removes them from fixed weights too, an instrument left
 * without a cheap rule has zero forecast weights and then zero instrument weight, and with estimated weights the
 * forecast correlations behind the FDM are pooled over the instruments with the same cheap rules.
 */
class CostCeilingTest {

  private static TradingSystem system(String configFile, String extra) {
    return system(configFile, extra, DefaultForecastCombine::new);
  }

  private static TradingSystem system(String configFile, String extra,
      Function<ForecastCombineInputs, ForecastCombine> combine) {
    SystemConfig base = SystemConfig.fromYaml(SampleData.directory().resolve("configs/" + configFile));
    TradingSystem.Builder b = TradingSystem.builder().config(base)
        .data(CsvFuturesSimData.open(SampleData.directory())).combine(combine);
    for (String kv : extra.split(";")) {
      String[] p = kv.split("=");
      b.set(p[0], p[1].matches("-?[0-9.]+") ? (Object) Double.valueOf(p[1]) : p[1]);
    }
    return b.build();
  }

  @Test
  void thePostCeilingRemovesExpensiveRulesFromFixedWeightsAndZeroesInstrumentsLeftWithout() {
    TradingSystem s = system("chapter15.yaml", "forecast_post_ceiling_cost_SR=0.01");
    SrCosts costs = ((DefaultAccounts) s.accounts()).srCosts();
    int withRules = 0;
    for (InstrumentCode code : s.instruments()) {
      List<RuleName> cheap = costs.cheapRules(code, 0.01);
      SeriesFrame w = s.combine().forecastWeights(code);
      double lastIw = lastValue(s.portfolio().instrumentWeights(), code.value());
      if (cheap.isEmpty()) {
        for (String n : w.names()) {
          assertThat(lastValue(w, n)).as("%s %s", code, n).isZero();
        }
        assertThat(lastIw).as("instrument weight of %s", code).isZero();
      } else {
        withRules++;
        List<String> expected = new ArrayList<>();
        cheap.forEach(r -> expected.add(r.value()));
        assertThat(w.names()).as("weights of %s", code).containsExactlyInAnyOrderElementsOf(
            s.combine().ruleVariations(code).stream().map(RuleName::value).filter(expected::contains).toList());
        double sum = 0;
        for (String n : w.names()) {
          sum += lastValue(w, n);
        }
        assertThat(sum).isCloseTo(1.0, within(1e-12));
        assertThat(lastIw).isPositive();
      }
    }
    assertThat(withRules).isPositive().isLessThan(s.instruments().size());
  }

  @Test
  void estimatedFdmCorrelationsArePooledOverTheInstrumentsWithTheSameCheapRules() {
    AtomicReference<ForecastCombineInputs> inputs = new AtomicReference<>();
    TradingSystem s = system("chapter15_estimated.yaml", "forecast_weight_estimate.ceiling_cost_SR=0.05", in -> {
      inputs.set(in);
      return new DefaultForecastCombine(in);
    });
    s.accounts().portfolio();
    assertThat(s.failures()).isEmpty();
    SrCosts costs = inputs.get().costs();
    ForecastCorrelations correlations = new ForecastCorrelations(s.config());
    for (InstrumentCode code : s.instruments()) {
      List<InstrumentCode> pool = correlations.pooledInstruments(inputs.get(), s.combine(), code);
      assertThat(pool).isEqualTo(EstimatedForecastWeights.sameCheapRules(inputs.get(), code, 0.05, c -> { }));
      for (InstrumentCode other : pool) {
        assertThat(costs.cheapRules(other, 0.05)).isEqualTo(costs.cheapRules(code, 0.05));
      }
      if (!costs.cheapRules(code, 0.05).isEmpty()) {
        assertThat(s.combine().combinedForecast(code).countValid()).as("combined forecast of %s", code).isPositive();
      }
    }
  }

  private static double lastValue(SeriesFrame f, String column) {
    double[] v = f.column(column).valuesView();
    return v[v.length - 1];
  }
}
