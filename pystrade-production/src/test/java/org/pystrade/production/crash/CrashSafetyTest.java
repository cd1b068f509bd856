package org.pystrade.production.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.broker.testkit.FakeContract;
import org.pystrade.broker.testkit.FakeTwsServer;
import org.pystrade.broker.testkit.Scenario;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.data.production.ProductionCapital;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;

/**
 * Issue 15's crash safety: the order cycle runs in a child JVM ({@link CrashChild}) on a SQLite state store,
 * trading through the IB client with a fake TWS server in this JVM (the broker, whose orders, fills and positions
 * outlive the child, as TWS outlives a crashed client). The child is killed ({@code Process.destroyForcibly}, i.e.
 * SIGKILL) at random points 200 times and restarted; after each kill no broker order reached the server twice,
 * every order the server holds is in the store, and every position equals the sum of its fills. At the end a clean
 * run reaches the wanted positions with the broker agreeing (reconciled, no order left open). The same with the
 * server dropping the connection at random points while the child trades.
 */
class CrashSafetyTest {

  private static final FakeContract SOFR_IB = new FakeContract(1001, "SOFR3", "CME", "USD", "2500", "202503",
      "20250617", "SR3H5", 1, 95.745, 95.75, 100);
  private static final FakeContract CORN_IB = new FakeContract(1002, "ZC", "CBOT", "USD", "5000", "202503",
      "20250314", "ZCH5", 100, 4.5, 4.5025, 40);
  private static final int KILLS = Integer.getInteger("pystrade.crashKills", 200);

  @TempDir
  Path dir;

  private final Random random = new Random(15);

  @Test
  void killedTwoHundredTimesNoOrderIsLostOrSentTwice() throws Exception {
    try (FakeTwsServer server = FakeTwsServer.start(market())) {
      init();
      int killedWhileTrading = 0;
      int killedWithOrdersOpen = 0;
      for (int run = 0; run < KILLS; run++) {
        String before = fingerprint();
        Child child = Child.start(dir, server.port(), 1_000_000);
        child.awaitLine("ready", 60);
        Thread.sleep(random.nextInt(400));
        child.process.destroyForcibly();
        assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        checkInvariants(server, "after kill " + run);
        if (!fingerprint().equals(before)) {
          killedWhileTrading++;
        }
        if (count("SELECT COUNT(*) FROM prod_order WHERE status = 'OPEN'") > 0) {
          killedWithOrdersOpen++;
        }
      }
      finish(server);
      System.out.printf("%d kills: %d after the child had changed the orders, fills or positions, %d leaving orders"
          + " open%n", KILLS, killedWhileTrading, killedWithOrdersOpen);
      assertThat(killedWhileTrading).as("kills in the order flow").isGreaterThanOrEqualTo(KILLS / 10);
      assertThat(killedWithOrdersOpen).as("kills leaving orders open for the next run").isGreaterThanOrEqualTo(
          KILLS / 10);
    }
  }

