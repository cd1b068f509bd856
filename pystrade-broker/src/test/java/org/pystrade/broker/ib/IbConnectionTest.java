package org.pystrade.broker.ib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pystrade.core.domain.Result;

/**
 * One connection's end, against a scripted server on a loopback socket: however it ends (the handling of a message
 * throwing, an {@link Error} included), the listener hears of it once, unless its owner closed it.
 */
class IbConnectionTest {

  private static final long WAIT_SECONDS = 5;

  private ServerSocket server;
  /** The server's side of the connection. */
  private Socket peer;

  /**
   * A listener whose reader can be held inside a message, whose handling of a message can throw, and that records how
   * the connection ended.
   */
  private static final class Recorder implements IbConnection.Listener {
    private final CountDownLatch inMessage = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final List<String> closings = new CopyOnWriteArrayList<>();
    /** Thrown by the handling of a message, when set. */
    private volatile Throwable thrown;

    @Override
    public void onMessage(IbConnection connection, Fields fields) {
      inMessage.countDown();
      try {
        release.await(WAIT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
      if (thrown instanceof Error e) {
        throw e;
      }
      if (thrown instanceof RuntimeException e) {
        throw e;
      }
    }

    @Override
    public void onClosed(IbConnection connection, String reason) {
      closings.add(reason);
      ended.countDown();
    }
  }

  /** Accepts one client and answers its handshake with server version 176. */
  private static Socket acceptAndShakeHands(ServerSocket server) {
    try {
      Socket s = server.accept();
      DataInputStream in = new DataInputStream(s.getInputStream());
      in.readFully(new byte[4]);
      in.readFully(new byte[in.readInt()]);
      s.getOutputStream().write(new MessageWriter().add(176).add("20250301 12:00:00 UTC").toBytes());
      return s;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @BeforeEach
  void listen() throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    if (peer != null) {
      peer.close();
    }
  }

  /** A connection to the scripted server, started with a listener; {@link #peer} is the server's side. */
  private IbConnection start(Recorder listener) {
    CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> acceptAndShakeHands(server));
    Result<IbConnection> opened = IbConnection.open(IbSettings.builder("127.0.0.1", server.getLocalPort(), 7)
        .connectTimeout(Duration.ofSeconds(WAIT_SECONDS)).maxMessagesPerSecond(10_000).build());
    assertThat(opened.isOk()).as("%s", opened).isTrue();
    assertThat(accepted).succeedsWithin(Duration.ofSeconds(WAIT_SECONDS));
    peer = accepted.join();
    opened.value().start(listener, "test");
    return opened.value();
  }

  @Test
  void aWriteThatFailsWhileTheReaderIsBusyIsReportedAsALostConnection() throws Exception {
    Recorder listener = new Recorder();
    IbConnection c = start(listener);
    peer.getOutputStream().write(new MessageWriter().add(49).add(1).add(1_740_830_400L).toBytes());
    assertThat(listener.inMessage.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the reader took the message").isTrue();

    // the server resets the connection while the reader is inside a message: a write fails first, and the socket
    // is closed under the reader (the order of a real disconnect when the reader is slow or busy)
    peer.setSoLinger(true, 0);
    peer.close();
    boolean sending = true;
    for (int i = 0; i < 500 && sending; i++) {
      sending = c.send(Encoder.reqCurrentTime());
      if (sending) {
        Thread.sleep(10);
      }
    }
    assertThat(sending).as("a write to the reset connection failed").isFalse();
    assertThat(c.isOpen()).isFalse();
    listener.release.countDown();

    assertThat(listener.ended.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the listener heard of the loss").isTrue();
    assertThat(listener.closings).singleElement().asString().startsWith("writing failed: ");
  }

  @Test
  void theServerClosingTheConnectionIsReportedOnce() throws Exception {
    Recorder listener = new Recorder();
    listener.release.countDown();
    IbConnection c = start(listener);
    peer.close();

    assertThat(listener.ended.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the listener heard of the loss").isTrue();
    assertThat(listener.closings).singleElement().asString().startsWith("the connection was lost: ");
    assertThat(c.send(Encoder.reqCurrentTime())).as("nothing is sent on a lost connection").isFalse();
  }

  static Stream<Throwable> failures() {
    return Stream.of(new StackOverflowError("test: the handler ran out of stack"),
        new OutOfMemoryError("test: no memory for the message"),
        new IllegalStateException("test: a message the decoder did not expect"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void aMessageWhoseHandlingThrowsEndsTheConnectionAndTheLossIsReportedOnce(Throwable failure) throws Exception {
    Recorder listener = new Recorder();
    listener.release.countDown();
    listener.thrown = failure;
    IbConnection c = start(listener);
    peer.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    peer.getOutputStream().write(new MessageWriter().add(49).add(1).add(1_740_830_400L).toBytes());

    assertThat(listener.ended.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the listener heard of the loss").isTrue();
    assertThat(listener.closings).singleElement().asString().startsWith("handling message 49 failed: "
        + failure.getClass().getName());
    assertThat(c.isOpen()).isFalse();
    assertThat(c.send(Encoder.reqCurrentTime())).as("nothing is sent on an ended connection").isFalse();
    assertThat(peer.getInputStream().read()).as("the server sees the connection closed").isEqualTo(-1);
    c.close();
    assertThat(listener.closings).as("reported once").hasSize(1);
  }
}
