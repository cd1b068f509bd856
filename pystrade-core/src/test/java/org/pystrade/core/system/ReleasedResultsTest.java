package org.pystrade.core.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.testing.Collected;
import org.pystrade.core.testing.stages.StageFixture;

/**
 * What a system lets go is computed again to the same bits: the rules' raw forecasts and the vol-attenuated raw
 * forecasts are kept only while in use, and the capped forecasts are released once the combination has combined
 * them (see {@link org.pystrade.core.calc.Retention}). The system is the standard stage fixture's (fixed weights,
 * pooled costs, {@code forecast_post_ceiling_cost_SR}) with one vol-attenuated rule.
 */
class ReleasedResultsTest {

  private static final InstrumentCode BBB = InstrumentCode.of("BBB");

  private static TradingSystem system() {
    return StageFixture.standard().builder().set("use_attenuation", List.of("ewmac8_32")).build();
  }

  @Test
  void cappedForecastsAreKeptUntilCombinedThenLetGoAndComputedAgainToTheSameBits() {
    TradingSystem s = system();
    List<RuleName> rules = s.combine().ruleVariations(BBB);
    Map<String, WeakReference<Object>> first = new LinkedHashMap<>();
    Map<String, long[]> bits = record(s, cappedForecasts(rules), first);
    collect();
    first.forEach((name, ref) -> assertThat(ref.get()).as(name + " is kept until combined").isNotNull());
    // the combination reads them and tells the forecast stage it is done with them
    s.combine().combinedForecast(BBB);
    first.forEach((name, ref) -> Collected.await(ref, name));
    assertThat(record(s, cappedForecasts(rules), new LinkedHashMap<>())).containsExactlyEntriesOf(bits);
  }

  @Test
  void everyResultComputedAgainAfterItsInputsWereLetGoHasTheSameBits() {
    TradingSystem s = system();
    Map<String, Function<TradingSystem, Object>> results = results(s);
    Map<String, WeakReference<Object>> first = new LinkedHashMap<>();
    Map<String, long[]> bits = record(s, results, first);
    // the raw forecasts (in use only) and the capped forecasts (released by the combination) are gone
    first.forEach((name, ref) -> {
      if (name.startsWith("rules.rawForecast") || name.startsWith("scaleCap.rawForecast")
          || name.startsWith("scaleCap.cappedForecast")) {
        Collected.await(ref, name);
      }
    });
    Map<String, long[]> again = record(s, results, new LinkedHashMap<>());
    assertThat(again.keySet()).containsExactlyElementsOf(bits.keySet());
    bits.forEach((name, b) -> assertThat(again.get(name)).as(name).containsExactly(b));
  }

  private static Map<String, Function<TradingSystem, Object>> cappedForecasts(List<RuleName> rules) {
    Map<String, Function<TradingSystem, Object>> m = new LinkedHashMap<>();
    for (RuleName r : rules) {
      m.put("capped(BBB, " + r + ")", t -> t.forecastScaleCap().cappedForecast(BBB, r));
    }
    return m;
  }

  /** Every instrument's forecasts from raw to combined, its positions and P&amp;L, and the portfolio's. */
  private static Map<String, Function<TradingSystem, Object>> results(TradingSystem s) {
    Map<String, Function<TradingSystem, Object>> m = new LinkedHashMap<>();
    for (InstrumentCode c : s.instruments()) {
      for (RuleName r : s.combine().ruleVariations(c)) {
        String args = "(" + c + ", " + r + ")";
        m.put("rules.rawForecast" + args, t -> t.rules().rawForecast(c, r));
        m.put("scaleCap.rawForecast" + args, t -> t.forecastScaleCap().rawForecast(c, r));
        m.put("scaleCap.scaledForecast" + args, t -> t.forecastScaleCap().scaledForecast(c, r));
        m.put("scaleCap.cappedForecast" + args, t -> t.forecastScaleCap().cappedForecast(c, r));
      }
      m.put("combinedForecast(" + c + ")", t -> t.combine().combinedForecast(c));
      m.put("subsystemPosition(" + c + ")", t -> t.positionSizing().subsystemPosition(c));
      m.put("notionalPosition(" + c + ")", t -> t.portfolio().notionalPosition(c));
      m.put("bufferedPosition(" + c + ")", t -> t.accounts().bufferedPosition(c, true));
      m.put("pandl(" + c + ")", t -> t.accounts().pandlForInstrument(c));
    }
    m.put("portfolio", t -> t.accounts().portfolio());
    return m;
  }

  /**
   * Computes each result in order and returns its bits (timestamps, then values), keeping only a weak reference to
   * it (in a method of its own, so that no local variable of the test holds a result).
   */
  private static Map<String, long[]> record(TradingSystem s, Map<String, Function<TradingSystem, Object>> results,
      Map<String, WeakReference<Object>> refs) {
    Map<String, long[]> out = new LinkedHashMap<>();
    results.forEach((name, f) -> {
      Object result = f.apply(s);
      refs.put(name, new WeakReference<>(result));
      out.put(name, bits(result));
    });
    return out;
  }

  private static long[] bits(Object result) {
    List<TimeSeries> series = new ArrayList<>();
    if (result instanceof PandlCurve) {
      PandlCurve p = (PandlCurve) result;
      series.addAll(List.of(p.gross(), p.costs(), p.net()));
    } else {
      series.add((TimeSeries) result);
    }
    int n = 0;
    for (TimeSeries t : series) {
      n += 2 * t.size();
    }
    long[] out = new long[n];
    int k = 0;
    for (TimeSeries t : series) {
      for (int i = 0; i < t.size(); i++) {
        out[k++] = t.timesView()[i];
        out[k++] = Double.doubleToRawLongBits(t.value(i));
      }
    }
    return out;
  }

  private static void collect() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }
}
