package org.pystrade.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.incremental.IncrementalSystem;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;

/**
 * Asserts that an {@link IncrementalSystem} holds, bit for bit, what the same system computed in full gives: every
 * stage's series of every instrument, the instrument weights and IDM, the P&amp;L and the optimal positions.
 */
public final class SameAsFull {

  private SameAsFull() {
  }

  /**
   * Every stage's series, the weights, the P&amp;L and the optimal positions, compared bit for bit.
   *
   * @param inc the incremental system
   * @param full the system computed in full on the same data
   * @param when what to name the comparison by (a day)
   */
  public static void assertSameAsFull(IncrementalSystem inc, TradingSystem full, String when) {
    assertThat(inc.instruments()).as("instruments %s", when).isEqualTo(full.instruments());
    for (InstrumentCode c : full.instruments()) {
      String at = c + " " + when + ": ";
      same(at + "daily prices", full.rawData().dailyPrices(c), inc.dailyPrices(c));
      same(at + "volatility", full.rawData().dailyReturnsVolatility(c), inc.dailyReturnsVolatility(c));
      same(at + "denominator price", full.rawData().dailyDenominatorPrice(c), inc.dailyDenominatorPrice(c));
      same(at + "annualised roll", full.rawData().dailyAnnualisedRoll(c), inc.dailyAnnualisedRoll(c));
      same(at + "raw carry", full.rawData().rawCarry(c), inc.rawCarry(c));
      for (RuleName r : full.tradingRules().keySet()) {
        same(at + "raw " + r, full.rules().rawForecast(c, r), inc.rawForecast(c, r));
      }
      assertThat(inc.ruleVariations(c)).isEqualTo(full.combine().ruleVariations(c));
      for (RuleName r : full.combine().ruleVariations(c)) {
        same(at + "capped " + r, full.forecastScaleCap().cappedForecast(c, r), inc.cappedForecast(c, r));
      }
      sameFrame(at + "forecast weights", full.combine().forecastWeights(c), inc.forecastWeights(c));
      same(at + "FDM", full.combine().forecastDiversificationMultiplier(c), inc.forecastDiversificationMultiplier(c));
      same(at + "combined", full.combine().combinedForecast(c), inc.combinedForecast(c));
      same(at + "vol scalar", full.positionSizing().volatilityScalar(c), inc.volatilityScalar(c));
      same(at + "subsystem", full.positionSizing().subsystemPosition(c), inc.subsystemPosition(c));
      same(at + "notional", full.portfolio().notionalPosition(c), inc.notionalPosition(c));
      same(at + "buffer", full.portfolio().buffer(c), inc.buffer(c));
      same(at + "upper", full.portfolio().upperBuffer(c), inc.upperBuffer(c));
      same(at + "lower", full.portfolio().lowerBuffer(c), inc.lowerBuffer(c));
      same(at + "buffered", full.accounts().bufferedPosition(c, true), inc.bufferedPosition(c));
      sameCurve(at + "P&L", full.accounts().pandlForInstrument(c), inc.pandlForInstrument(c));
    }
    sameFrame("instrument weights " + when, full.portfolio().instrumentWeights(), inc.instrumentWeights());
    same("IDM " + when, full.portfolio().instrumentDiversificationMultiplier(),
        inc.instrumentDiversificationMultiplier());
    sameCurve("portfolio P&L " + when, full.accounts().portfolio(), inc.portfolioPandl());
    assertThat(inc.optimalPositions()).as("optimal positions %s", when).isEqualTo(full.optimalPositions());
  }

  private static void sameCurve(String what, PandlCurve expected, PandlCurve actual) {
    same(what + " gross", expected.gross(), actual.gross());
    same(what + " costs", expected.costs(), actual.costs());
    same(what + " net", expected.net(), actual.net());
  }

  private static void sameFrame(String what, SeriesFrame expected, SeriesFrame actual) {
    assertThat(actual.names()).as(what).isEqualTo(expected.names());
    Map<String, TimeSeries> e = expected.toMap();
    Map<String, TimeSeries> a = actual.toMap();
    for (String name : expected.names()) {
      same(what + " " + name, e.get(name), a.get(name));
    }
  }

  /**
   * The same timestamps and the same doubles (NaN equal to NaN, 0.0 not equal to -0.0).
   *
   * @param what what is compared, for the message
   * @param expected the expected series
   * @param actual the actual series
   */
  public static void same(String what, TimeSeries expected, TimeSeries actual) {
    assertThat(actual.timesView()).as("%s: timestamps", what).isEqualTo(expected.timesView());
    double[] e = expected.valuesView();
    double[] a = actual.valuesView();
    if (!Arrays.equals(e, a)) {
      int i = 0;
      while (Double.doubleToLongBits(e[i]) == Double.doubleToLongBits(a[i])) {
        i++;
      }
      throw new AssertionError(what + ": first difference on " + Timestamps.format(expected.time(i)) + " (row " + i
          + " of " + e.length + "): expected " + e[i] + " but was " + a[i]);
    }
  }

}
