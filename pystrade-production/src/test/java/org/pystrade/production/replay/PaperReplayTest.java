package org.pystrade.production.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/**
 * The acceptance test of issue 15 on the sample data: six years of the chapter-15 system replayed through the daily
 * cycle against the simulated broker hold exactly the backtest's buffered positions, roll without changing them,
 * and book the backtest's gross P&amp;L from their fills: to the cent on every day without a roll, and on a roll day
 * up to the change of the two contracts' spread between the row the back-adjustment rolled at and the day's close.
 */
class PaperReplayTest {

  @TempDir
  static Path dir;

  static ReplayResult result;
  static CsvFuturesSimData data;
  static SystemConfig config;

  static SystemConfig chapter15From(String startDate) {
    return SystemConfig.fromYaml(SampleData.directory().resolve("configs/chapter15.yaml")).toBuilder()
        .set("start_date", startDate).build();
  }

  @BeforeAll
  static void replay() throws IOException {
    data = SampleData.open();
    config = chapter15From("2016-01-04");
    result = PaperReplay.builder(config, data, LocalDate.of(2016, 1, 4), LocalDate.of(2021, 12, 31), dir).build()
        .run();
  }

  @Test
  void sixYearsHoldTheBacktestsBufferedPositions() throws Exception {
    ReplayResult r = result;
    assertThat(r.days()).isGreaterThan(1500);
    assertThat(r.instruments()).hasSize(6);
    for (InstrumentReplay i : r.instruments()) {
      assertThat(i.firstMismatch()).as(i.instrument().value()).isEmpty();
      assertThat(i.fills()).as(i.instrument().value()).isGreaterThan(10);
      assertThat(i.rolls()).as(i.instrument().value()).isGreaterThan(4);
      assertThat(i.rollsKeepingPosition()).as(i.instrument().value()).isEqualTo(i.rolls());
    }
    assertThat(r.exact()).isTrue();
    assertThat(r.incompleteDays()).as("no failure, no reconciliation break").isZero();
    List<String> corn = Files.readAllLines(dir.resolve("CORN.csv"));
    assertThat(corn.get(0)).isEqualTo("DATETIME,held_position,contract,fills,buffered_position,pnl,backtest_pnl,roll");
    assertThat(corn).hasSize(r.days() + 1);
  }

  /**
   * The replay's gross P&amp;L (fills at the day's contract prices, contract positions marked at them, the day's FX
   * rate) against pystrade's backtest accounts (buffered positions filled the day they are decided, times the
   * change of the back-adjusted price, point size and FX): equal on every day without a roll; on a roll day the
   * difference is exactly the position held into the day times the change of the spread (old minus new contract)
   * between the multiple prices' row before the change of priced contract (where the Panama adjustment takes
   * {@code FORWARD - PRICE}) and the day's close (where the replay rolls).
   */
  @Test
  void grossPandlIsTheBacktestsUpToTheSpreadMoveOnRollDays() throws Exception {
    TradingSystem system = TradingSystem.fromYaml(config, data);
    List<InstrumentCode> instruments = system.instruments();
    ReplayPrices prices = ReplayPrices.of(data, instruments, system.context().baseCurrency(),
        LocalDate.of(2016, 1, 4), LocalDate.of(2021, 12, 31));
    int rollDays = 0;
    for (InstrumentReplay i : result.instruments()) {
      InstrumentCode code = i.instrument();
      double pointSize = data.meta(code).pointSize();
      TimeSeries fx = system.positionSizing().fxRate(code);
      Map<String, double[]> panama = panamaRows(data.multiplePrices(code));
      List<String> lines = Files.readAllLines(dir.resolve(code.value() + ".csv"));
      long heldBefore = 0;
      double sumPnl = 0;
      double sumBacktest = 0;
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",", -1);
        LocalDate day = LocalDate.parse(f[0].substring(0, 10));
        double pnl = Double.parseDouble(f[5]);
        double backtest = Double.parseDouble(f[6]);
        double tolerance = 1e-6 * Math.max(1.0, Math.abs(backtest));
        sumPnl += pnl;
        sumBacktest += backtest;
        if (f[7].isEmpty()) {
          assertThat(pnl).as("%s %s", code, day).isCloseTo(backtest, within(tolerance));
        } else {
          rollDays++;
          String[] roll = f[7].split(">");
          double[] row = panama.get(roll[0]);
          assertThat(row).as("%s %s: the row before %s stops being priced", code, day, roll[0]).isNotNull();
          double oldClose = prices.price(FuturesContract.of(code, ContractDate.of(roll[0])), day).orElseThrow();
          double newClose = prices.price(FuturesContract.of(code, ContractDate.of(roll[1])), day).orElseThrow();
          double spreadMove = (oldClose - row[0]) - (newClose - row[1]);
          double expected = heldBefore * spreadMove * pointSize * fx.lastValidAtOrBefore(Timestamps.of(day));
          assertThat(pnl - backtest).as("%s %s", code, day).isCloseTo(expected, within(tolerance));
        }
        heldBefore = Long.parseLong(f[1]);
      }
      assertThat(sumPnl).as(code.value()).isCloseTo(i.replayGross(), within(1e-6 * Math.abs(i.replayGross())));
      assertThat(sumBacktest).as(code.value()).isCloseTo(i.backtestGross(),
          within(1e-6 * Math.abs(i.backtestGross())));
    }
    assertThat(rollDays).isGreaterThan(100);
  }

  /** For each contract that stops being priced: PRICE and FORWARD of the row before the change. */
  private static Map<String, double[]> panamaRows(MultiplePrices mp) {
    Map<String, double[]> rows = new HashMap<>();
    double[] ids = mp.priceContract().valuesView();
    double[] price = mp.price().valuesView();
    double[] forward = mp.forward().valuesView();
    int previous = -1;
    for (int k = 0; k < ids.length; k++) {
      if (ids[k] != ids[k]) {
        continue;
      }
      if (previous >= 0 && ids[k] != ids[previous]) {
        rows.put(ContractDate.fromDouble(ids[previous]).asId(), new double[] {price[previous], forward[previous]});
      }
      previous = k;
    }
    return rows;
  }
}
