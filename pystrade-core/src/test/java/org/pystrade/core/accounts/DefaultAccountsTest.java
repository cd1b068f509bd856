package org.pystrade.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.testing.FixedRawData;
import org.pystrade.core.testing.FixedSizing;
import org.pystrade.core.testing.StageFixtures;

class DefaultAccountsTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");
  private static final long[] T = StageFixtures.days(7);
  private static final long[] AAA_DAYS = {T[0], T[1], T[2], T[3], T[4]};
  private static final long[] BBB_DAYS = {T[2], T[3], T[4], T[5], T[6]};
  /** One instrument, weight 1, IDM 1, no smoothing, cash costs not deflated by volatility. */
  private static final String ONE = "instrument_weights: {AAA: 1.0}\ninstrument_weight_ewma_span: 1\n"
      + "vol_normalise_currency_costs: False\n";

  /**
   * AAA (Monday to Friday) and BBB (Wednesday to the next Tuesday) in USD, point size 10, slippage 0.5 points and 1
   * a contract, no rolls, volatility 2 points a day; AAA's subsystem position 10, 11, 13, 9, 9.5 at prices 100,
   * 101, 103, 102, 104 (volatility scalar 20); BBB's 50 at prices 100, 100, 0, 100, 100; capital 10,000.
   */
  private static TradingSystem system(String yaml) {
    InMemorySimData.Builder data = InMemorySimData.builder();
    FixedRawData raw = new FixedRawData();
    FixedSizing sizing = new FixedSizing(10_000);
    TimeSeries[] prices = {StageFixtures.series(AAA_DAYS, 100, 101, 103, 102, 104),
        StageFixtures.series(BBB_DAYS, 100, 100, 0, 100, 100)};
    TimeSeries[] positions = {StageFixtures.series(AAA_DAYS, 10, 11, 13, 9, 9.5),
        TimeSeries.constant(BBB_DAYS, 50)};
    InstrumentCode[] codes = {AAA, BBB};
    for (int i = 0; i < 2; i++) {
      long[] t = prices[i].timestamps();
      StageFixtures.instrument(data, InstrumentMeta.builder(codes[i]).pointSize(10).spreadCost(0.5).perBlock(1)
          .build(), prices[i]);
      raw.dailyPrices(codes[i], prices[i]).dailyReturnsVolatility(codes[i], TimeSeries.constant(t, 2))
          .rollsPerYear(codes[i], 0);
      sizing.with(codes[i], positions[i], TimeSeries.constant(t, 20), TimeSeries.constant(t, 1));
    }
    return TradingSystem.builder().config(SystemConfig.fromYaml(yaml, "test.yaml")).data(data.build())
        .rawData(in -> raw).positionSizing(in -> sizing).build();
  }

  @Test
  void theHeldPositionStaysInsideTheBuffersTradingToTheEdgeOrTheOptimum() {
    // buffers 20% of the position: [8, 12], [8.8, 13.2], [10.4, 15.6], [7.2, 10.8], [7.6, 11.4]
    String position = ONE + "buffer_method: position\nbuffer_size: 0.2\n";
    Accounts edge = system(position).accounts();
    assertThat(edge.bufferedPosition(AAA, false).values()).containsExactly(new double[] {10, 10, 10.4, 10.4, 10.4},
        within(1e-12));
    Accounts optimum = system(position + "buffer_trade_to_edge: False\n").accounts();
    assertThat(optimum.bufferedPosition(AAA, false).values()).containsExactly(10, 10, 13, 9, 9);
    // rounded: optimum 10, 11, 13, 9, 10 (half to even) in [8, 12], [9, 13], [10, 16], [7, 11], [8, 11]
    assertThat(optimum.bufferedPosition(AAA, true).values()).containsExactly(10, 10, 10, 10, 10);
  }

  @Test
  void netPandlIsGrossPlusCashCosts() {
    // no buffering (0.001) trading to the optimum, rounded: 9.5 rounds to 10 but 9 is inside [rint(9.499),
    // rint(9.501)] = [9, 10]
    Accounts accounts = system(ONE + "buffer_method: none\nbuffer_trade_to_edge: False\n").accounts();
    assertThat(accounts.bufferedPosition(AAA, true).values()).containsExactly(10, 11, 13, 9, 9);
    PandlCurve p = accounts.pandlForInstrument(AAA);
    // held a day late: 10 x 2, 11 x -1, 13 x 2 points of 10
    assertThat(p.gross().values()).containsExactly(0, 0, 200, -110, 260);
    // 1, 2 and 4 contracts traded: 5 + 1, 10 + 2, 20 + 4; costs start at the first trade
    assertThat(p.costs().timestamps()).containsExactly(T[2], T[3], T[4]);
    assertThat(p.costs().values()).containsExactly(-6, -12, -24);
    assertThat(p.net().values()).containsExactly(0, 0, 194, -122, 236);
    assertThat(p.capital()).isEqualTo(10_000.0);
    PandlCurve unrounded = accounts.pandlForInstrument(AAA, false, false);
    // held the same day, unrounded: 10 x 1, 11 x 2, 13 x -1, 9 x 2 points of 10
    assertThat(unrounded.gross().values()).containsExactly(0, 100, 220, -130, 180);
  }

  @Test
  void withSrCostsTheCostIsASharpeRatioDragOnTheAveragePosition() {
    PandlCurve p = system(ONE + "buffer_method: none\nbuffer_trade_to_edge: False\nuse_SR_costs: True\n")
        .accounts().pandlForInstrument(AAA);
    assertThat(p.gross().values()).containsExactly(0, 0, 200, -110, 260);
    // average position 1 x 1 x 20; turnover of 10, 11, 13, 9, 9 over it: (0.1 + 0.2 + 0) / 3 x 256; a trade
    // costs (0.5 x 10 + 1) / (2 x 16 x 10); charged on 20 contracts' annual volatility 2 x 16 x 10, a day at a time
    double srCost = (0.1 + 0.2 + 0) / 3 * 256 * 6 / 320;
    double day = -srCost * 20 * 2 * 16 * 10 / 365.25;
    assertThat(p.costs().values()).containsExactly(new double[] {0, day, day, day, day}, within(1e-9));
    for (int i = 0; i < 5; i++) {
      assertThat(p.net().value(i)).isCloseTo(p.gross().value(i) + p.costs().value(i), within(1e-9));
    }
  }

  @Test
  void turnoverIsTheMeanAbsoluteDailyChangeOverTheAveragePositionAYear() {
    Accounts accounts = system(ONE + "buffer_method: none\nbuffer_trade_to_edge: False\n").accounts();
    // held 10, 11, 13, 9, 9 against an average position of 20 x 1 x 1, smoothed with min_periods=2 (so the first
    // day has none): changes 2, -4, 0 of 20 over three days, 256 days a year
    assertThat(accounts.instrumentTurnover(AAA)).isCloseTo((0.1 + 0.2 + 0) / 3 * 256, within(1e-12));
    assertThat(accounts.totalPortfolioLevelTurnover()).isCloseTo((0.1 + 0.2 + 0) / 3 * 256, within(1e-12));
    // the subsystem position 10, 11, 13, 9, 9.5 against the volatility scalar 20
    assertThat(accounts.subsystemTurnover(AAA)).isCloseTo((0.1 + 0.2 + 0.025) / 3 * 256, within(1e-12));
  }

  @Test
  void instrumentTurnoverIsAgainstTheInstrumentsShareWhilePortfolioTurnoverIsAgainstTheWholeCapital() {
    Accounts accounts = system("instrument_weights: {AAA: 0.25, BBB: 0.25}\ninstrument_div_multiplier: 2\n"
        + "instrument_weight_ewma_span: 1\nbuffer_method: none\nbuffer_trade_to_edge: False\n").accounts();
    // the weights are normalised to 1 on the days each instrument has: AAA alone on its first two days (weight 1,
    // x IDM 2), then half each; AAA holds 20, 22, 13, 9, 9 and BBB 50 all along (no turnover)
    assertThat(accounts.bufferedPosition(AAA, true).values()).containsExactly(20, 22, 13, 9, 9);
    assertThat(accounts.instrumentTurnover(BBB)).isZero();
    // against the whole capital's average position (the volatility scalar 20): changes 9 and 4 of 20 over three
    // days (the first day has no smoothed average, so neither has the second a change)
    assertThat(accounts.totalPortfolioLevelTurnover()).isCloseTo((0.45 + 0.2 + 0) / 3 * 256, within(1e-12));
    // against AAA's own average position 40, 40, 20, 20, 20, smoothed as pandas' ewm(com=250, min_periods=2)
    double[] average = {40, 40, 20, 20, 20};
    double[] held = {20, 22, 13, 9, 9};
    double decay = 1 - 1 / 251.0;
    double sum = 0;
    double weights = 0;
    double[] ratio = new double[5];
    for (int i = 0; i < 5; i++) {
      sum = sum * decay + average[i];
      weights = weights * decay + 1;
      ratio[i] = i == 0 ? Double.NaN : held[i] / (sum / weights);
    }
    double expected = (Math.abs(ratio[2] - ratio[1]) + Math.abs(ratio[3] - ratio[2]) + Math.abs(ratio[4] - ratio[3]))
        / 3 * 256;
    assertThat(accounts.instrumentTurnover(AAA)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void thePortfolioSumsTheInstrumentsOnTheUnionOfTheirDays() {
    Accounts accounts = system("instrument_weights: {AAA: 0.5, BBB: 0.5}\ninstrument_div_multiplier: 2\n")
        .accounts();
    PandlCurve total = accounts.portfolio();
    PandlCurve a = accounts.pandlForInstrument(AAA);
    PandlCurve b = accounts.pandlForInstrument(BBB);
    assertThat(total.net().timestamps()).containsExactly(T);
    assertThat(total.net().values()).containsExactly(sumOnUnion(a.net(), b.net()));
    assertThat(total.gross().values()).containsExactly(sumOnUnion(a.gross(), b.gross()));
    assertThat(total.costs().values()).containsExactly(sumOnUnion(a.costs(), b.costs()));
    assertThat(total.net().value(0)).isEqualTo(a.net().value(0));
    assertThat(total.net().value(6)).isEqualTo(b.net().valueAt(T[6]));
  }

  @Test
  void sumsSharedAmongThreadsAreTheSumsOnOneThreadToTheBit() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(8);
    java.util.List<java.util.List<TimeSeries>> lists = new java.util.ArrayList<>();
    for (int l = 0; l < 3; l++) {
      java.util.List<TimeSeries> series = new java.util.ArrayList<>();
      for (int k = 0; k < 30; k++) {
        // later and later starts on one calendar, and one series on every other day
        int start = rnd.nextInt(6000);
        int step = k == 7 ? 2 : 1;
        long[] t = new long[9000 - start];
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) {
          t[i] = (start + (long) i * step) * 86_400L;
          v[i] = rnd.nextInt(20) == 0 ? Double.NaN : rnd.nextGaussian() * 1e4;
        }
        series.add(TimeSeries.of(t, v));
      }
      lists.add(series);
    }
    java.util.List<TimeSeries> together = DefaultAccounts.sumsOnUnion(lists,
        org.pystrade.core.calc.Parallel.of(3));
    for (int l = 0; l < 3; l++) {
      // the plain way: every series' values added to their days in series order
      TreeMap<Long, Double> sum = new TreeMap<>();
      for (TimeSeries x : lists.get(l)) {
        for (int i = 0; i < x.size(); i++) {
          sum.merge(x.time(i), Double.isNaN(x.value(i)) ? 0.0 : x.value(i), Double::sum);
        }
      }
      assertThat(together.get(l).timestamps()).containsExactly(sum.keySet().stream().mapToLong(Long::longValue)
          .toArray());
      double[] a = sum.values().stream().mapToDouble(Double::doubleValue).toArray();
      double[] b = together.get(l).values();
      for (int i = 0; i < a.length; i++) {
        assertThat(Double.doubleToRawLongBits(b[i])).as("list %s row %s", l, i)
            .isEqualTo(Double.doubleToRawLongBits(a[i]));
      }
    }
  }

  /** The sum of each day's values of the series that have that day. */
  private static double[] sumOnUnion(TimeSeries x, TimeSeries y) {
    TreeMap<Long, Double> sum = new TreeMap<>();
    for (TimeSeries s : new TimeSeries[] {x, y}) {
      for (int i = 0; i < s.size(); i++) {
        double v = s.value(i);
        sum.merge(s.time(i), Double.isNaN(v) ? 0.0 : v, Double::sum);
      }
    }
    return sum.values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void aDefectiveInstrumentIsAWarningOrLeftOutWhenTheConfigSaysSo() {
    // BBB's zero price on Friday: 50 contracts (50 x 0.5 x 2) x -100 points x 10, more than the capital of 10,000
    String yaml = "instrument_weights: {AAA: 0.5, BBB: 0.5}\ninstrument_div_multiplier: 2\n"
        + "instrument_weight_ewma_span: 1\n";
    TradingSystem kept = system(yaml);
    assertThat(kept.warnings()).extracting(w -> w.instrument()).containsExactly(BBB);
    assertThat(kept.warnings().get(0).reason()).startsWith("P&L of -5.000e+04 on 2024-01-05 is more than the whole "
        + "capital (1.000e+04)");
    assertThat(kept.failures()).isEmpty();
    TradingSystem leftOut = system(yaml + "leave_out_defective_instruments: True\n");
    assertThat(leftOut.warnings()).isEmpty();
    assertThat(leftOut.failures()).extracting(f -> f.instrument()).containsExactly(BBB);
    assertThat(leftOut.failures().get(0).reason()).isEqualTo(kept.warnings().get(0).reason());
    PandlCurve aaa = leftOut.accounts().pandlForInstrument(AAA);
    assertThat(leftOut.accounts().portfolio().net().values()).containsExactly(aaa.net().values());
  }
}
