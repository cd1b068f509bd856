package org.pystrade.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.CashCosts;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.pandl.VolTarget;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.testing.FixedRawData;
import org.pystrade.core.testing.FixedSizing;
import org.pystrade.core.testing.StageFixtures;

class SubsystemPandlTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");
  private static final double NAN = Double.NaN;
  private static final long[] T = StageFixtures.days(5);
  private static final TimeSeries POSITION = StageFixtures.series(T, 1.2, 3.7, 3.9, 2.2, 2.6);
  /** Volatility scalar 10 from Monday, 20 from Wednesday. */
  private static final TimeSeries SCALAR = StageFixtures.series(new long[] {T[0], T[2]}, 10, 20);

  /**
   * AAA and BBB in EUR with a point size of 10, slippage 0.5 points and 1 a contract, prices 100, 101, 103, 102, 104
   * on the position's days; the data's EUR rate is 2 but the sizing stage's 1.1, its capital 5000; BBB's position
   * 1 from Wednesday; cash costs are set up with multiply_roll_costs_by 0.5 and without vol normalisation.
   */
  private static SubsystemPandl subsystems(String method, double size, boolean toEdge, TimeSeries position,
      int rolls) {
    long[] t = position.timestamps();
    TimeSeries prices = StageFixtures.series(t, 100, 101, 103, 102, 104);
    InMemorySimData.Builder data = InMemorySimData.builder();
    FixedRawData raw = new FixedRawData();
    for (InstrumentCode code : List.of(AAA, BBB)) {
      StageFixtures.instrument(data, InstrumentMeta.builder(code).currency("EUR").pointSize(10).spreadCost(0.5)
          .perBlock(1).build(), prices);
      raw.dailyPrices(code, prices).rollsPerYear(code, rolls);
    }
    data.fxRate("EUR", TimeSeries.constant(t, 2.0));
    StageContext context = new StageContext(data.build(), List.of(AAA, BBB), Currency.USD, Parallel.sequential());
    FixedSizing sizing = new FixedSizing(5000).with(AAA, position, SCALAR, TimeSeries.constant(t, 1.1))
        .with(BBB, StageFixtures.series(new long[] {t[2], t[3], t[4]}, 1, 1, 1), SCALAR, TimeSeries.constant(t, 1.1));
    PortfolioParams params = new PortfolioParams(false, Map.of(), 125, Set.of(), false, 1.0, method, size, toEdge);
    CashCosts cashCosts = new CashCosts(context, raw, new CashCosts.Params(0.5, false),
        new VolTarget(1_000_000, 16, Currency.USD));
    return new SubsystemPandl(context, sizing, cashCosts, params);
  }

  @Test
  void theForecastMethodBuffersByTheVolatilityScalarAlone() {
    // buffer |scalar| x 0.1: 1, 1, 2, 2, 2 around 1.2, 3.7, 3.9, 2.2, 2.6
    SubsystemPandl s = subsystems("forecast", 0.1, true, POSITION, 0);
    assertThat(s.bufferedSubsystemPosition(AAA, false).values())
        .containsExactly(new double[] {1.2, 2.7, 2.7, 2.7, 2.7}, within(1e-12));
    // rounded: optimum 1, 4, 4, 2, 3 in [0, 2], [3, 5], [2, 6], [0, 4], [1, 5]
    assertThat(s.bufferedSubsystemPosition(AAA, true).values()).containsExactly(1, 3, 3, 3, 3);
    assertThat(subsystems("forecast", 0.1, false, POSITION, 0).bufferedSubsystemPosition(AAA, true).values())
        .containsExactly(1, 4, 4, 4, 4);
  }

  @Test
  void thePositionMethodBuffersByAShareOfThePosition() {
    // buffer |position| x 0.5: 0.6, 1.85, 1.95, 1.1, 1.3
    assertThat(subsystems("position", 0.5, true, POSITION, 0).bufferedSubsystemPosition(AAA, false).values())
        .containsExactly(new double[] {1.2, 1.85, 1.95, 1.95, 1.95}, within(1e-12));
  }

  @Test
  void withoutBufferingThePositionIsTheOptimumRoundedOrNot() {
    SubsystemPandl s = subsystems("none", 0.1, true, POSITION, 0);
    assertThat(s.bufferedSubsystemPosition(AAA, true).values()).containsExactly(1, 4, 4, 2, 3);
    assertThat(s.bufferedSubsystemPosition(AAA, false).values()).containsExactly(POSITION.values());
  }

  @Test
  void anUnknownBufferMethodBuffersByATinyConstantAsPysystemtrade() {
    SubsystemPandl s = subsystems("frobnicate", 0.1, true, POSITION, 0);
    assertThat(s.bufferedSubsystemPosition(AAA, false).values())
        .containsExactly(new double[] {1.2, 3.699, 3.899, 2.201, 2.599}, within(1e-12));
    assertThat(s.bufferedSubsystemPosition(AAA, true).values()).containsExactly(1, 4, 4, 2, 3);
  }

  @Test
  void theCurveHoldsTheRoundedBufferedPositionADayLateAtTheSizingStagesFxAndCapital() {
    PandlCurve p = subsystems("forecast", 0.1, true, POSITION, 0).pandl(AAA);
    // held 1, 3, 3, 3, 3 from the next day: 1 x 2 on Wednesday, 3 x -1 and 3 x 2 after; x 10 x 1.1
    assertThat(p.gross().values()).containsExactly(new double[] {0, 0, 22, -33, 66}, within(1e-12));
    // 2 contracts bought on Wednesday: 2 x 0.5 x 10 + 2 x 1
    assertThat(p.costs().valueAt(T[2])).isCloseTo(-12 * 1.1, within(1e-12));
    assertThat(p.net().values()).containsExactly(new double[] {0, 0, 22 - 13.2, -33, 66}, within(1e-12));
    assertThat(p.capital()).isEqualTo(5000.0);
  }

  @Test
  void rollsTradeTheWholeAveragePositionWhateverMultiplyRollCostsBySays() {
    // one roll a year, on 1 July 2024; 4 contracts held
    long[] t = StageFixtures.rollWeek();
    PandlCurve p = subsystems("none", 0.1, true, TimeSeries.constant(t, 4), 1).pandl(AAA);
    // 4 bought (slippage 20 + commission 4) and 4 sold (commission 4)
    assertThat(p.costs().timestamps()).containsExactly(t[3]);
    assertThat(p.costs().value(0)).isCloseTo(-28 * 1.1, within(1e-12));
  }

  @Test
  void netPandlAcrossSubsystemsIsOnTheUnionOfTheirDays() {
    SubsystemPandl s = subsystems("none", 0.1, true, POSITION, 0);
    SeriesFrame across = s.acrossSubsystems(List.of(BBB, AAA));
    assertThat(across.names()).containsExactly("BBB", "AAA");
    assertThat(across.timestamps()).containsExactly(T);
    assertThat(across.column("AAA").values()).containsExactly(s.pandl(AAA).net().values());
    // BBB from Wednesday: NaN before
    assertThat(across.column("BBB").value(0)).isNaN();
    assertThat(across.column("BBB").value(1)).isNaN();
    assertThat(across.column("BBB").value(4)).isCloseTo(1 * 2 * 10 * 1.1, within(1e-12));
  }
}
