package org.pystrade.broker.ib;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One socket connection to TWS: the handshake, one reader thread handing each message to the listener, and the
 * paced send path. A message is written by the calling thread when the pace allows and nothing is queued (the fast
 * path); otherwise it is queued for the sender thread, which writes it as soon as the pace allows, in order.
 *
 * <p>However the connection ends (the server closed it, a read failed, a write failed on any thread, or reading or
 * handling a message threw, an {@link Error} included, on the reader or the sender thread) the listener hears of it
 * once, on the reader thread ({@link Listener#onClosed}), unless its owner closed it ({@link #close}). A message whose
 * handling threw ends the connection: the listener's state may be part-way through that message, and a new
 * connection's re-synchronisation is what sets it right. An {@link Error} is rethrown after the connection is ended
 * and the loss reported, and the thread's end logged at ERROR.
 */
final class IbConnection {

  /** What happens on the connection, called on its reader thread. */
  interface Listener {
    void onMessage(IbConnection connection, Fields fields);

    /** The connection ended other than by {@link IbConnection#close()}: called once, after the last message. */
    void onClosed(IbConnection connection, String reason);
  }

  private static final Logger LOG = LoggerFactory.getLogger(IbConnection.class);

  private final Socket socket;
  private final OutputStream out;
  private final MessageReader reader;
  private final int serverVersion;
  private final String serverTime;
  private final Pacer pacer;
  private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
  /** Guards the queue and the pacer; never held during I/O. */
  private final Object sendLock = new Object();
  /** Serialises socket writes (held during I/O, never by the reader thread). */
  private final Object writeLock = new Object();
  /** No more messages are sent: set by {@link #close} and by a failed write. */
  private volatile boolean closed;
  /** The owner closed it ({@link #close}): the listener is not told. */
  private volatile boolean closedByOwner;
  /** Why a write failed, when one did (the socket is then closed, and the reader reports it). */
  private volatile String writeFailure;
  private Thread readerThread;
  private Thread senderThread;

  private IbConnection(Socket socket, MessageReader reader, int serverVersion, String serverTime, int perSecond)
      throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    this.reader = reader;
    this.serverVersion = serverVersion;
    this.serverTime = serverTime;
    this.pacer = new Pacer(perSecond, TimeUnit.SECONDS.toNanos(1));
  }

  /**
   * Connects and shakes hands: sends {@code API\0} and the version range, reads the server's version and time.
   * Refuses a server below {@link IbBroker#MIN_SERVER_VERSION}.
   */
  static Result<IbConnection> open(IbSettings s) {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(s.host(), s.port()), (int) s.connectTimeout().toMillis());
      socket.setSoTimeout((int) s.connectTimeout().toMillis());
      byte[] range = ("v" + IbBroker.MIN_SERVER_VERSION + ".." + IbBroker.MAX_SERVER_VERSION)
          .getBytes(StandardCharsets.US_ASCII);
      byte[] hello = new byte[4 + 4 + range.length];
      hello[0] = 'A';
      hello[1] = 'P';
      hello[2] = 'I';
      hello[3] = 0;
      hello[4] = (byte) (range.length >>> 24);
      hello[5] = (byte) (range.length >>> 16);
      hello[6] = (byte) (range.length >>> 8);
      hello[7] = (byte) range.length;
      System.arraycopy(range, 0, hello, 8, range.length);
      socket.getOutputStream().write(hello);
      socket.getOutputStream().flush();
      MessageReader reader = new MessageReader(socket.getInputStream());
      Fields first = reader.next();
      int version = first.integer(0);
      if (version < IbBroker.MIN_SERVER_VERSION) {
        closeQuietly(socket);
        return Result.err(Failure.of(ReasonCode.CONFIG_ERROR, "the server at " + s.host() + ":" + s.port()
            + " speaks TWS API version " + version + ", below " + IbBroker.MIN_SERVER_VERSION
            + ", the lowest pystrade supports: upgrade TWS or IB Gateway to a current release"));
      }
      if (version > IbBroker.MAX_SERVER_VERSION) {
        LOG.warn("the server chose version {}, above the range offered ({}..{}); reading it as {}", version,
            IbBroker.MIN_SERVER_VERSION, IbBroker.MAX_SERVER_VERSION, IbBroker.MAX_SERVER_VERSION);
      }
      socket.setSoTimeout(0);
      return Result.ok(new IbConnection(socket, reader, version, first.str(1), s.maxMessagesPerSecond()));
    } catch (SocketTimeoutException ex) {
      closeQuietly(socket);
      return Result.err(ReasonCode.TIMEOUT, "no handshake answer from " + s.host() + ":" + s.port() + " within "
          + s.connectTimeout() + ": is it TWS or IB Gateway, with the API enabled?");
    } catch (IOException ex) {
      closeQuietly(socket);
      return Result.err(ReasonCode.BROKER_DISCONNECTED, "cannot connect to TWS / IB Gateway at " + s.host() + ":"
          + s.port() + ": " + ex.getMessage() + " (is it running, with the API enabled on that port?)");
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ex) {
      LOG.debug("closing a socket", ex);
    }
  }

  int serverVersion() {
    return serverVersion;
  }

  String serverTime() {
    return serverTime;
  }

  /** Starts the reader and sender threads. */
  void start(Listener listener, String name) {
    readerThread = thread(() -> readLoop(listener), "pystrade-ib-reader-" + name);
    senderThread = thread(this::sendLoop, "pystrade-ib-sender-" + name);
    readerThread.start();
    senderThread.start();
  }

  /** A daemon thread whose end by an uncaught throwable ({@link Error}s are rethrown) is logged at ERROR. */
  private static Thread thread(Runnable run, String name) {
    Thread t = new Thread(run, name);
    t.setDaemon(true);
    t.setUncaughtExceptionHandler((dead, ex) -> LOG.error("{} ended by {}", dead.getName(), ex, ex));
    return t;
  }

  private void readLoop(Listener listener) {
    String reason = "the connection was closed";
    Fields handling = null;
    Error fatal = null;
    try {
      while (!closed) {
        Fields next = reader.next();
        handling = next;
        listener.onMessage(this, next);
        handling = null;
      }
    } catch (IOException ex) {
      reason = "the connection was lost: " + (ex.getMessage() == null ? ex.getClass().getSimpleName()
          : ex.getMessage());
    } catch (RuntimeException | Error ex) {
      reason = (handling == null ? "reading a message failed: " : "handling message " + handling.str(0)
          + " failed: ") + ex;
      if (ex instanceof Error e) {
        fatal = e;
      } else {
        LOG.error("{}; ending the connection (message {})", reason, handling, ex);
      }
    }
    try {
      shutDown();
      // a failed write closes the socket under the reader, which must still report the loss: only the owner's
      // close goes untold (its caller already knows)
      if (!closedByOwner) {
        String failed = writeFailure;
        listener.onClosed(this, failed != null ? "writing failed: " + failed : reason);
      }
    } finally {
      if (fatal != null) {
        throw fatal;
      }
    }
  }

  /**
   * Sends a framed message, paced: written on the calling thread when the pace allows and nothing is queued, else
   * queued for the sender thread. May block on the socket; never call it from the reader thread, nor holding a lock
   * the reader thread takes (use {@link #enqueue}).
   *
   * @return false when the connection is closed
   */
  boolean send(byte[] message) {
    synchronized (writeLock) {
      synchronized (sendLock) {
        if (closed) {
          return false;
        }
        if (!queue.isEmpty() || !pacer.tryAcquire(System.nanoTime())) {
          queue.add(message);
          sendLock.notifyAll();
          return true;
        }
      }
      return write(message);
    }
  }

  /**
   * Queues a framed message for the sender thread; never blocks on the socket.
   *
   * @return false when the connection is closed
   */
  boolean enqueue(byte[] message) {
    synchronized (sendLock) {
      if (closed) {
        return false;
      }
      queue.add(message);
      sendLock.notifyAll();
      return true;
    }
  }

  private boolean write(byte[] message) {
    try {
      out.write(message);
      return true;
    } catch (IOException ex) {
      LOG.warn("writing to TWS failed: {}", ex.getMessage());
      writeFailure = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      shutDown();
      return false;
    }
  }

  /**
   * Writes queued messages as the pace allows. It waits without the write lock, then polls and writes under it, so
   * that a message written on a caller's thread never overtakes a queued one.
   */
  private void sendLoop() {
    try {
      sendQueued();
    } catch (RuntimeException | Error ex) {
      // the reader reports the loss once the socket is closed
      writeFailure = "the sender failed: " + ex;
      shutDown();
      throw ex;
    }
  }

  private void sendQueued() {
    while (!closed) {
      synchronized (sendLock) {
        try {
          if (queue.isEmpty()) {
            sendLock.wait(100);
            continue;
          }
          long delay = pacer.delayNanos(System.nanoTime());
          if (delay > 0) {
            TimeUnit.NANOSECONDS.timedWait(sendLock, delay);
            continue;
          }
        } catch (InterruptedException ex) {
          return;
        }
      }
      synchronized (writeLock) {
        byte[] next = null;
        synchronized (sendLock) {
          if (!queue.isEmpty() && pacer.tryAcquire(System.nanoTime())) {
            next = queue.poll();
          }
        }
        if (next != null) {
          write(next);
        }
      }
    }
  }

  boolean isOpen() {
    return !closed;
  }

  /** Closes the socket for its owner; the reader thread ends without telling the listener. */
  void close() {
    closedByOwner = true;
    shutDown();
  }

  /** Stops the sending and closes the socket; the reader thread ends. */
  private void shutDown() {
    synchronized (sendLock) {
      closed = true;
      queue.clear();
      sendLock.notifyAll();
    }
    closeQuietly(socket);
  }
}
