package org.pystrade.production.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pystrade.production.report.HandBuiltState.CORN;
import static org.pystrade.production.report.HandBuiltState.DAY;
import static org.pystrade.production.report.HandBuiltState.EUX;
import static org.pystrade.production.report.HandBuiltState.H22;
import static org.pystrade.production.report.HandBuiltState.TREND;
import static org.pystrade.production.report.HandBuiltState.at;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.InstrumentLock;
import org.pystrade.core.domain.trading.OptimalPositionEntry;
import org.pystrade.core.domain.trading.ProcessState;
import org.pystrade.core.domain.trading.ProcessStatus;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.domain.trading.TradingOverride;
import org.pystrade.data.production.ProductionStore;

/**
 * Every report on a state small enough to work out by hand ({@link HandBuiltState}): the expected figures below are
 * computed in the comments from the fills and marks, not read from the reports.
 */
class ReportArithmeticTest {

  private static final double EPS = 1e-9;

  @TempDir
  Path dir;

  private ProductionStore store;
  private ReportInputs in;

  @BeforeEach
  void state() {
    store = HandBuiltState.store(dir);
    in = ReportInputs.of(store, DAY).withMarket(HandBuiltState.market());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private ProductionReport report(ReportType type) {
    return ProductionReports.create(type, in);
  }

  @Test
  void pnlByPeriodFromFillsAndMarks() {
    ReportTable t = report(ReportType.PNL).table(PnlReport.BY_STRATEGY_INSTRUMENT);
    // CORN, the roll given to trend (its only holder). Marks at the end: Z21 530 (29th), H22 548.
    // year and month (nothing before 30 Nov): 2 x (530 - 500) - 1 x (530 - 520) - 1 x (530 - 530)
    // + 1 x (548 - 535) = 63 points x 50 = 3,150, less commissions 3 = 3,147
    assertThat(t.number("year to date", "trend", "CORN")).isCloseTo(3147, within(EPS));
    assertThat(t.number("month", "trend", "CORN")).isCloseTo(3147, within(EPS));
    // week (after Sunday 26th): +2 Z21 held, marked 515 (24th): 2 x (530 - 515) - 10 + 0 + 13 = 33 x 50 - 1 = 1,649
    assertThat(t.number("week", "trend", "CORN")).isCloseTo(1649, within(EPS));
    // day (after the 30th): +1 H22 held: (548 - 540) x 50 = 400
    assertThat(t.number("day", "trend", "CORN")).isCloseTo(400, within(EPS));
    assertThat(t.number("commission year to date", "trend", "CORN")).isCloseTo(3, within(EPS));
    // EUROSTX: sold 3 at 4000 on the 30th, marked 4100: -3 x 100 x 10 = -3,000 EUR in every period
    assertThat(t.number("day", "trend", "EUROSTX")).isCloseTo(-3000, within(EPS));
    assertThat(t.number("year to date", "trend", "EUROSTX")).isCloseTo(-3000, within(EPS));
    assertThat(t.text("currency", "trend", "EUROSTX")).isEqualTo("EUR");
    assertThat(t.row("_ROLL")).isEmpty();
    ReportTable base = report(ReportType.PNL).table(PnlReport.BY_STRATEGY);
    // in USD at 1.2: -3,600; the day's total 400 - 3,600
    assertThat(base.number("day", "total")).isCloseTo(-3200, within(EPS));
    assertThat(base.number("year to date", "trend")).isCloseTo(3147 - 3600, within(EPS));
    assertThat(report(ReportType.PNL).table(PnlReport.BY_INSTRUMENT).number("week", "EUROSTX"))
        .isCloseTo(-3600, within(EPS));
  }

  @Test
  void tradesAndCostsAgainstTheMidAndTheConfiguration() {
    ReportTable fills = report(ReportType.TRADES).table(TradesReport.FILLS);
    assertThat(fills.rows()).hasSize(5);
    ReportTable costs = report(ReportType.COSTS).table(CostsReport.COSTS);
    // CORN: slippage 0.25 on 2 contracts and 0.5 on 1; the roll fills have no mid: (0.5 + 0.5) / 3
    assertThat(costs.number("measured slippage", "CORN")).isCloseTo(1.0 / 3, within(EPS));
    assertThat(costs.number("configured slippage", "CORN")).isEqualTo(0.125);
    assertThat(costs.number("difference %", "CORN")).isCloseTo(100 * (1.0 / 3 / 0.125 - 1), within(EPS));
    // commissions 3 over 5 contracts; configured 1.5 a contract
    assertThat(costs.number("contracts", "CORN")).isEqualTo(5);
    assertThat(costs.number("commission per contract", "CORN")).isCloseTo(0.6, within(EPS));
    assertThat(costs.number("configured commission per contract", "CORN")).isCloseTo(1.5, within(EPS));
    // EUROSTX sold at 4000 against a mid of 4001: 1 point worse, 3 contracts x 10 = 30 against 3 x 1 x 10
    assertThat(costs.number("measured slippage", "EUROSTX")).isCloseTo(1, within(EPS));
    ReportTable since = ProductionReports.create(ReportType.TRADES, in.withSince(DAY.minusDays(1)))
        .table(TradesReport.FILLS);
    assertThat(since.rows()).hasSize(1);
    // the only fill since the 30th (no key: the first row)
    assertThat(since.number("slippage (ccy)")).isCloseTo(30, within(EPS));
    assertThat(since.number("configured slippage (ccy)")).isCloseTo(30, within(EPS));
    assertThat(since.number("quantity")).isEqualTo(-3);
  }

  @Test
  void riskPerInstrumentAssetClassAndPortfolio() {
    ProductionReport r = report(ReportType.RISK);
    ReportTable i = r.table(RiskReport.INSTRUMENTS);
    // CORN +1 H22 at 548 x 50 / 100,000 = 27.4% of capital, x 25% vol = 6.85%
    assertThat(i.number("exposure %", "CORN")).isCloseTo(27.4, within(EPS));
    assertThat(i.number("risk %", "CORN")).isCloseTo(6.85, within(EPS));
    // EUROSTX -3 x 4100 x 10 x 1.2 / 100,000 = -147.6%, x 20% = 29.52%
    assertThat(i.number("exposure %", "EUROSTX")).isCloseTo(-147.6, within(EPS));
    assertThat(i.number("risk %", "EUROSTX")).isCloseTo(29.52, within(EPS));
    // sqrt(0.0685^2 + 0.2952^2 + 2 x 0.274 x -1.476 x 0.25 x 0.2 x 0.3) = 28.2316436%
    ReportTable p = r.table(RiskReport.PORTFOLIO);
    assertThat(p.number("value", "portfolio risk %")).isCloseTo(28.23164359366985, within(1e-9));
    assertThat(p.number("value", "sum of instrument risks %")).isCloseTo(36.37, within(EPS));
    ReportTable c = r.table(RiskReport.ASSET_CLASSES);
    assertThat(c.number("risk %", "Ags")).isCloseTo(6.85, within(EPS));
    assertThat(c.number("risk %", "Equity")).isCloseTo(29.52, within(EPS));
  }

  @Test
  void minimumCapitalByPysystemtradesFormula() {
    ReportTable t = report(ReportType.MIN_CAPITAL).table(MinCapitalReport.MIN_CAPITAL);
    // CORN: 548 x 50 x 1 x 0.25 = 6,850 a contract; alone 4 x 6,850 / 0.2 = 137,000;
    // forecast 10: 6,850 / (0.2 x 0.5 x 1.5) = 45,666.67; four of those 182,666.67 > capital 100,000
    assertThat(t.number("annual risk per contract", "CORN")).isCloseTo(6850, within(EPS));
    assertThat(t.number("4 contracts alone", "CORN")).isCloseTo(137_000, within(EPS));
    assertThat(t.number("1 contract at forecast 10", "CORN")).isCloseTo(45_666.666666666664, within(1e-6));
    assertThat(t.number("4 contracts at forecast 10", "CORN")).isCloseTo(182_666.66666666666, within(1e-6));
    assertThat(t.text("capital", "CORN")).isEqualTo("TOO LITTLE");
  }

  @Test
  void liquidityAgainstAverageVolume() {
    ReportTable t = report(ReportType.LIQUIDITY).table(LiquidityReport.LIQUIDITY);
    // CORN: 150 contracts a day x 6,850 = 1,027,500 of risk < 1.5 million; held 1 of 150
    assertThat(t.number("risk per day (base)", "CORN")).isCloseTo(1_027_500, within(EPS));
    assertThat(t.number("held % of volume", "CORN")).isCloseTo(100.0 / 150, within(EPS));
    assertThat(t.text("status", "CORN")).isEqualTo("ILLIQUID");
    // EUROSTX: 50,000 x 4100 x 10 x 1.2 x 0.2 = 492 million
    assertThat(t.number("risk per day (base)", "EUROSTX")).isCloseTo(492_000_000, within(1e-3));
    assertThat(t.number("held", "EUROSTX")).isEqualTo(-3);
    assertThat(t.text("status", "EUROSTX")).isEqualTo("ok");
  }

  @Test
  void strategyTargetsTheNearestRoundedBufferEdge() {
    store.optimalPositions().add(new OptimalPositionEntry(TREND, CORN, at("2021-12-31", 12), 1.4, 0.6, 2.2));
    store.optimalPositions().add(new OptimalPositionEntry(TREND, EUX, at("2021-12-31", 12), -5.3, -5.8, -4.7));
    ReportTable t = report(ReportType.STRATEGY).table(StrategyReport.POSITIONS);
    // CORN held 1 in [rint 0.6, rint 2.2] = [1, 2]: kept
    assertThat(t.number("target", "trend", "CORN")).isEqualTo(1);
    assertThat(t.text("status", "trend", "CORN")).isEqualTo("inside buffer");
    // EUROSTX held -3 above rint(-4.7) = -5: to -5, a trade of -2
    assertThat(t.number("target", "trend", "EUROSTX")).isEqualTo(-5);
    assertThat(t.number("trade", "trend", "EUROSTX")).isEqualTo(-2);
  }

  @Test
  void reconcileFindsTheBreakWithTheBroker() {
    ProductionReport r = ProductionReports.create(ReportType.RECONCILE, in.withBrokerPositions(Map.of(
        FuturesContract.of(CORN, H22), Quantity.ofWhole(1), FuturesContract.of(EUX, H22), Quantity.ofWhole(-2))));
    ReportTable t = r.table(ReconcileReport.CONTRACTS);
    assertThat(t.rows()).hasSize(2);
    assertThat(t.text("status", "CORN", "20220300")).isEqualTo("ok");
    assertThat(t.text("status", "EUROSTX", "20220300")).isEqualTo("BREAK");
    assertThat(t.number("difference", "EUROSTX", "20220300")).isEqualTo(-1);
    assertThat(r.notes()).contains("1 contract position break(s) with the broker");
    ReportTable mine = r.table(ReconcileReport.INSTRUMENTS);
    assertThat(mine.text("status", "CORN")).isEqualTo("ok");
    assertThat(mine.number("contracts", "CORN")).isEqualTo(1);
  }

  @Test
  void statusShowsProcessesLocksOverridesAndStaleData() {
    store.processes().put(new ProcessStatus("run_daily", ProcessState.FAILED, 4242, at("2021-12-31", 6),
        "no prices"));
    store.locks().lock(new InstrumentLock(EUX, "position break", at("2021-12-31", 7)));
    store.overrides().set(TREND, CORN, TradingOverride.REDUCE_ONLY);
    ProductionReport r = report(ReportType.STATUS);
    assertThat(r.table(StatusReport.PROCESSES).text("state", "run_daily")).isEqualTo("FAILED");
    assertThat(r.table(StatusReport.LOCKS).text("reason", "EUROSTX")).isEqualTo("position break");
    assertThat(r.table(StatusReport.OVERRIDES).text("override", "trend", "CORN")).isEqualTo("REDUCE_ONLY");
    assertThat(r.table(StatusReport.OVERRIDES).row("trend", "EUROSTX")).isEmpty();
    // last prices: CORN on the day (0 days), EUROSTX on the 24th (7 days > 3)
    assertThat(r.table(StatusReport.DATA).number("age (days)", "CORN")).isEqualTo(0);
    assertThat(r.table(StatusReport.DATA).text("status", "CORN")).isEqualTo("ok");
    assertThat(r.table(StatusReport.DATA).number("age (days)", "EUROSTX")).isEqualTo(7);
    assertThat(r.table(StatusReport.DATA).text("status", "EUROSTX")).isEqualTo("STALE");
  }

  @Test
  void rollsShowStateExpiriesPositionsAndVolumes() {
    store.rollStates().set(CORN, RollState.PASSIVE);
    ReportTable t = report(ReportType.ROLLS).table(RollsReport.ROLLS);
    assertThat(t.text("roll state", "CORN")).isEqualTo("PASSIVE");
    assertThat(t.text("roll state", "EUROSTX")).isEqualTo("NO_ROLL");
    // 31 Dec to 14 Mar: 31 + 28 + 14 = 73 days; to 13 May: 73 + 17 + 30 + 13 = 133
    assertThat(t.number("days to expiry (priced)", "CORN")).isEqualTo(73);
    assertThat(t.number("days to expiry (forward)", "CORN")).isEqualTo(133);
    assertThat(t.number("held (priced)", "CORN")).isEqualTo(1);
    assertThat(t.number("held (forward)", "CORN")).isEqualTo(0);
    assertThat(t.number("volume forward/priced", "CORN")).isCloseTo(0.2, within(EPS));
  }

  @Test
  void withoutMarketDataTheReportsSaySo() {
    ReportInputs bare = ReportInputs.of(store, DAY);
    for (ReportType type : new ReportType[] {ReportType.PNL, ReportType.RISK, ReportType.MIN_CAPITAL,
        ReportType.LIQUIDITY, ReportType.ROLLS, ReportType.COSTS}) {
      ProductionReport r = ProductionReports.create(type, bare);
      assertThat(r.notes()).as(type.id()).anyMatch(n -> n.startsWith("no market data"));
      assertThat(r.toText()).contains("no market data");
    }
    assertThat(ProductionReports.create(ReportType.STRATEGY, bare).notes()).isEmpty();
  }
}
