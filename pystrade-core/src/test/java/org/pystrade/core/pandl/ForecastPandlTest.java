package org.pystrade.core.pandl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.data.FxRates;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleVariations;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.testing.FixedForecasts;
import org.pystrade.core.testing.FixedRawData;
import org.pystrade.core.testing.StageFixtures;

class ForecastPandlTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final RuleName R = RuleName.of("r");
  /** Base currency per day of a position costing 1 SR unit a year: 500 contracts x vol 2 x 16 x 10 x 1.1 / 365.25. */
  private static final double COST_A_DAY = 500 * 2 * 16 * 10 * 1.1 / 365.25;

  /**
   * AAA in EUR (1.1 USD), point size 10, slippage 0.5 points, 4 rolls a year, volatility 2 points a day. The average
   * position is 1,000,000 x 16% / 16 / (2 x 10) = 500 contracts; the forecast 10, 20, 20, 10, 10 turns over 0.5 x 256
   * = 128 times a year at 0.5 x 10 / (2 x 16 x 10) = 1/64 a trade, plus 4 x 2 / 64 holding: 2.125 a year.
   */
  private static ForecastPandl forecastPandl() {
    long[] t = StageFixtures.days(5);
    InMemorySimData.Builder data = StageFixtures.instrument(InMemorySimData.builder(),
        InstrumentMeta.builder(AAA).currency("EUR").pointSize(10).spreadCost(0.5).build(), StageFixtures.daily(1, 1));
    data.fxRate("EUR", TimeSeries.constant(t, 1.1));
    StageContext context = new StageContext(data.build(), List.of(AAA), Currency.USD, Parallel.sequential());
    FixedRawData raw = new FixedRawData().dailyPrices(AAA, StageFixtures.series(t, 100, 101, 103, 102, 104))
        .dailyReturnsVolatility(AAA, TimeSeries.constant(t, 2)).rollsPerYear(AAA, 4);
    FixedForecasts forecasts = new FixedForecasts().with(AAA, "r", StageFixtures.series(t, 10, 20, 20, 10, 10));
    SrCosts costs = new SrCosts(context, raw, forecasts, RuleVariations.same(List.of(AAA), Set.of(R)),
        new CostParams(false, true, 10));
    assertThat(costs.forecastCost(AAA, R)).isEqualTo(2.125);
    return new ForecastPandl(context, raw, forecasts, costs, new VolTarget(1_000_000, 16, Currency.USD));
  }

  @Test
  void thePositionIsTheAveragePositionTimesForecastOverTenFilledADayLate() {
    PandlCurve p = forecastPandl().pandl(AAA, R);
    // positions 500, 1000, 1000, 500, 500 held from the next day: price moves x 10 x 1.1 of 500 on Wed, 1000 after
    assertThat(p.gross().values()).containsExactly(new double[] {0, 0, 500 * 2 * 11, 1000 * -1 * 11, 1000 * 2 * 11},
        within(1e-9));
    // the SR cost from the first day held, a day's share of a year each
    assertThat(p.costs().values()).containsExactly(new double[] {0, -2.125 * COST_A_DAY, -2.125 * COST_A_DAY,
        -2.125 * COST_A_DAY, -2.125 * COST_A_DAY}, within(1e-9));
    for (int i = 0; i < 5; i++) {
      assertThat(p.net().value(i)).isCloseTo(p.gross().value(i) + p.costs().value(i), within(1e-9));
    }
    assertThat(p.capital()).isEqualTo(1_000_000.0);
  }

  @Test
  void aWeightScalesPositionsAndCosts() {
    ForecastPandl fp = forecastPandl();
    PandlCurve half = fp.pandl(AAA, R, TimeSeries.constant(StageFixtures.days(5), 0.5),
        TimeSeries.constant(StageFixtures.days(5), 1.1),
        1_000_000.0);
    PandlCurve full = fp.pandl(AAA, R);
    for (int i = 0; i < 5; i++) {
      assertThat(half.gross().value(i)).isCloseTo(full.gross().value(i) / 2, within(1e-9));
      assertThat(half.costs().value(i)).isCloseTo(full.costs().value(i) / 2, within(1e-9));
    }
    assertThat(fp.pandl(AAA, R)).isSameAs(full);
  }
}
