package org.pystrade.broker.testkit;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake TWS / IB Gateway: the TWS API socket protocol on a real loopback socket, acting out a {@link Scenario}.
 * Its orders, executions and positions outlive a connection, so a client that reconnects finds them (as it would
 * at a real TWS). It answers the requests pystrade's IB client sends: the handshake and API start, contract details,
 * historical data (generated daily or intraday bars around each contract's mid), market data snapshots, orders
 * (place, modify, cancel) with their open-order, status, execution and commission messages, open orders,
 * executions, positions and the account summary. Open and completed orders are sent in the full layout of the
 * negotiated version, every attribute pystrade does not use at IB's default.
 *
 * <p>Written independently of the client's protocol classes, so that a misreading of the protocol on one side is
 * not mirrored on the other.
 */
public final class FakeTwsServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FakeTwsServer.class);
  private static final DateTimeFormatter YMD = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss");

  private final Scenario scenario;
  private final ServerSocket server;
  private final Thread acceptor;
  private final List<Conn> connections = new CopyOnWriteArrayList<>();
  private final AtomicInteger accepted = new AtomicInteger();
  private volatile boolean closed;

  private final Object state = new Object();
  private final Map<Long, FakeOrder> orders = new LinkedHashMap<>();
  private final List<FakeExecution> executions = new ArrayList<>();
  private final Map<Long, Double> positions = new HashMap<>();
  private final Map<String, Integer> placeOrdersByRef = new HashMap<>();
  private final Map<Integer, Integer> received = new HashMap<>();
  private long maxOrderId;
  private int historyRequests;
  private boolean disconnectDone;
  private long nextExec = 1;

  /** An order the server holds. */
  private static final class FakeOrder {
    long id;
    String[] contract;
    String action;
    double quantity;
    String type;
    double limit;
    String ref;
    int clientId;
    String status = "Submitted";
    double filled;
    double value;
  }

  /** An execution the server made. */
  private record FakeExecution(String execId, long orderId, String[] contract, String side, double shares,
      double price, String time, String ref, double cumQty, double avgPrice, double commission, String currency,
      int clientId) {
  }

  private FakeTwsServer(Scenario scenario) throws IOException {
    this.scenario = scenario;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.maxOrderId = scenario.nextValidId - 1;
    this.positions.putAll(scenario.positions);
    this.acceptor = new Thread(this::acceptLoop, "fake-tws-acceptor");
    this.acceptor.setDaemon(true);
    this.acceptor.start();
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @param scenario what it does
   * @return the running server
   * @throws IOException if no port can be opened
   */
  public static FakeTwsServer start(Scenario scenario) throws IOException {
    return new FakeTwsServer(scenario);
  }

  /**
   * The port it listens on (host 127.0.0.1).
   *
   * @return the port
   */
  public int port() {
    return server.getLocalPort();
  }

  /**
   * How many connections were accepted so far.
   *
   * @return the count
   */
  public int connectionCount() {
    return accepted.get();
  }

  /**
   * How many placeOrder messages (placements and modifications) carried an order reference.
   *
   * @param orderRef the reference
   * @return the count
   */
  public int placeOrderMessages(String orderRef) {
    synchronized (state) {
      return placeOrdersByRef.getOrDefault(orderRef, 0);
    }
  }

  /**
   * How many distinct orders the server holds with an order reference.
   *
   * @param orderRef the reference
   * @return the count
   */
  public long ordersWithRef(String orderRef) {
    synchronized (state) {
      return orders.values().stream().filter(o -> o.ref.equals(orderRef)).count();
    }
  }

  /**
   * How many messages of a client message id were received.
   *
   * @param messageId the id
   * @return the count
   */
  public int received(int messageId) {
    synchronized (state) {
      return received.getOrDefault(messageId, 0);
    }
  }

  /**
   * Fills part of the working order of a reference now, at the touch whatever its limit (the market moved), sending
   * the execution and the order's status to the client that placed it, as the exchange filling it later does.
   *
   * @param orderRef the order's reference
   * @param shares how much of it fills, no more than it has left
   * @throws IllegalArgumentException if no order of that reference is working, or it has less left
   * @throws IllegalStateException if the client that placed it is not connected
   */
  public void fillNow(String orderRef, double shares) {
    synchronized (state) {
      FakeOrder o = orders.values().stream().filter(k -> k.ref.equals(orderRef)
          && (k.status.equals("Submitted") || k.status.equals("PreSubmitted"))).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no working order " + orderRef));
      if (shares <= 0 || shares > o.quantity - o.filled) {
        throw new IllegalArgumentException("order " + orderRef + " has " + (o.quantity - o.filled) + " left, not "
            + shares);
      }
      connections.stream().filter(c -> c.clientId == o.clientId).findFirst()
          .orElseThrow(() -> new IllegalStateException("client " + o.clientId + " is not connected"))
          .execute(o, shares);
    }
  }

  /** The bid and ask of an order's contract or FX pair. */
  private double[] bidAsk(FakeOrder o) {
    if (o.contract[2].equals("CASH")) {
      return scenario.fx.get(o.contract[1] + o.contract[6]);
    }
    FakeContract c = contractOf(o);
    return new double[] {c.bid(), c.ask()};
  }

  private FakeContract contractOf(FakeOrder o) {
    FakeContract c = null;
    for (FakeContract k : scenario.contracts) {
      if (k.symbol().equals(o.contract[1]) && k.exchange().equals(o.contract[5])) {
        c = k;
      }
    }
    return c;
  }

  /** Drops every open connection, as a gateway restart or a network failure does. */
  public void dropConnections() {
    for (Conn c : connections) {
      c.close();
    }
  }

  /**
   * Sends a notice to every connected client (1100 connectivity lost, 1102 restored, ...).
   *
   * @param code the code
   * @param message the text
   */
  public void notice(int code, String message) {
    for (Conn c : connections) {
      c.send(msg(4, 2, -1, code, message, ""));
    }
  }

  /**
   * Sends a message of the given fields to every connected client as they are (the scenario's extra fields
   * appended), changing nothing the server holds: a message the server would not send, or a malformed one.
   *
   * @param fields the fields, the message id first
   */
  public void sendToClients(Object... fields) {
    byte[] m = msg(fields);
    for (Conn c : connections) {
      c.send(m);
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException ex) {
      LOG.debug("closing the fake server", ex);
    }
    dropConnections();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = server.accept();
        s.setTcpNoDelay(true);
        int n = accepted.incrementAndGet();
        if (n > 1 && n <= 1 + scenario.refuseConnections) {
          s.close();
          continue;
        }
        Conn c = new Conn(s);
        connections.add(c);
        Thread t = new Thread(c::run, "fake-tws-conn-" + n);
        t.setDaemon(true);
        t.start();
      } catch (IOException ex) {
        if (!closed) {
          LOG.warn("fake server accept failed", ex);
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------- wire

  /** A framed message of the given fields, with the scenario's extra fields appended. */
  private byte[] msg(Object... fields) {
    ByteArrayOutputStream b = new ByteArrayOutputStream(128);
    b.write(0);
    b.write(0);
    b.write(0);
    b.write(0);
    for (Object f : fields) {
      writeField(b, f);
    }
    for (int i = 0; i < scenario.extraFields; i++) {
      writeField(b, "x" + i);
    }
    byte[] out = b.toByteArray();
    int len = out.length - 4;
    out[0] = (byte) (len >>> 24);
    out[1] = (byte) (len >>> 16);
    out[2] = (byte) (len >>> 8);
    out[3] = (byte) len;
    return out;
  }

  private static void writeField(ByteArrayOutputStream b, Object f) {
    String s;
    if (f == null) {
      s = "";
    } else if (f instanceof Double d) {
      s = Double.isNaN(d) ? "" : d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
          : Double.toString(d);
    } else if (f instanceof Boolean bool) {
      s = bool ? "1" : "0";
    } else {
      s = f.toString();
    }
    b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    b.write(0);
  }

  private static String[] split(byte[] body) {
    List<String> fields = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < body.length; i++) {
      if (body[i] == 0) {
        fields.add(new String(body, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    if (start < body.length) {
      fields.add(new String(body, start, body.length - start, StandardCharsets.UTF_8));
    }
    return fields.toArray(new String[0]);
  }

  private static String f(String[] m, int i) {
    return i < m.length ? m[i] : "";
  }

  private static double num(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }

  // ------------------------------------------------------------------------------------------- one connection

  /** One client connection: its own reader thread; answers written in order. */
  private final class Conn {
    private final Socket socket;
    private OutputStream out;
    private int clientId;
    private int version;

    Conn(Socket socket) {
      this.socket = socket;
    }

    void close() {
      try {
        socket.close();
      } catch (IOException ex) {
        LOG.debug("closing a fake connection", ex);
      }
    }

    synchronized void send(byte[] m) {
      try {
        if (out != null) {
          out.write(m);
        }
      } catch (IOException ex) {
        close();
      }
    }

    void run() {
      try (Socket s = socket) {
        out = s.getOutputStream();
        DataInputStream in = new DataInputStream(s.getInputStream());
        byte[] api = new byte[4];
        in.readFully(api);
        if (api[0] != 'A' || api[1] != 'P' || api[2] != 'I' || api[3] != 0) {
          return;
        }
        String range = new String(readBody(in), StandardCharsets.US_ASCII);
        int max = Integer.parseInt(range.substring(range.indexOf("..") + 2).split(" ")[0]);
        version = Math.min(max, scenario.serverVersion);
        send(msg(version, "20250301 12:00:00 UTC"));
        while (!closed) {
          String[] m = split(readBody(in));
          handleOrDrop(m);
        }
      } catch (IOException ex) {
        LOG.debug("fake connection ended: {}", ex.getMessage());
      } finally {
        connections.remove(this);
      }
    }

    private byte[] readBody(DataInputStream in) throws IOException {
      int len = in.readInt();
      if (len < 0 || len > 1 << 24) {
        throw new IOException("bad length " + len);
      }
      byte[] body = new byte[len];
      in.readFully(body);
      return body;
    }

    private void handleOrDrop(String[] m) throws IOException {
      int id = Integer.parseInt(m[0]);
      boolean drop;
      synchronized (state) {
        received.merge(id, 1, Integer::sum);
        if (id == 3) {
          placeOrdersByRef.merge(f(m, 26), 1, Integer::sum);
        }
        drop = !disconnectDone && id == scenario.disconnectOnMessage
            && received.get(id) == scenario.disconnectOnNth;
        if (drop) {
          disconnectDone = true;
        }
      }
      Duration delay = scenario.delays.get(id);
      if (delay != null) {
        try {
          Thread.sleep(delay.toMillis());
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
        }
      }
      if (drop) {
        if (scenario.processBeforeDisconnect) {
          Conn silent = this;
          synchronized (silent) {
            OutputStream real = out;
            out = null;
            handle(m);
            out = real;
          }
        }
        throw new SocketException("scenario: disconnect on message " + id);
      }
      handle(m);
    }

    private void handle(String[] m) {
      switch (Integer.parseInt(m[0])) {
        case 71 -> startApi(m);
        case 9 -> contractDetails(m);
        case 20 -> history(m);
        case 1 -> marketData(m);
        case 3 -> placeOrder(m);
        case 4 -> cancelOrder(m);
        case 5 -> openOrders();
        case 99 -> completedOrders();
        case 7 -> executions(m);
        case 8 -> nextId();
        case 61 -> positions();
        case 62 -> accountSummary(m);
        case 49 -> send(msg(49, 1, Instant.now().getEpochSecond()));
        default -> {
        }
      }
    }

    private void startApi(String[] m) {
      clientId = Integer.parseInt(f(m, 2));
      if (scenario.clientIdInUse) {
        send(msg(4, 2, -1, 326, "Unable to connect as the client id is already in use. Retry with a unique client "
            + "id.", ""));
        close();
        return;
      }
      send(msg(15, 1, String.join(",", scenario.accounts)));
      nextId();
      send(msg(4, 2, -1, 2104, "Market data farm connection is OK:usfarm", ""));
      send(msg(4, 2, -1, 2106, "HMDS data farm connection is OK:ushmds", ""));
      send(msg(4, 2, -1, 2158, "Sec-def data farm connection is OK:secdefnj", ""));
    }

    private void nextId() {
      synchronized (state) {
        send(msg(9, 1, maxOrderId + 1));
      }
    }

    /** Contract fields of a request from {@code i}: conId, symbol, secType, month, strike, right, multiplier,
     *  exchange, primaryExchange, currency, localSymbol, tradingClass. */
    private FakeContract find(String[] m, int i) {
      long conId = f(m, i).isEmpty() ? 0 : Long.parseLong(f(m, i));
      String month = f(m, i + 3);
      for (FakeContract c : scenario.contracts) {
        if (conId != 0 ? c.conId() == conId : c.symbol().equals(f(m, i + 1)) && c.exchange().equals(f(m, i + 7))
            && (month.isEmpty() || c.contractMonth().equals(month) || c.lastTradeDate().equals(month))) {
          return c;
        }
      }
      return null;
    }

    private void contractDetails(String[] m) {
      int reqId = Integer.parseInt(f(m, 2));
      List<FakeContract> found = new ArrayList<>();
      String month = f(m, 6);
      for (FakeContract c : scenario.contracts) {
        if (c.symbol().equals(f(m, 4)) && c.exchange().equals(f(m, 10))
            && (month.isEmpty() || c.contractMonth().equals(month) || c.lastTradeDate().equals(month))) {
          found.add(c);
        }
      }
      if (found.isEmpty()) {
        send(msg(4, 2, reqId, 200, "No security definition has been found for the request", ""));
        return;
      }
      for (FakeContract c : found) {
        send(msg(10, reqId, c.symbol(), "FUT", c.lastTradeDate() + " 15:00 US/Central", 0.0, "", c.exchange(),
            c.currency(), c.localSymbol(), c.symbol(), c.symbol(), c.conId(), 0.005, c.multiplier(), "ACTIVETIM,LMT,MKT",
            c.exchange(), c.priceMagnifier(), 0, c.symbol() + " future", "", c.contractMonth(), "", "", "",
            "US/Central", "", "", "", "", 0, "1", "", "", "", "", "", "1", "1", "1"));
      }
      send(msg(52, 1, reqId));
    }

    private void history(String[] m) {
      int reqId = Integer.parseInt(f(m, 1));
      synchronized (state) {
        historyRequests++;
        if (historyRequests <= scenario.pacingViolations) {
          send(msg(4, 2, reqId, 162, "Historical Market Data Service error message:Historical data request pacing "
              + "violation", ""));
          return;
        }
      }
      FakeContract c = find(m, 2);
      if (c == null) {
        send(msg(4, 2, reqId, 200, "No security definition has been found for the request", ""));
        return;
      }
      LocalDateTime end = LocalDateTime.parse(f(m, 15), UTC_TIME);
      String barSize = f(m, 16);
      String[] duration = f(m, 17).split(" ");
      long amount = Long.parseLong(duration[0]);
      Duration span = switch (duration[1]) {
        case "S" -> Duration.ofSeconds(amount);
        case "D" -> Duration.ofDays(amount);
        case "W" -> Duration.ofDays(7 * amount);
        case "M" -> Duration.ofDays(31 * amount);
        default -> Duration.ofDays(365 * amount);
      };
      boolean daily = barSize.equals("1 day");
      List<Object> fields = new ArrayList<>(List.of(17, reqId, "", ""));
      List<Object[]> bars = new ArrayList<>();
      LocalDateTime start = end.minus(span);
      if (daily) {
        // a daily bar is complete once its day is over: an end at midnight leaves that day's bar out
        LocalDate last = end.toLocalTime().toSecondOfDay() == 0 ? end.toLocalDate().minusDays(1) : end.toLocalDate();
        for (LocalDate d = start.toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
          if (d.getDayOfWeek().getValue() <= 5 && !d.atStartOfDay().isBefore(start)) {
            bars.add(bar(c, d.toEpochDay(), YMD.format(d)));
          }
        }
      } else {
        long step = barSize.equals("1 min") ? 60 : barSize.equals("5 mins") ? 300 : barSize.equals("15 mins") ? 900
            : 3600;
        long from = start.toEpochSecond(ZoneOffset.UTC);
        from = (from + step - 1) / step * step;
        for (long t = from; t < end.toEpochSecond(ZoneOffset.UTC); t += step) {
          bars.add(bar(c, t / step, Long.toString(t)));
        }
      }
      fields.add(bars.size());
      for (Object[] b : bars) {
        fields.addAll(List.of(b));
      }
      send(msg(fields.toArray()));
    }

    /** A generated bar: a deterministic wiggle around the contract's mid. */
    private Object[] bar(FakeContract c, long k, String date) {
      double tick = 0.005;
      double close = c.mid() + tick * ((k * 7) % 11 - 5);
      double open = close - tick;
      return new Object[] {date, open, close + 2 * tick, open - tick, close, 100 + k % 50, close, 10};
    }

    private void marketData(String[] m) {
      int reqId = Integer.parseInt(f(m, 2));
      double bid;
      double ask;
      double size;
      if (f(m, 5).equals("CASH")) {
        double[] q = scenario.fx.get(f(m, 4) + f(m, 12));
        if (q == null) {
          send(msg(4, 2, reqId, 200, "No security definition has been found for the request", ""));
          return;
        }
        bid = q[0];
        ask = q[1];
        size = 1_000_000;
      } else {
        FakeContract c = find(m, 3);
        if (c == null) {
          send(msg(4, 2, reqId, 200, "No security definition has been found for the request", ""));
          return;
        }
        bid = c.bid();
        ask = c.ask();
        size = c.size();
      }
      send(msg(1, 6, reqId, 1, bid, size, 0));
      send(msg(2, 6, reqId, 0, size));
      send(msg(1, 6, reqId, 2, ask, size, 0));
      send(msg(2, 6, reqId, 3, size));
      send(msg(1, 6, reqId, 4, bid, 1, 0));
      send(msg(57, 1, reqId));
    }

    private String[] contractFields(String[] m, int i) {
      return new String[] {f(m, i), f(m, i + 1), f(m, i + 2), f(m, i + 3), f(m, i + 6), f(m, i + 7), f(m, i + 9)};
    }

    /** The 11 contract fields of server messages: conId, symbol, secType, lastTradeDate, strike, right, multiplier,
     *  exchange, currency, localSymbol, tradingClass. */
    private Object[] contractOut(String[] c) {
      FakeContract known = null;
      for (FakeContract k : scenario.contracts) {
        if (k.symbol().equals(c[1]) && k.exchange().equals(c[5])) {
          known = k;
        }
      }
      if (c[2].equals("CASH")) {
        return new Object[] {0, c[1], "CASH", "", 0.0, "", "", "IDEALPRO", c[6], c[1] + "." + c[6], c[1] + "." + c[6]};
      }
      return known == null ? new Object[] {c[0], c[1], c[2], c[3], 0.0, "", c[4], c[5], c[6], "", ""}
          : new Object[] {known.conId(), known.symbol(), "FUT", known.lastTradeDate(), 0.0, "", known.multiplier(),
              known.exchange(), known.currency(), known.localSymbol(), known.symbol()};
    }

    private void placeOrder(String[] m) {
      long id = Long.parseLong(f(m, 1));
      synchronized (state) {
        FakeOrder existing = orders.get(id);
        if (existing == null && id <= maxOrderId) {
          send(msg(4, 2, id, 103, "Duplicate order id", ""));
          return;
        }
        String[] contract = contractFields(m, 2);
        boolean cash = contract[2].equals("CASH");
        if (!cash && find(m, 2) == null || cash && !scenario.fx.containsKey(contract[1] + contract[6])) {
          maxOrderId = Math.max(maxOrderId, id);
          send(msg(4, 2, id, 200, "No security definition has been found for the request", ""));
          return;
        }
        double qty = num(f(m, 17));
        if (existing == null && !cash && qty > scenario.rejectAbove) {
          maxOrderId = Math.max(maxOrderId, id);
          FakeOrder rejected = new FakeOrder();
          rejected.id = id;
          rejected.contract = contract;
          rejected.action = f(m, 16);
          rejected.quantity = qty;
          rejected.type = f(m, 18);
          rejected.limit = num(f(m, 19));
          rejected.ref = f(m, 26);
          rejected.clientId = clientId;
          rejected.status = "Inactive";
          orders.put(id, rejected);
          send(msg(4, 2, id, 201, "Order rejected - reason:The order size " + (long) qty + " exceeds the limit of "
              + scenario.rejectAbove, ""));
          send(msg(3, id, "Inactive", 0.0, qty, 0.0, id, 0, 0.0, clientId, "", 0.0));
          return;
        }
        FakeOrder o = existing != null ? existing : new FakeOrder();
        if (existing != null && !working(o)) {
          send(msg(4, 2, id, 10148, "OrderId " + id + " that needs to be modified cannot be modified, its state is "
              + o.status, ""));
          return;
        }
        o.id = id;
        o.contract = contract;
        o.action = f(m, 16);
        o.quantity = qty;
        o.type = f(m, 18);
        o.limit = num(f(m, 19));
        o.ref = f(m, 26);
        o.clientId = clientId;
        orders.put(id, o);
        maxOrderId = Math.max(maxOrderId, id);
        sendOpenOrder(o);
        sendStatus(o);
        fill(o);
      }
    }

    private boolean working(FakeOrder o) {
      return o.status.equals("Submitted") || o.status.equals("PreSubmitted");
    }

    /** An open order in the full layout of the negotiated version (every order attribute at IB's default). */
    private void sendOpenOrder(FakeOrder o) {
      List<Object> fields = new ArrayList<>(List.of(5, o.id));
      fields.addAll(List.of(contractOut(o.contract)));
      fields.addAll(List.of(o.action, o.quantity, o.type, o.limit, "", "DAY", "", scenario.accounts.get(0), "", 0,
          o.ref, o.clientId, 1_000_000 + o.id));
      fields.addAll(List.of(0, 0, 0.0, "", "", "", "", ""));   // outsideRth .. faPercentage (sharesAllocation blank)
      if (version < 177) {
        fields.add("");                                      // faProfile
      }
      fields.addAll(List.of("", "", "", "", "", 0, "", -1, 0)); // modelCode .. exemptCode, auctionStrategy
      fields.addAll(List.of("", "", "", "", "", 0, 0, 0, 0, "")); // startingPrice .. minQty
      fields.addAll(List.of(0, 0, 0, "", 0, 0, "", "", "", "")); // ocaType .. deltaNeutralAuxPrice
      fields.addAll(List.of(0, "", "", "", "", "", ""));    // continuousUpdate .. comboLegsDescrip
      fields.addAll(List.of(0, 0, 0));                      // no combo legs, order combo legs, routing params
      fields.addAll(List.of("", "", ""));                   // scale sizes and increment (unset)
      fields.add("");                                       // no hedge
      fields.addAll(List.of(0, "", "", 0, 0));              // optOutSmartRouting .. notHeld, no delta-neutral contract
      fields.add("");                                       // no algo
      fields.addAll(List.of(0, 0, o.status));               // solicited, whatIf, the order state's status
      for (int k = 0; k < 9; k++) {
        fields.add("");                                     // margins before, change and after
      }
      fields.addAll(List.of("", "", "", "", ""));           // commission, min, max, currency, warning text
      fields.addAll(List.of(0, 0, 0));                      // randomizeSize, randomizePrice, no conditions
      fields.addAll(List.of("None", "", "", "", "", "", "", 0)); // adjusted order type .. adjustableTrailingUnit
      fields.addAll(List.of("", "", "", "", 0, 0, 0, ""));  // soft dollar tier, cashQty, flags, usePriceMgmtAlgo
      fields.addAll(List.of("", "", 0));                    // duration, postToAts, autoCancelParent
      if (version >= 170) {
        fields.addAll(List.of("", "", "", "", ""));         // minTradeQty .. midOffsetAtHalf
      }
      send(msg(fields.toArray()));
    }

    private void sendStatus(FakeOrder o) {
      double avg = o.filled == 0 ? 0.0 : o.value / o.filled;
      send(msg(3, o.id, o.status, o.filled, o.quantity - o.filled, avg, 1_000_000 + o.id, 0, avg, o.clientId, "",
          0.0));
    }

    /** Fills a marketable order per the scenario. */
    private void fill(FakeOrder o) {
      if (scenario.fills == Scenario.Fills.NONE || !working(o)) {
        return;
      }
      double[] bidAsk = bidAsk(o);
      boolean buy = o.action.equals("BUY");
      if (o.type.equals("LMT") && (buy ? o.limit < bidAsk[1] : o.limit > bidAsk[0])) {
        return;
      }
      double left = o.quantity - o.filled;
      int parts = scenario.fills == Scenario.Fills.PARTIAL ? (int) Math.min(scenario.partialParts, left) : 1;
      for (int p = 0; p < parts; p++) {
        execute(o, p == parts - 1 ? o.quantity - o.filled : Math.floor(left / parts));
      }
    }

    /** Fills part of a working order at the touch, whatever its limit: its execution and status sent. */
    private void execute(FakeOrder o, double shares) {
      boolean buy = o.action.equals("BUY");
      double price = bidAsk(o)[buy ? 1 : 0];
      String currency = o.contract[2].equals("CASH") ? o.contract[6] : contractOf(o).currency();
      o.filled += shares;
      o.value += shares * price;
      if (o.filled >= o.quantity) {
        o.status = "Filled";
      }
      String time = UTC_TIME.format(LocalDateTime.now(ZoneOffset.UTC));
      FakeExecution e = new FakeExecution(String.format("0000e%04d.%d.01", nextExec++, o.id), o.id, o.contract,
          buy ? "BOT" : "SLD", shares, price, time, o.ref, o.filled, o.value / o.filled,
          scenario.commissionPerContract * (o.contract[2].equals("CASH") ? 1 : shares), currency, o.clientId);
      executions.add(e);
      if (!o.contract[2].equals("CASH")) {
        Object x = contractOut(o.contract)[0];
        long conId = x instanceof Number n ? n.longValue() : Long.parseLong(x.toString());
        positions.merge(conId, buy ? shares : -shares, Double::sum);
      }
      int copies = scenario.duplicateExecutions ? 2 : 1;
      for (int k = 0; k < copies; k++) {
        sendExecution(-1, e);
      }
      sendStatus(o);
    }

    private void sendExecution(int reqId, FakeExecution e) {
      List<Object> fields = new ArrayList<>(List.of(11, reqId, e.orderId()));
      fields.addAll(List.of(contractOut(e.contract())));
      fields.addAll(List.of(e.execId(), e.time(), scenario.accounts.get(0), "CME", e.side(), e.shares(), e.price(),
          1_000_000 + e.orderId(), e.clientId(), 0, e.cumQty(), e.avgPrice(), e.ref(), "", "", "", 1));
      send(msg(fields.toArray()));
      if (!scenario.withholdCommissions) {
        send(msg(59, 1, e.execId(), e.commission(), e.currency(), "", "", ""));
      }
    }

    private void cancelOrder(String[] m) {
      long id = Long.parseLong(f(m, 2));
      synchronized (state) {
        FakeOrder o = orders.get(id);
        if (o == null || !working(o)) {
          send(msg(4, 2, id, 161, "Cancel attempted when order is not in a cancellable state.  Order permId ="
              + (1_000_000 + id), ""));
          return;
        }
        o.status = "Cancelled";
        sendStatus(o);
        send(msg(4, 2, id, 202, "Order Canceled - reason:", ""));
      }
    }

    private void openOrders() {
      synchronized (state) {
        for (FakeOrder o : orders.values()) {
          if (working(o)) {
            sendOpenOrder(o);
            sendStatus(o);
          }
        }
        send(msg(53, 1));
      }
    }

    /** Filled, cancelled and inactive (rejected) orders, in the completed-order layout of the negotiated version. */
    private void completedOrders() {
      synchronized (state) {
        for (FakeOrder o : orders.values()) {
          if (working(o)) {
            continue;
          }
          List<Object> fields = new ArrayList<>(List.of(101));
          fields.addAll(List.of(contractOut(o.contract)));
          fields.addAll(List.of(o.action, o.quantity, o.type, o.limit, 0.0, "DAY", "", scenario.accounts.get(0), "O",
              0, o.ref, 1_000_000 + o.id, 0, 0, 0.0, "", "", "", ""));
          if (version < 177) {
            fields.add("");                         // faProfile
          }
          for (int k = 0; k < 21; k++) {
            fields.add("");                         // modelCode .. volatilityType
          }
          fields.addAll(List.of("", ""));           // no delta-neutral order type, its aux price
          fields.addAll(List.of(0, "", "", "", "")); // continuousUpdate .. comboLegsDescrip
          fields.addAll(List.of(0, 0, 0));          // no combo legs, order combo legs, routing params
          fields.addAll(List.of("", "", ""));       // scale sizes and increment (unset)
          fields.add("");                           // no hedge
          fields.addAll(List.of("", "", 0, 0));     // clearing account and intent, notHeld, no delta-neutral contract
          fields.add("");                           // no algo
          fields.add(0);                            // solicited
          fields.add(o.status);
          fields.addAll(List.of(0, 0, "", "", 0, "", "", "")); // randomize size and price, and more after
          send(msg(fields.toArray()));
        }
        send(msg(102));
      }
    }

    private void executions(String[] m) {
      int reqId = Integer.parseInt(f(m, 2));
      synchronized (state) {
        for (FakeExecution e : executions) {
          sendExecution(reqId, e);
        }
        send(msg(55, 1, reqId));
      }
    }

    private void positions() {
      synchronized (state) {
        for (Map.Entry<Long, Double> p : positions.entrySet()) {
          if (p.getValue() == 0) {
            continue;
          }
          for (FakeContract c : scenario.contracts) {
            if (c.conId() == p.getKey()) {
              send(msg(61, 3, scenario.accounts.get(0), c.conId(), c.symbol(), "FUT", c.lastTradeDate(), 0.0, "",
                  c.multiplier(), "", c.currency(), c.localSymbol(), c.symbol(), p.getValue(), 1.0));
            }
          }
        }
        send(msg(62, 1));
      }
    }

    private void accountSummary(String[] m) {
      int reqId = Integer.parseInt(f(m, 2));
      String acct = scenario.accounts.get(0);
      String base = scenario.baseCurrency;
      double nl = scenario.netLiquidation;
      send(msg(63, 1, reqId, acct, "NetLiquidation", nl, base));
      send(msg(63, 1, reqId, acct, "TotalCashValue", nl, base));
      send(msg(63, 1, reqId, acct, "InitMarginReq", nl * 0.05, base));
      send(msg(63, 1, reqId, acct, "MaintMarginReq", nl * 0.04, base));
      send(msg(63, 1, reqId, acct, "AvailableFunds", nl * 0.95, base));
      for (Map.Entry<String, Double> c : scenario.cash.entrySet()) {
        send(msg(63, 1, reqId, acct, "CashBalance", c.getValue(), c.getKey()));
      }
      send(msg(63, 1, reqId, acct, "CashBalance", nl, "BASE"));
      send(msg(64, 1, reqId));
    }
  }
}
