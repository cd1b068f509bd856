package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production commands on the sample data, with a real SQLite state and the real simulated broker. */
class ProductionCommandsTest {

  @TempDir
  Path dir;

  private String state() {
    return dir.resolve("state").toString();
  }

  @Test
  void initRunDailyStatusOrdersPositions() {
    Cli.Run init = Cli.run("production", "init", "--state", state(), "--config", Cli.config());
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out()).contains("strategy chapter15: weight 1.0").contains("capital of chapter15: 250000.00 USD");
    assertThat(Files.exists(dir.resolve("state/production.db"))).isTrue();

    Cli.Run daily = Cli.run("production", "run-daily", "--state", state(), "--data", Cli.data(), "--date",
        "2021-06-01");
    assertThat(daily.code()).as(daily.err()).isZero();
    assertThat(daily.out()).contains("day: 2021-06-01").contains("chapter15 CORN: held 0.0");
    assertThat(daily.out()).containsPattern("fills booked: [1-9]");

    Cli.Run positions = Cli.run("production", "positions", "--state", state());
    assertThat(positions.code()).isZero();
    assertThat(positions.out()).startsWith("strategy,instrument,contract,position").contains("chapter15,CORN,,");

    Cli.Run orders = Cli.run("production", "orders", "--state", state(), "--all");
    assertThat(orders.code()).isZero();
    assertThat(orders.out()).contains(",INSTRUMENT,0,chapter15,CORN,").contains(",BROKER,")
        .contains(",COMPLETED,pst-");
    Cli.Run open = Cli.run("production", "orders", "--state", state());
    assertThat(open.out().strip().lines()).hasSize(1);

    Cli.Run status = Cli.run("production", "status", "--state", state());
    assertThat(status.code()).isZero();
    assertThat(status.out()).contains("total capital: 250000.00 USD").contains("process run_daily: STOPPED")
        .contains("open broker orders: 0");

    Cli.Run again = Cli.run("production", "run-daily", "--state", state(), "--data", Cli.data(), "--date",
        "2021-06-02", "--algorithm", "original-best");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("day: 2021-06-02");
  }

  @Test
  void rollShowsAndChangesTheRollStateAsAllowedAndRollsTheStoredPrices() {
    String prices = "jdbc:sqlite:" + dir.resolve("prices.db");
    Cli.Run convert = Cli.run("data", "convert", "--from", Cli.data(), "--to", prices);
    assertThat(convert.code()).as(convert.err()).isIn(0, 4);
    assertThat(Cli.run("production", "init", "--state", state(), "--config", Cli.config()).code()).isZero();
    Cli.Run show = Cli.run("production", "roll", "--state", state(), "--data", prices, "--instrument", "CORN");
    assertThat(show.code()).as(show.err()).isZero();
    assertThat(show.out()).contains("CORN is in NO_ROLL").contains("held 0")
        .contains("allowed after NO_ROLL: [ROLL_ADJUSTED, PASSIVE, NO_ROLL]");
    Cli.Run force = Cli.run("production", "roll", "--state", state(), "--data", prices, "--instrument", "CORN",
        "--roll-state", "FORCE");
    assertThat(force.code()).isEqualTo(1);
    assertThat(force.err()).contains("NO_ROLL cannot become FORCE");
    Cli.Run done = Cli.run("production", "roll", "--state", state(), "--data", prices, "--instrument", "CORN",
        "--roll-state", "roll_adjusted");
    assertThat(done.code()).as(done.err()).isZero();
    assertThat(done.out()).contains("prices rolled from CORN/").contains("state now NO_ROLL");
    Cli.Run after = Cli.run("production", "roll", "--state", state(), "--data", prices, "--instrument", "CORN");
    assertThat(after.out()).doesNotContain(show.out().lines().filter(l -> l.startsWith("priced contract"))
        .findFirst().orElseThrow());
    assertThat(Cli.run("production", "roll", "--state", state(), "--data", prices, "--instrument", "CORN",
        "--roll-state", "SIDEWAYS").code()).isEqualTo(2);
  }

  @Test
  void runDailyWithoutStrategyIsAnError() {
    Cli.Run daily = Cli.run("production", "run-daily", "--state", state(), "--data", Cli.data());
    assertThat(daily.code()).isEqualTo(1);
    assertThat(daily.err()).contains("no strategy");
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(Cli.run("production", "replay", "--config", Cli.config(), "--data", Cli.data(), "--from", "2021-13-01",
        "--to", "2021-12-31", "--out", dir.toString()).code()).isEqualTo(2);
    assertThat(Cli.run("production").code()).isEqualTo(2);
    assertThat(Cli.run("production", "status").code()).isEqualTo(2);
  }

  @Test
  void replayFromTheConfigsStartIsExact() throws Exception {
    Path config = dir.resolve("chapter15_2021.yaml");
    Files.writeString(config, Files.readString(Path.of(Cli.config())) + "\nstart_date: 2021-01-04\n");
    Path out = dir.resolve("replay");
    Cli.Run replay = Cli.run("production", "replay", "--config", config.toString(), "--data", Cli.data(), "--from",
        "2021-01-04", "--to", "2021-06-30", "--out", out.toString());
    assertThat(replay.code()).as(replay.err() + replay.out()).isZero();
    assertThat(replay.out()).contains("exact: true");
    assertThat(Files.readAllLines(out.resolve("US10.csv")).get(0))
        .isEqualTo("DATETIME,held_position,contract,fills,buffered_position,pnl,backtest_pnl,roll");
    assertThat(Files.readString(out.resolve("summary.txt"))).contains("days: 128");
  }

  @Test
  void replayStartingFlatInsideTheBacktestReportsTheMismatch() {
    Path out = dir.resolve("replay");
    Cli.Run replay = Cli.run("production", "replay", "--config", Cli.config(), "--data", Cli.data(), "--from",
        "2021-01-04", "--to", "2021-02-26", "--out", out.toString());
    assertThat(replay.code()).as(replay.err()).isEqualTo(3);
    assertThat(replay.out()).contains("exact: false");
    assertThat(replay.err()).contains("differ from the backtest");
  }
}
