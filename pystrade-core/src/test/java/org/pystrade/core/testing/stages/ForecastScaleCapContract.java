package org.pystrade.core.testing.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.testing.stages.SeriesChecks.assertSameValues;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.forecast.ForecastScaleCap;
import org.pystrade.core.forecast.ForecastScaleCapInputs;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;

/**
 * The contract of a {@link ForecastScaleCap} stage: the checks of {@link StageContract} on the scalar, scaled and
 * capped forecast of every rule variation for every instrument, and what its interface documents: the cap is
 * positive; the stage's raw forecast (vol attenuated or not) is on the rules' raw forecast's index; the scalar is
 * positive and on the raw forecast's index; the scaled forecast is the stage's raw forecast times the scalar; the
 * capped forecast is the scaled one clipped to {@code [-cap, cap]}, so never beyond the cap; capped forecasts asked
 * for after the combination said it combined them are the same bits; an unknown rule variation gives an exception
 * naming it.
 *
 * <p>Usage: extend it and return the factory of the stage under test.
 * <pre>{@code
 * class MyScaleCapTest extends ForecastScaleCapContract {
 *   @Override
 *   protected Function<ForecastScaleCapInputs, ForecastScaleCap> factory() {
 *     return MyScaleCap::new;
 *   }
 * }
 * }</pre>
 */
public abstract class ForecastScaleCapContract extends StageContract<ForecastScaleCapInputs, ForecastScaleCap> {

  /** For subclasses. */
  protected ForecastScaleCapContract() {
    super(TradingSystem.Builder::forecastScaleCap, TradingSystem::forecastScaleCap);
  }

  @Override
  final List<StageCall> systemCalls(TradingSystem system) {
    return List.of(StageCall.configOnly("forecastCap", "", () -> system.forecastScaleCap().forecastCap()));
  }

  @Override
  final List<StageCall> instrumentCalls(TradingSystem system, InstrumentCode c) {
    ForecastScaleCap f = system.forecastScaleCap();
    List<StageCall> out = new ArrayList<>();
    for (RuleName rule : system.tradingRules().keySet()) {
      String args = c + ", " + rule;
      out.add(StageCall.of("rawForecast", args, () -> f.rawForecast(c, rule)));
      out.add(StageCall.of("forecastScalar", args, () -> f.forecastScalar(c, rule)));
      out.add(StageCall.of("scaledForecast", args, () -> f.scaledForecast(c, rule)));
      out.add(StageCall.of("cappedForecast", args, () -> f.cappedForecast(c, rule)));
    }
    return out;
  }

  /**
   * The scalar is positive and on the raw forecast's index, the scaled forecast is the raw forecast times the scalar,
   * and the capped forecast is the scaled forecast clipped to the cap, which is positive.
   */
  @Test
  public void forecastsAreScaledThenCapped() {
    TradingSystem s = system();
    ForecastScaleCap f = s.forecastScaleCap();
    double cap = f.forecastCap();
    assertThat(cap).as("forecastCap()").isPositive().isFinite();
    for (InstrumentCode c : fixture().instruments()) {
      for (RuleName rule : s.tradingRules().keySet()) {
        String args = "(" + c + ", " + rule + ")";
        TimeSeries raw = f.rawForecast(c, rule);
        assertThat(raw.timestamps()).as("rawForecast" + args + " is on the rules' raw forecast's index")
            .isEqualTo(s.rules().rawForecast(c, rule).timestamps());
        TimeSeries scalar = f.forecastScalar(c, rule);
        assertThat(scalar.timestamps()).as("forecastScalar" + args + " is on the raw forecast's index")
            .isEqualTo(raw.timestamps());
        SeriesChecks.assertAll("forecastScalar" + args, scalar, v -> v > 0, "is not positive");
        TimeSeries scaled = f.scaledForecast(c, rule);
        assertSameValues("scaledForecast" + args, scaled, raw.times(scalar));
        TimeSeries capped = f.cappedForecast(c, rule);
        SeriesChecks.assertWithinBound("cappedForecast" + args, capped, cap);
        assertSameValues("cappedForecast" + args, capped, scaled.clip(-cap, cap));
      }
    }
  }

  /**
   * Once the combination has said it combined an instrument's capped forecasts ({@link
   * ForecastScaleCap#forecastsCombined}), asking for them again gives the same bits, whether the stage kept them or
   * let them go and computes them again.
   */
  @Test
  public void forecastsAskedForAfterTheyWereCombinedAreTheSame() {
    TradingSystem s = system();
    ForecastScaleCap f = s.forecastScaleCap();
    List<RuleName> rules = new ArrayList<>(s.tradingRules().keySet());
    for (InstrumentCode c : fixture().instruments()) {
      List<long[]> before = new ArrayList<>();
      for (RuleName rule : rules) {
        before.add(bits(f.cappedForecast(c, rule)));
      }
      f.forecastsCombined(c, rules);
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      for (int r = 0; r < rules.size(); r++) {
        assertThat(bits(f.cappedForecast(c, rules.get(r))))
            .as("cappedForecast(" + c + ", " + rules.get(r) + ") after forecastsCombined")
            .containsExactly(before.get(r));
      }
    }
  }

  /** The timestamps and the values' bits of a series. */
  private static long[] bits(TimeSeries series) {
    long[] out = new long[2 * series.size()];
    for (int i = 0; i < series.size(); i++) {
      out[2 * i] = series.timesView()[i];
      out[2 * i + 1] = Double.doubleToRawLongBits(series.value(i));
    }
    return out;
  }

  /** A rule variation the system does not have gives an exception naming it. */
  @Test
  public void anUnknownRuleGivesAnExceptionNamingIt() {
    RuleName unknown = RuleName.of("no_such_rule");
    ForecastScaleCap f = system().forecastScaleCap();
    InstrumentCode c = fixture().instruments().get(0);
    String args = c + ", " + unknown;
    assertEachThrowsNaming(List.of(
        StageCall.of("forecastScalar", args, () -> f.forecastScalar(c, unknown)),
        StageCall.of("scaledForecast", args, () -> f.scaledForecast(c, unknown)),
        StageCall.of("cappedForecast", args, () -> f.cappedForecast(c, unknown))), unknown.value());
  }
}
