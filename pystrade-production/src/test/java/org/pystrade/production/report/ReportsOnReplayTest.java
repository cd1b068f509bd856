package org.pystrade.production.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;
import org.pystrade.production.replay.InstrumentReplay;
import org.pystrade.production.replay.PaperReplay;
import org.pystrade.production.replay.ReplayResult;

/**
 * The reports on a state made by the real daily cycle: a paper replay of the chapter-15 system on the sample data
 * over the last quarter of 2021. Expected figures come from elsewhere than the reports: the replay's own accounting
 * and its CSV output, the sample data's CSV files read directly, the configured costs, and the system.
 */
class ReportsOnReplayTest {

  static final LocalDate FROM = LocalDate.of(2021, 10, 1);
  static final LocalDate DAY = LocalDate.of(2021, 12, 31);
  static final StrategyName REPLAY = StrategyName.of(PaperReplay.STRATEGY_NAME);

  @TempDir
  static Path dir;

  static CsvFuturesSimData data;
  static ReplayResult replay;
  static TradingSystem system;
  static ProductionStore store;
  static ReportInputs in;

  @BeforeAll
  static void replayAQuarter() throws IOException {
    data = SampleData.open();
    SystemConfig config = SystemConfig.fromYaml(SampleData.directory().resolve("configs/chapter15.yaml"))
        .toBuilder().set("start_date", FROM.toString()).build();
    replay = PaperReplay.builder(config, data, FROM, DAY, dir.resolve("replay")).build().run();
    system = TradingSystem.fromYaml(config, data);
    store = ProductionStore.openIn(dir.resolve("replay/state"), WriteListener.NONE);
    Set<FuturesContract> traded = new LinkedHashSet<>();
    for (FillRecord f : store.fills().all()) {
      traded.add(store.orders().get(f.brokerOrderId()).orElseThrow().contract());
    }
    in = ReportInputs.of(store, DAY).withSince(FROM).withMarket(MarketSnapshots.of(system, data, DAY, traded,
        ContractVolumes.NONE, 20));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** The last line of the replay's CSV of an instrument: DATETIME,held_position,contract,fills,buffered. */
  static String[] lastLine(InstrumentCode code) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("replay").resolve(code.value() + ".csv"));
    return lines.get(lines.size() - 1).split(",", -1);
  }

  static Map<FuturesContract, Quantity> contractsHeld(InstrumentCode code) throws IOException {
    Map<FuturesContract, Quantity> out = new HashMap<>();
    String where = lastLine(code)[2];
    for (String part : where.isBlank() ? new String[0] : where.split(" ")) {
      String[] kv = part.split(":");
      out.put(FuturesContract.of(code, ContractDate.of(kv[0])), Quantity.ofWhole(Long.parseLong(kv[1])));
    }
    return out;
  }

  /** The last row on or before the day of the sample's multiple prices CSV, read directly. */
  static String[] lastMultiplePricesRow(InstrumentCode code, LocalDate day) throws IOException {
    return lastMultiplePricesRow(code, day, false);
  }

  /** The same, or the last row with a PRICE. */
  static String[] lastMultiplePricesRow(InstrumentCode code, LocalDate day, boolean withPrice) throws IOException {
    Path file = SampleData.directory().resolve("multiple_prices_csv/" + code.value() + ".csv.gz");
    String[] last = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
        file)), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.substring(0, 10).compareTo(day.toString()) > 0) {
          break;
        }
        String[] cells = line.split(",", -1);
        if (!withPrice || !cells[3].isEmpty()) {
          last = cells;
        }
      }
    }
    return last;
  }

  @Test
  void pnlForTheYearIsTheReplaysGrossLessItsCosts() {
    ReportTable t = ProductionReports.create(ReportType.PNL, in).table(PnlReport.BY_STRATEGY_INSTRUMENT);
    int checked = 0;
    for (InstrumentReplay r : replay.instruments()) {
      // the replay books its P&L in the base currency at each day's FX rate, the report in the instrument's
      // currency: the two agree where these are the same (USD)
      if (r.fills() == 0 || !data.meta(r.instrument()).currency().code().equals("USD")) {
        continue;
      }
      // the replay values fills at the mid and the final positions at the last price; its costs are the slippage
      // and commissions: the same P&L by another path
      double expected = r.replayGross() - r.replayCosts();
      assertThat(t.number("year to date", "replay", r.instrument().value())).as(r.instrument().value())
          .isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
    assertThat(t.row("_ROLL")).isEmpty();
  }

  @Test
  void strategyPositionsAreTheReplaysAndTheSystemsBuffers() throws IOException {
    ReportTable t = ProductionReports.create(ReportType.STRATEGY, in).table(StrategyReport.POSITIONS);
    long end = Timestamps.of(DAY.atTime(LocalTime.MAX).withNano(0));
    for (InstrumentCode code : system.instruments()) {
      String[] last = lastLine(code);
      assertThat(t.number("held", "replay", code.value())).as(code.value()).isEqualTo(Long.parseLong(last[1]));
      assertThat(t.number("target", "replay", code.value())).as(code.value()).isEqualTo(Long.parseLong(last[4]));
      assertThat(t.number("optimal", "replay", code.value())).as(code.value())
          .isCloseTo(system.portfolio().notionalPosition(code).lastValidAtOrBefore(end), within(1e-9));
      assertThat(t.number("lower edge", "replay", code.value()))
          .isCloseTo(system.portfolio().lowerBuffer(code).lastValidAtOrBefore(end), within(1e-9));
      assertThat(t.number("upper edge", "replay", code.value()))
          .isCloseTo(system.portfolio().upperBuffer(code).lastValidAtOrBefore(end), within(1e-9));
    }
  }

  @Test
  void measuredCostsAreTheSimulatedBrokersConfiguredSpread() {
    ReportTable c = ProductionReports.create(ReportType.COSTS, in).table(CostsReport.COSTS);
    assertThat(c.rows()).isNotEmpty();
    for (List<Object> row : c.rows()) {
      InstrumentMeta meta = data.meta(InstrumentCode.of((String) row.get(0)));
      // the simulated broker fills one SpreadCost from the mid and charges pysystemtrade's commission
      assertThat(c.number("measured slippage", meta.code().value())).as(meta.code().value())
          .isCloseTo(meta.spreadCost(), within(1e-9));
      assertThat(c.number("difference %", meta.code().value())).isCloseTo(0, within(1e-6));
      assertThat(c.number("commission per contract", meta.code().value())).isCloseTo(
          c.number("configured commission per contract", meta.code().value()), within(1e-9));
    }
    ReportTable fills = ProductionReports.create(ReportType.TRADES, in).table(TradesReport.FILLS);
    assertThat(fills.rows()).hasSize(store.fills().all().size());
  }

  @Test
  void ourPositionsReconcileWithTheReplaysRecord() throws IOException {
    Map<FuturesContract, Quantity> broker = new HashMap<>();
    for (InstrumentCode code : system.instruments()) {
      broker.putAll(contractsHeld(code));
    }
    ProductionReport r = ProductionReports.create(ReportType.RECONCILE, in.withBrokerPositions(broker));
    assertThat(r.notes()).contains("contract positions agree with the broker's");
    assertThat(r.table(ReconcileReport.CONTRACTS).rows()).hasSize(broker.size());
    FuturesContract first = broker.keySet().iterator().next();
    broker.put(first, broker.get(first).plus(Quantity.ofWhole(1)));
    ReportTable t = ProductionReports.create(ReportType.RECONCILE, in.withBrokerPositions(broker))
        .table(ReconcileReport.CONTRACTS);
    assertThat(t.text("status", first.instrument().value(), first.date().asId())).isEqualTo("BREAK");
    assertThat(t.number("difference", first.instrument().value(), first.date().asId())).isEqualTo(-1);
  }

  @Test
  void rollsAndDataAgeFromTheSamplesMultiplePrices() throws IOException {
    ReportTable rolls = ProductionReports.create(ReportType.ROLLS, in).table(RollsReport.ROLLS);
    ReportTable ages = ProductionReports.create(ReportType.STATUS, in).table(StatusReport.DATA);
    for (InstrumentCode code : system.instruments()) {
      String[] row = lastMultiplePricesRow(code, DAY);
      assertThat(rolls.text("priced", code.value())).as(code.value()).isEqualTo(row[4]);
      assertThat(rolls.text("forward", code.value())).as(code.value()).isEqualTo(row[6]);
      long held = Long.parseLong(lastLine(code)[1]);
      assertThat(rolls.number("held (priced)", code.value()) + rolls.number("held (forward)", code.value())
          + rolls.number("held (others)", code.value())).as(code.value()).isEqualTo(held);
      assertThat(rolls.text("volume (priced)", code.value())).isEmpty();
      long age = ChronoUnit.DAYS.between(LocalDate.parse(row[0].substring(0, 10)), DAY);
      assertThat(ages.number("age (days)", code.value())).as(code.value()).isEqualTo(age);
    }
  }

  @Test
  void riskAndMinimumCapitalFromPricesMultipliersAndVolatility() throws IOException {
    ProductionReport risk = ProductionReports.create(ReportType.RISK, in);
    ReportTable t = risk.table(RiskReport.INSTRUMENTS);
    ReportTable min = ProductionReports.create(ReportType.MIN_CAPITAL, in).table(MinCapitalReport.MIN_CAPITAL);
    double capital = store.capital().latestTotal().orElseThrow().totalCapital().amount();
    long end = Timestamps.of(DAY.atTime(LocalTime.MAX).withNano(0));
    double largest = 0;
    double sum = 0;
    for (InstrumentCode code : system.instruments()) {
      InstrumentMeta meta = data.meta(code);
      String[] row = lastMultiplePricesRow(code, DAY, true);
      double price = Double.parseDouble(row[3]);
      double fx = meta.currency().equals(system.context().baseCurrency()) ? 1.0
          : data.fxRate(meta.currency(), system.context().baseCurrency()).lastValidAtOrBefore(end);
      double vol = system.rawData().dailyPercentageVolatility(code).lastValidAtOrBefore(end) * 16 / 100;
      long held = Long.parseLong(lastLine(code)[1]);
      double expected = 100 * Math.abs(held * price * meta.pointSize() * fx / capital) * vol;
      assertThat(t.number("risk %", code.value())).as(code.value()).isCloseTo(expected, within(1e-9));
      largest = Math.max(largest, expected);
      sum += expected;
      // 4 x price x multiplier x FX x vol / 20% (the config's percentage_vol_target)
      assertThat(min.number("4 contracts alone", code.value())).as(code.value())
          .isCloseTo(4 * price * meta.pointSize() * fx * vol / 0.2, within(1e-6));
    }
    double portfolio = risk.table(RiskReport.PORTFOLIO).number("value", "portfolio risk %");
    assertThat(portfolio).isLessThanOrEqualTo(sum + 1e-9).isGreaterThan(0);
    assertThat(risk.table(RiskReport.PORTFOLIO).number("value", "sum of instrument risks %"))
        .isCloseTo(sum, within(1e-9));
    assertThat(largest).isGreaterThan(0);
  }

  @Test
  void allReportsWrittenAsTextAndSelfContainedHtml() throws IOException {
    List<ProductionReport> all = ProductionReports.createAll(List.of(ReportType.values()), in);
    List<Path> files = ProductionReports.write(all, dir.resolve("reports"));
    assertThat(files).hasSize(2 * ReportType.values().length);
    for (ReportType type : ReportType.values()) {
      String html = Files.readString(dir.resolve("reports").resolve(type.id() + ".html"));
      String text = Files.readString(dir.resolve("reports").resolve(type.id() + ".txt"));
      assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>").doesNotContain("http://", "https://",
          "<script", "<link");
      assertThat(text).startsWith(type.title() + " " + DAY);
    }
    assertThat(Files.readString(dir.resolve("reports/pnl.html"))).contains("<svg");
  }
}
