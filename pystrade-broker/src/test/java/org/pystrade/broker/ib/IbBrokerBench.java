package org.pystrade.broker.ib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.OrderEvent;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.OrderStatus;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.broker.testkit.FakeTwsServer;
import org.pystrade.broker.testkit.Scenario;
import org.pystrade.core.domain.Quantity;

/**
 * The IB client's performance targets, measured in process against the fake server on loopback. Not a unit test
 * (excluded from normal runs: timing assertions on a shared machine are flaky); run it with
 * {@code mvn -o -B verify -pl pystrade-broker -am -Dtest=IbBrokerBench -Dbench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. It prints its figures.
 */
class IbBrokerBench {

  private static void requireBench() {
    assumeTrue(Boolean.getBoolean("bench"), "run with -Dbench=true");
  }

  private static IbBroker fastBroker(FakeTwsServer server) {
    return new IbBroker(IbFixtures.settings(server).maxMessagesPerSecond(1_000_000)
        .requestTimeout(Duration.ofSeconds(30)).build(), BrokerConfigTable.bundled());
  }

  /** Placing an order: from the call to its bytes handed to the socket (place returns once they are written). */
  @Test
  void placeOrderLatency() throws Exception {
    requireBench();
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().fills(Scenario.Fills.NONE, 1).build());
        IbBroker broker = fastBroker(server)) {
      broker.connect().get(5, TimeUnit.SECONDS);
      broker.resolve(IbFixtures.SOFR).get(5, TimeUnit.SECONDS);
      int warm = 20_000;
      int n = 20_000;
      long[] t = new long[n];
      for (int i = 0; i < warm + n; i++) {
        OrderRequest r = OrderRequest.limit(ClientOrderRef.of("lat-" + i), IbFixtures.SOFR, Quantity.of(1), 90.0);
        long start = System.nanoTime();
        broker.place(r);
        long took = System.nanoTime() - start;
        if (i >= warm) {
          t[i - warm] = took;
        }
      }
      Arrays.sort(t);
      System.out.printf(Locale.ROOT, "place order, call to bytes written (%d orders after %d warm-up): p50 %.1f us, "
          + "p90 %.1f us, p99 %.1f us, p99.9 %.1f us, max %.1f us%n", n, warm, t[n / 2] / 1e3, t[n * 9 / 10] / 1e3,
          t[n * 99 / 100] / 1e3, t[n * 999 / 1000] / 1e3, t[n - 1] / 1e3);
      assertThat(t[n * 99 / 100]).isLessThan(TimeUnit.MILLISECONDS.toNanos(1));
    }
  }

  /** 1,000 market orders placed and filled, end to end: until the last FILLED state reaches the listener. */
  @Test
  void thousandOrdersPlacedAndFilled() throws Exception {
    requireBench();
    try (FakeTwsServer server = IbFixtures.server(IbFixtures.market().build()); IbBroker broker = fastBroker(server)) {
      broker.connect().get(5, TimeUnit.SECONDS);
      broker.resolve(IbFixtures.SOFR).get(5, TimeUnit.SECONDS);
      for (int round = 0; round < 6; round++) {
        int n = 1000;
        CountDownLatch filled = new CountDownLatch(n);
        AtomicInteger fills = new AtomicInteger();
        String prefix = "e2e-" + round + "-";
        var sub = broker.subscribe(e -> {
          if (!e.ref().value().startsWith(prefix)) {
            return;
          }
          if (e instanceof OrderEvent.StatusChanged s && s.state().status() == OrderStatus.FILLED) {
            filled.countDown();
          } else if (e instanceof OrderEvent.Filled) {
            fills.incrementAndGet();
          }
        });
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
          broker.place(OrderRequest.market(ClientOrderRef.of(prefix + i), IbFixtures.SOFR,
              Quantity.of(i % 2 == 0 ? 1 : -1)));
        }
        assertThat(filled.await(30, TimeUnit.SECONDS)).isTrue();
        long took = System.nanoTime() - start;
        sub.close();
        System.out.printf(Locale.ROOT, "round %d: 1,000 orders placed and filled in %.1f ms (%d fill events)%n",
            round, took / 1e6, fills.get());
      }
    }
  }

  private static byte[] sampleStream(int n) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < n; i++) {
      MessageWriter w = new MessageWriter();
      switch (i % 4) {
        case 0 -> w.add(3).add(i).add("Submitted").add(0).add(3).add(0.0).add(1_000_000 + i).add(0).add(0.0).add(7)
            .add("").add(0.0);
        case 1 -> w.add(1).add(6).add(5000 + i).add(1).add(95.745).add(100).add(0);
        case 2 -> w.add(11).add(-1).add(i).add(1001).add("SOFR3").add("FUT").add("20250617").add(0.0).add("")
            .add("2500").add("CME").add("USD").add("SR3H5").add("SR3").add("0000e" + i + ".01").add("20250228-14:30:00")
            .add("DU1").add("CME").add("BOT").add(1).add(95.75).add(1_000_000 + i).add(7).add(0).add(1).add(95.75)
            .add("ref-" + i).add("").add("").add("").add(1);
        default -> w.add(59).add(1).add("0000e" + i + ".01").add(2.0).add("USD").add("").add("").add("");
      }
      b.writeBytes(w.toBytes());
    }
    return b.toByteArray();
  }

  /** Counts what the decoder produces. */
  private static final class Counting implements IbEvents {
    long count;

    public void nextValidId(long orderId) {
      count++;
    }

    public void managedAccounts(String accounts) {
      count++;
    }

    public void error(Messages.Error e) {
      count++;
    }

    public void orderStatus(Messages.OrderStatus s) {
      count += s.orderId() >= 0 ? 1 : 0;
    }

    public void openOrder(Messages.OpenOrder o) {
      count++;
    }

    public void openOrderEnd() {
      count++;
    }

    public void execution(Messages.Execution e) {
      count += e.execId().isEmpty() ? 0 : 1;
    }

    public void executionsEnd(int reqId) {
      count++;
    }

    public void commission(Messages.Commission c) {
      count++;
    }

    public void contractDetails(Messages.ContractDetails d) {
      count++;
    }

    public void contractDetailsEnd(int reqId) {
      count++;
    }

    public void history(Messages.History h) {
      count++;
    }

    public void tickPrice(int reqId, int tickType, double price, double size) {
      count++;
    }

    public void tickSize(int reqId, int tickType, double size) {
      count++;
    }

    public void tickSnapshotEnd(int reqId) {
      count++;
    }

    public void position(Messages.Position p) {
      count++;
    }

    public void positionEnd() {
      count++;
    }

    public void accountValue(Messages.AccountValue v) {
      count++;
    }

    public void accountSummaryEnd(int reqId) {
      count++;
    }

    public void completedOrder(Messages.CompletedOrder o) {
      count++;
    }

    public void completedOrdersEnd() {
      count++;
    }

    public void currentTime(long epochSeconds) {
      count++;
    }
  }

  /** The reader and decoder alone, from memory: order status, ticks, executions and commissions in turn. */
  @Test
  void decodeRateInMemory() throws Exception {
    requireBench();
    int n = 400_000;
    byte[] stream = sampleStream(n);
    for (int round = 0; round < 5; round++) {
      MessageReader reader = new MessageReader(new ByteArrayInputStream(stream));
      Counting c = new Counting();
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        Decoder.dispatch(reader.next(), c, 176);
      }
      double secs = (System.nanoTime() - start) / 1e9;
      assertThat(c.count).isEqualTo(n);
      System.out.printf(Locale.ROOT, "round %d: decoded %d messages from memory in %.3f s: %.0f messages/s%n", round,
          n, secs, n / secs);
    }
  }

  /** The real reader thread of a connection, fed over loopback by a server writing the same messages. */
  @Test
  void decodeRateOverLoopback() throws Exception {
    requireBench();
    int n = 400_000;
    byte[] stream = sampleStream(n);
    try (ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread feeder = new Thread(() -> {
        try (Socket s = ss.accept()) {
          DataInputStream in = new DataInputStream(s.getInputStream());
          in.readFully(new byte[4]);
          in.readFully(new byte[in.readInt()]);
          OutputStream out = s.getOutputStream();
          out.write(new MessageWriter().add(176).add("20250301 12:00:00 UTC").toBytes());
          in.readFully(new byte[in.readInt()]); // startApi
          out.write(stream);
          out.flush();
          Thread.sleep(60_000);
        } catch (IOException | InterruptedException ex) {
          // the test closes the connection
        }
      });
      feeder.setDaemon(true);
      feeder.start();
      IbSettings s = IbSettings.builder("127.0.0.1", ss.getLocalPort(), 1).build();
      IbConnection conn = IbConnection.open(s).value();
      CountDownLatch done = new CountDownLatch(1);
      Counting c = new Counting();
      long[] start = new long[1];
      conn.start(new IbConnection.Listener() {
        @Override
        public void onMessage(IbConnection connection, Fields fields) {
          if (c.count == 0) {
            start[0] = System.nanoTime();
          }
          Decoder.dispatch(fields, c, 176);
          if (c.count == n) {
            done.countDown();
          }
        }

        @Override
        public void onClosed(IbConnection connection, String reason) {
        }
      }, "bench");
      conn.send(Encoder.startApi(1));
      assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
      double secs = (System.nanoTime() - start[0]) / 1e9;
      conn.close();
      System.out.printf(Locale.ROOT, "decoded %d messages over loopback (reader thread) in %.3f s: %.0f messages/s%n",
          n, secs, n / secs);
    }
  }
}