  @Test
  void theServerDroppingTheConnectionLosesNoOrderAndSendsNoneTwice() throws Exception {
    try (FakeTwsServer server = FakeTwsServer.start(market())) {
      init();
      Child child = Child.start(dir, server.port(), 40);
      child.awaitLine("ready", 60);
      int drops = 0;
      while (child.process.isAlive() && drops < 60) {
        Thread.sleep(20 + random.nextInt(120));
        server.dropConnections();
        drops++;
      }
      assertThat(child.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(drops).isGreaterThan(20);
      assertThat(server.connectionCount()).isGreaterThan(20);
      checkInvariants(server, "after the drops");
      finish(server);
    }
  }

  private static Scenario market() {
    return Scenario.builder().contract(SOFR_IB).contract(CORN_IB).build();
  }

  private void init() {
    try (ProductionStore store = ProductionStore.openIn(dir, WriteListener.NONE)) {
      store.strategies().put(new Strategy(CrashChild.STRATEGY, 1.0, "crash test"));
      new ProductionCapital(store).setByHand(Instant.now(), Money.of(1_000_000, Currency.of("USD")), null, null,
          null);
    }
  }

  /** A clean run of a few days: complete (reconciled), at the wanted positions, nothing left open. */
  private void finish(FakeTwsServer server) throws Exception {
    Child last = Child.start(dir, server.port(), 3);
    assertThat(last.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.process.exitValue()).as(last.lines.toString()).isZero();
    checkInvariants(server, "at the end");
    try (ProductionStore store = ProductionStore.openIn(dir, WriteListener.NONE)) {
      int day = CrashChild.lastDay(store);
      for (Map.Entry<FuturesContract, Long> e : CrashChild.targets(day).entrySet()) {
        assertThat(store.positions().instrumentPosition(CrashChild.STRATEGY, e.getKey().instrument()))
            .as("%s on day %d", e.getKey(), day).isEqualTo(Quantity.ofWhole(e.getValue()));
        assertThat(store.positions().contractPosition(e.getKey())).isEqualTo(Quantity.ofWhole(e.getValue()));
      }
      for (OrderLevel level : OrderLevel.values()) {
        assertThat(store.orders().withStatus(level, OrderStatus.OPEN)).as("open %s orders", level).isEmpty();
      }
      assertThat(store.locks().all()).isEmpty();
    }
  }

  /**
   * No broker order reached the server twice (one placeOrder message, one order per reference), every reference
   * the store holds is unique (the store's index), and every instrument and contract position is the sum of the
   * fills of its broker orders.
   */
  private void checkInvariants(FakeTwsServer server, String when) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(ProductionStore.FILE_NAME));
        Statement s = c.createStatement()) {
      List<String> refs = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT client_ref FROM prod_order WHERE level = 'BROKER'")) {
        while (rs.next()) {
          refs.add(rs.getString(1));
        }
      }
      for (String ref : refs) {
        assertThat(server.placeOrderMessages(ref)).as("%s: placeOrder messages of %s", when, ref).isLessThanOrEqualTo(1);
        assertThat(server.ordersWithRef(ref)).as("%s: orders of %s", when, ref).isLessThanOrEqualTo(1);
      }
      assertThat(server.received(3)).as("%s: every placeOrder the server received is of a stored order", when)
          .isEqualTo(refs.stream().mapToInt(server::placeOrderMessages).sum());
      Map<String, Long> fillsByInstrument = sums(s, "SELECT o.strategy || '/' || o.instrument, SUM(f.quantity)"
          + " FROM prod_fill f JOIN prod_order o ON o.id = f.order_id GROUP BY o.strategy, o.instrument");
      Map<String, Long> positions = sums(s, "SELECT strategy || '/' || instrument, quantity"
          + " FROM prod_instrument_position");
      assertThat(nonZero(positions)).as("%s: instrument positions", when).isEqualTo(nonZero(fillsByInstrument));
      Map<String, Long> fillsByContract = sums(s, "SELECT o.instrument || '/' || o.contract_date, SUM(f.quantity)"
          + " FROM prod_fill f JOIN prod_order o ON o.id = f.order_id GROUP BY o.instrument, o.contract_date");
      Map<String, Long> contracts = sums(s, "SELECT instrument || '/' || contract_date, quantity"
          + " FROM prod_contract_position");
      assertThat(nonZero(contracts)).as("%s: contract positions", when).isEqualTo(nonZero(fillsByContract));
      Map<String, Long> filled = sums(s, "SELECT CAST(o.id AS TEXT), o.filled - COALESCE((SELECT SUM(f.quantity)"
          + " FROM prod_fill f WHERE f.order_id = o.id), 0) FROM prod_order o WHERE o.level = 'BROKER'");
      assertThat(nonZero(filled)).as("%s: broker orders' filled quantities are their fills", when).isEmpty();
    }
  }

  /** What a run of the child may change: orders and their states, fills, positions. */
  private String fingerprint() throws SQLException {
    return count("SELECT COUNT(*) FROM prod_order") + "/" + count("SELECT COUNT(*) FROM prod_order WHERE status ="
        + " 'OPEN'") + "/" + count("SELECT COUNT(*) FROM prod_fill") + "/" + count("SELECT COUNT(*) FROM"
        + " prod_execution_report");
  }

  private long count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(ProductionStore.FILE_NAME));
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static Map<String, Long> sums(Statement s, String sql) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  private static Map<String, Long> nonZero(Map<String, Long> m) {
    Map<String, Long> out = new HashMap<>(m);
    out.values().removeIf(v -> v == 0);
    return out;
  }

  /** A child JVM and the lines it printed. */
  private static final class Child {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private Child(Process process) {
      this.process = process;
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            lines.add(line);
          }
        } catch (IOException ex) {
          // the child was killed
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    static Child start(Path dir, int port, int days) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
          "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), dir.toString(),
          Integer.toString(port), Integer.toString(days));
      pb.redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile()));
      return new Child(pb.start());
    }

    void awaitLine(String wanted, int seconds) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      List<String> seen = new ArrayList<>();
      while (System.nanoTime() < end) {
        String line = lines.poll(100, TimeUnit.MILLISECONDS);
        if (line != null) {
          seen.add(line);
          if (line.equals(wanted)) {
            lines.addAll(seen);
            return;
          }
        }
        if (line == null && !process.isAlive()) {
          break;
        }
      }
      throw new AssertionError("the child did not print '" + wanted + "': " + seen);
    }

  }
}
