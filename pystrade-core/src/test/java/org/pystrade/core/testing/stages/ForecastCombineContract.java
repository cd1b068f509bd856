package org.pystrade.core.testing.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.combination.ForecastCombineInputs;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;

/**
 * The contract of a {@link ForecastCombine} stage: the checks of {@link StageContract} on every method of the stage
 * for every instrument, and what its interface documents: an instrument's rule variations are some of the system's,
 * sorted by name; its forecasts are one column per variation, within the forecast cap; its forecast weights are
 * non-negative, of its variations, and each day's weights sum to one; the FDM is positive; the combined forecast is
 * the weighted sum of the forecasts times the FDM, capped at the forecast cap.
 *
 * <p>Usage: extend it and return the factory of the stage under test.
 * <pre>{@code
 * class MyCombineTest extends ForecastCombineContract {
 *   @Override
 *   protected Function<ForecastCombineInputs, ForecastCombine> factory() {
 *     return MyCombine::new;
 *   }
 * }
 * }</pre>
 */
public abstract class ForecastCombineContract extends StageContract<ForecastCombineInputs, ForecastCombine> {

  /** For subclasses. */
  protected ForecastCombineContract() {
    super(TradingSystem.Builder::combine, TradingSystem::combine);
  }

  @Override
  final List<StageCall> instrumentCalls(TradingSystem system, InstrumentCode c) {
    ForecastCombine f = system.combine();
    return List.of(
        StageCall.configOnly("ruleVariations", c, () -> f.ruleVariations(c)),
        StageCall.of("allForecasts", c, () -> f.allForecasts(c)),
        StageCall.of("forecastWeights", c, () -> f.forecastWeights(c)),
        StageCall.of("forecastDiversificationMultiplier", c, () -> f.forecastDiversificationMultiplier(c)),
        StageCall.of("combinedForecast", c, () -> f.combinedForecast(c)));
  }

  /**
   * An instrument's rule variations are some of the system's, sorted by name, and its forecasts have one column per
   * variation, each within the forecast cap.
   */
  @Test
  public void forecastsAreThoseOfTheRuleVariationsWithinTheCap() {
    TradingSystem s = system();
    double cap = s.forecastScaleCap().forecastCap();
    for (InstrumentCode c : fixture().instruments()) {
      List<RuleName> rules = s.combine().ruleVariations(c);
      assertThat(rules).as("ruleVariations(" + c + ")").isNotEmpty().isSortedAccordingTo(
          (a, b) -> a.value().compareTo(b.value()));
      assertThat(s.tradingRules().keySet()).as("the system's rules").containsAll(rules);
      SeriesFrame forecasts = s.combine().allForecasts(c);
      assertThat(forecasts.names()).as("allForecasts(" + c + ") columns")
          .containsExactlyInAnyOrderElementsOf(names(rules));
      for (String rule : forecasts.names()) {
        SeriesChecks.assertWithinBound("allForecasts(" + c + ") " + rule, forecasts.column(rule), cap);
      }
    }
  }

  /** Forecast weights are of the instrument's rule variations, never negative, and sum to one each day. */
  @Test
  public void forecastWeightsSumToOne() {
    TradingSystem s = system();
    for (InstrumentCode c : fixture().instruments()) {
      SeriesFrame weights = s.combine().forecastWeights(c);
      assertThat(names(s.combine().ruleVariations(c))).as("forecastWeights(" + c + ") columns are rule variations")
          .containsAll(weights.names());
      SeriesChecks.assertWeights("forecastWeights(" + c + ")", weights);
    }
  }

  /**
   * The FDM is positive, and the combined forecast is the sum of each forecast times its weight (the last weight
   * known on the day), times the FDM, clipped to the forecast cap.
   */
  @Test
  public void combinedForecastIsTheWeightedSumTimesTheFdmCapped() {
    TradingSystem s = system();
    ForecastCombine f = s.combine();
    double cap = s.forecastScaleCap().forecastCap();
    for (InstrumentCode c : fixture().instruments()) {
      TimeSeries fdm = f.forecastDiversificationMultiplier(c);
      SeriesChecks.assertAll("forecastDiversificationMultiplier(" + c + ")", fdm, v -> v > 0, "is not positive");
      SeriesFrame forecasts = f.allForecasts(c);
      SeriesFrame weights = f.forecastWeights(c);
      long[] t = forecasts.timesView();
      double[] expected = new double[t.length];
      for (int r = 0; r < t.length; r++) {
        double sum = 0;
        for (int k = 0; k < forecasts.names().size(); k++) {
          String rule = forecasts.names().get(k);
          if (weights.names().contains(rule)) {
            double v = weights.column(rule).padValueAt(t[r]) * forecasts.get(r, k);
            sum += v == v ? v : 0.0;
          }
        }
        expected[r] = Math.max(-cap, Math.min(cap, sum * fdm.padValueAt(t[r])));
      }
      TimeSeries combined = f.combinedForecast(c);
      SeriesChecks.assertWithinBound("combinedForecast(" + c + ")", combined, cap);
      SeriesChecks.assertAgreeWhereBothDefined("combinedForecast(" + c + ")", combined, TimeSeries.of(t, expected));
    }
  }

  private static List<String> names(List<RuleName> rules) {
    List<String> out = new ArrayList<>();
    rules.forEach(r -> out.add(r.value()));
    return out;
  }
}
