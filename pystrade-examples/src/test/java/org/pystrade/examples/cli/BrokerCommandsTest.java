package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.pystrade.broker.testkit.FakeContract;
import org.pystrade.broker.testkit.FakeTwsServer;
import org.pystrade.broker.testkit.Scenario;

/** {@code broker check} and {@code broker history} against the fake TWS server. */
class BrokerCommandsTest {

  private static final FakeContract SOFR = new FakeContract(1001, "SOFR3", "CME", "USD", "2500", "202503",
      "20250617", "SR3H5", 1, 95.745, 95.75, 100);

  private static FakeTwsServer server(Scenario.Builder s) throws IOException {
    return FakeTwsServer.start(s.contract(SOFR).build());
  }

  @Test
  void checkPrintsTheServerVersionAccountsNetLiquidationAndPositions() throws IOException {
    try (FakeTwsServer server = server(Scenario.builder().accounts("DU111", "DU222").cash("EUR", 2500)
        .position(1001, -4))) {
      Cli.Run r = Cli.run("broker", "check", "--host", "127.0.0.1", "--port", String.valueOf(server.port()),
          "--client-id", "9", "--timeout", "3");
      assertThat(r.err()).isEmpty();
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("connected to 127.0.0.1:" + server.port() + " as client 9")
          .contains("server version: 176").contains("accounts: DU111, DU222")
          .contains("last notice: 2158: Sec-def data farm connection is OK:secdefnj")
          .contains("account DU111: net liquidation 1000000.00 USD").contains("cash: 2500.00 EUR, 1000000.00 USD")
          .contains("positions: 1").contains("SOFR/20250300 -4");
    }
  }

  @Test
  void historyPrintsBarsInPysystemtradesLayout() throws IOException {
    try (FakeTwsServer server = server(Scenario.builder())) {
      Cli.Run r = Cli.run("broker", "history", "--instrument", "SOFR", "--contract", "20250300", "--bar", "1d",
          "--end", "2025-02-28", "--days", "7", "--port", String.valueOf(server.port()), "--timeout", "3");
      assertThat(r.code()).as(r.err()).isZero();
      String[] lines = r.out().split("\n");
      assertThat(lines[0]).isEqualTo("DATETIME,OPEN,HIGH,LOW,FINAL,VOLUME");
      assertThat(lines).hasSize(6);
      assertThat(lines[1]).startsWith("2025-02-21 23:00:00,");
      assertThat(r.err()).contains("5 1d bars of SOFR/20250300");
    }
  }

  @Test
  void failuresSayWhatWentWrongWithTheirExitCodes() throws IOException {
    try (FakeTwsServer server = server(Scenario.builder().serverVersion(150))) {
      Cli.Run old = Cli.run("broker", "check", "--port", String.valueOf(server.port()), "--timeout", "3");
      assertThat(old.code()).isEqualTo(BrokerCommands.BROKER_ERROR);
      assertThat(old.err()).contains("version 150").contains("upgrade TWS or IB Gateway");
    }
    try (FakeTwsServer server = server(Scenario.builder())) {
      Cli.Run unknown = Cli.run("broker", "history", "--instrument", "NOPE", "--contract", "20250300", "--port",
          String.valueOf(server.port()), "--timeout", "3");
      assertThat(unknown.code()).isEqualTo(BrokerCommands.BROKER_ERROR);
      assertThat(unknown.err()).contains("NOPE has no row in the broker config table");
      Cli.Run badBar = Cli.run("broker", "history", "--instrument", "SOFR", "--contract", "20250300", "--bar", "2d",
          "--port", String.valueOf(server.port()));
      assertThat(badBar.code()).isEqualTo(Commands.USAGE_ERROR);
      assertThat(badBar.err()).contains("bar size must be 1m, 5m, 15m, 1h or 1d but was '2d'");
      Cli.Run noSub = Cli.run("broker");
      assertThat(noSub.code()).isEqualTo(Commands.USAGE_ERROR);
      assertThat(noSub.err()).contains("no broker command given");
    }
    FakeTwsServer gone = server(Scenario.builder());
    gone.close();
    Cli.Run down = Cli.run("broker", "check", "--port", String.valueOf(gone.port()), "--timeout", "2");
    assertThat(down.code()).isEqualTo(BrokerCommands.BROKER_ERROR);
    assertThat(down.err()).contains("cannot connect to TWS / IB Gateway at 127.0.0.1:" + gone.port());
  }
}
