package org.pystrade.broker.ib;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.pystrade.broker.api.AccountSummary;
import org.pystrade.broker.api.Bar;
import org.pystrade.broker.api.Broker;
import org.pystrade.broker.api.BrokerContract;
import org.pystrade.broker.api.BrokerContractSpec;
import org.pystrade.broker.api.BrokerErrors;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.ConnectionInfo;
import org.pystrade.broker.api.ConnectionState;
import org.pystrade.broker.api.Fill;
import org.pystrade.broker.api.Health;
import org.pystrade.broker.api.HistoryRequest;
import org.pystrade.broker.api.OrderEvent;
import org.pystrade.broker.api.OrderListener;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.OrderState;
import org.pystrade.broker.api.OrderStatus;
import org.pystrade.broker.api.OrderType;
import org.pystrade.broker.api.PriceBars;
import org.pystrade.broker.api.Quote;
import org.pystrade.broker.api.Subscription;
import org.pystrade.broker.api.Tradable;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.ContractPosition;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Broker} talking to TWS or IB Gateway over the TWS API socket protocol.
 *
 * <p>One reader thread per connection decodes messages and updates the client's state; futures complete and
 * listeners are called in order on one callback thread, never on the reader. Requests are paced (at most
 * {@link IbSettings#maxMessagesPerSecond()} messages a second, historical data at most
 * {@link IbSettings#historyRequestsPerWindow()} per window) and time out after {@link IbSettings#requestTimeout()}.
 *
 * <p>A lost connection fails the requests under way with {@code BROKER_DISCONNECTED} and, when
 * {@link IbSettings#reconnect()} is set, is re-established with exponential back-off. A message the client fails to
 * handle (its handling throws, an {@link Error} included) ends the connection the same way, since the client's state
 * may be part-way through it. After every (re)connection the
 * client re-synchronises its orders from the server's open orders and the day's executions before it reports itself
 * ready: an order whose acknowledgement was lost is recovered with its state and fills (a retry under the same
 * reference then returns it instead of sending it again), and an order the server never received is forgotten (a
 * retry sends it). Each execution is reported once, however often the server sends it.
 */
public final class IbBroker implements Broker {

  /** The lowest server version pystrade supports: 166, which added a field to error messages. */
  public static final int MIN_SERVER_VERSION = 166;
  /** The highest server version pystrade asks for; the server picks the highest it supports up to this. */
  public static final int MAX_SERVER_VERSION = 176;

  private static final Logger LOG = LoggerFactory.getLogger(IbBroker.class);
  private static final int FIRST_REQUEST_ID = 1 << 30;
  /** How long {@code fills()} waits, after the executions' end, for the commission reports of its executions. */
  private static final long COMMISSION_GRACE_MILLIS = 2000;
  /** The stand-in ids of completed orders adopted at a re-synchronisation count down from here. */
  private static final long COMPLETED_ORDER_IDS = Long.MAX_VALUE / 2;
  private static final String MONTH_LETTERS = "FGHJKMNQUVXZ";
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

  private final IbSettings settings;
  private final BrokerConfigTable table;
  private final ExecutorService callbacks;
  private final ScheduledExecutorService timer;
  private final List<OrderListener> listeners = new CopyOnWriteArrayList<>();
  private final Events events = new Events();

  private final Object lock = new Object();
  /** Taken before {@link #lock} by order placement, modification and cancellation, which write outside it. */
  private final Object placeLock = new Object();
  private IbConnection connection;
  private ConnectionState state = ConnectionState.DISCONNECTED;
  private Instant since = Instant.now();
  private int reconnections;
  private String lastNotice = "";
  private boolean wanted;
  private boolean everReady;
  private CompletableFuture<Result<ConnectionInfo>> connecting;
  private List<String> accounts;
  private boolean gotNextId;
  private boolean syncing;
  /** The completed orders of a re-synchronisation are still coming. */
  private boolean syncCompletedPending;
  private long nextOrderId = 1;
  private int nextRequestId = FIRST_REQUEST_ID;
  private final Pacer historyPacer;

  private final Map<Long, IbOrder> ordersById = new HashMap<>();
  private final Map<ClientOrderRef, IbOrder> ordersByRef = new HashMap<>();
  private final Map<Integer, Requests.Pending<?>> pending = new HashMap<>();
  private Requests.OpenOrdersReq openOrdersReq;
  private Requests.PositionsReq positionsReq;
  private final Map<String, Messages.Execution> awaitingCommission = new HashMap<>();
  private final Map<String, Messages.Commission> earlyCommissions = new HashMap<>();
  private final Set<String> reported = new HashSet<>();
  private final List<Fill> fills = new ArrayList<>();
  private final Map<FuturesContract, BrokerContract> resolved = new HashMap<>();
  private final Map<Long, FuturesContract> byConId = new HashMap<>();

  /**
   * Creates a client; nothing happens until {@link #connect()}.
   *
   * @param settings where and how to connect
   * @param table the broker config table
   */
  public IbBroker(IbSettings settings, BrokerConfigTable table) {
    this.settings = ArgChecker.notNull(settings, "settings");
    this.table = ArgChecker.notNull(table, "table");
    this.historyPacer = new Pacer(settings.historyRequestsPerWindow(), settings.historyWindow().toNanos());
    this.callbacks = Executors.newSingleThreadExecutor(r -> daemon(r, "pystrade-ib-callbacks"));
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "pystrade-ib-timer"));
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  // ---------------------------------------------------------------------------------------------- delivery

  private <T> void complete(CompletableFuture<Result<T>> future, Result<T> result) {
    if (future != null) {
      callbacks.execute(() -> future.complete(result));
    }
  }

  private <T> CompletableFuture<Result<T>> completed(Result<T> result) {
    CompletableFuture<Result<T>> f = new CompletableFuture<>();
    complete(f, result);
    return f;
  }

  private void emit(OrderEvent event) {
    callbacks.execute(() -> {
      for (OrderListener l : listeners) {
        try {
          l.onEvent(event);
        } catch (RuntimeException ex) {
          LOG.warn("an order listener threw on {}", event, ex);
        }
      }
    });
  }

  private Failure notConnected() {
    return Failure.of(ReasonCode.BROKER_DISCONNECTED, "not connected to TWS / IB Gateway at " + settings.host() + ":"
        + settings.port() + " (state " + state + ")");
  }

  /**
   * Queues a message on the current connection for its sender thread (called with the lock held, so it must not
   * block on the socket); false when there is no connection.
   */
  private boolean send(byte[] message) {
    return connection != null && connection.enqueue(message);
  }

  private <T> CompletableFuture<Result<T>> register(int reqId, Requests.Pending<T> p, byte[] request) {
    pending.put(reqId, p);
    p.timeout = timer.schedule(() -> timeout(reqId, p), settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    if (!send(request)) {
      pending.remove(reqId);
      p.timeout.cancel(false);
      complete(p.future, Result.err(notConnected()));
    }
    return p.future;
  }

  private <T> void timeout(int reqId, Requests.Pending<T> p) {
    synchronized (lock) {
      if (pending.remove(reqId, p)) {
        byte[] cancel = p.cancelMessage(reqId);
        if (cancel != null) {
          send(cancel);
        }
        complete(p.future, Result.err(ReasonCode.TIMEOUT, "no answer to the request for " + p.describe() + " within "
            + settings.requestTimeout()));
      }
    }
  }

  private <T> Requests.Pending<T> take(int reqId, Class<? extends Requests.Pending<T>> type) {
    Requests.Pending<?> p = pending.get(reqId);
    if (!type.isInstance(p)) {
      return null;
    }
    pending.remove(reqId);
    if (p.timeout != null) {
      p.timeout.cancel(false);
    }
    return type.cast(p);
  }

  // ---------------------------------------------------------------------------------------------- connection

  @Override
  public CompletableFuture<Result<ConnectionInfo>> connect() {
    synchronized (lock) {
      if (timer.isShutdown()) {
        throw new IllegalStateException("this IbBroker is closed; make a new one");
      }
      wanted = true;
      if (state == ConnectionState.CONNECTED && accounts != null && connection != null) {
        return completed(Result.ok(info()));
      }
      if (connecting != null && !connecting.isDone()) {
        return connecting;
      }
      connecting = new CompletableFuture<>();
      CompletableFuture<Result<ConnectionInfo>> f = connecting;
      if (state == ConnectionState.DISCONNECTED) {
        everReady = false;
        setState(ConnectionState.CONNECTING);
        timer.execute(() -> attempt(settings.reconnectInitialDelay().toMillis()));
      }
      return f;
    }
  }

  private ConnectionInfo info() {
    return new ConnectionInfo("IB", connection == null ? 0 : connection.serverVersion(), accounts);
  }

  /**
   * The server version agreed, or 0 when not connected.
   *
   * @return the version
   */
  public int serverVersion() {
    synchronized (lock) {
      return connection == null ? 0 : connection.serverVersion();
    }
  }

  private void setState(ConnectionState s) {
    if (s != state) {
      state = s;
      since = Instant.now();
    }
  }

  /** One connection attempt; on failure of a reconnection, the next is scheduled after {@code delayMillis}. */
  private void attempt(long delayMillis) {
    Result<IbConnection> r = IbConnection.open(settings);
    synchronized (lock) {
      if (!wanted || connection != null) {
        r.map(c -> {
          c.close();
          return c;
        });
        return;
      }
      if (!r.isOk()) {
        attemptFailed(r.failure(), delayMillis);
        return;
      }
      IbConnection c = r.value();
      connection = c;
      accounts = null;
      gotNextId = false;
      syncing = false;
      syncCompletedPending = false;
      LOG.info("connected to {}:{} (server version {}, server time {}), starting the API as client {}",
          settings.host(), settings.port(), c.serverVersion(), c.serverTime(), settings.clientId());
      c.start(events, String.valueOf(settings.clientId()));
      c.enqueue(Encoder.startApi(settings.clientId()));
      timer.schedule(() -> readyTimeout(c), settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void attemptFailed(Failure failure, long delayMillis) {
    boolean retry = everReady && settings.reconnect() && failure.code().isTransient();
    LOG.warn("connecting to {}:{} failed: {}{}", settings.host(), settings.port(), failure.message(),
        retry ? "; retrying in " + delayMillis + " ms" : "");
    lastNotice = failure.message();
    if (retry) {
      long next = Math.min(delayMillis * 2, settings.reconnectMaxDelay().toMillis());
      timer.schedule(() -> attempt(next), delayMillis, TimeUnit.MILLISECONDS);
      return;
    }
    wanted = false;
    setState(ConnectionState.DISCONNECTED);
    complete(connecting, Result.err(failure));
  }

  private void readyTimeout(IbConnection c) {
    synchronized (lock) {
      if (connection == c && state == ConnectionState.CONNECTING) {
        dropConnection(c, Failure.of(ReasonCode.TIMEOUT, "the server at " + settings.host() + ":" + settings.port()
            + " did not send the next order id, the managed accounts and the open orders and executions within "
            + settings.connectTimeout()));
      }
    }
  }

  /** A connection that failed before it was ready: closed, and the connect (or the reconnection) fails. */
  private void dropConnection(IbConnection c, Failure why) {
    connection = null;
    c.close();
    failEverything(why);
    attemptFailed(why, settings.reconnectInitialDelay().toMillis());
  }

  @Override
  public void disconnect() {
    synchronized (lock) {
      wanted = false;
      IbConnection c = connection;
      connection = null;
      if (c != null) {
        c.close();
      }
      failEverything(Failure.of(ReasonCode.BROKER_DISCONNECTED, "disconnected by the caller"));
      complete(connecting, Result.err(Failure.of(ReasonCode.BROKER_DISCONNECTED, "disconnected by the caller")));
      setState(ConnectionState.DISCONNECTED);
    }
  }

  @Override
  public void close() {
    disconnect();
    timer.shutdownNow();
    callbacks.shutdown();
    try {
      callbacks.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  /** Fails every request and acknowledgement under way; orders sent but not acknowledged become unconfirmed. */
  private void failEverything(Failure why) {
    for (Requests.Pending<?> p : pending.values()) {
      failPending(p, why);
    }
    pending.clear();
    if (openOrdersReq != null) {
      failPending(openOrdersReq, why);
      openOrdersReq = null;
    }
    if (positionsReq != null) {
      failPending(positionsReq, why);
      positionsReq = null;
    }
    for (IbOrder o : ordersById.values()) {
      if (o.ack != null) {
        o.unconfirmed = o.state.status() == OrderStatus.PENDING_SUBMIT;
        complete(o.ack, Result.err(Failure.of(why.code(), why.message() + " before order " + o.state.ref()
            + " was acknowledged: once reconnected, place it again under the same reference (it is sent only if the "
            + "server does not have it)")));
        o.ack = null;
      }
      complete(o.modifyAck, Result.err(why));
      o.modifyAck = null;
      o.pendingModify = null;
      complete(o.cancelAck, Result.err(why));
      o.cancelAck = null;
    }
  }

  private <T> void failPending(Requests.Pending<T> p, Failure why) {
    if (p.timeout != null) {
      p.timeout.cancel(false);
    }
    complete(p.future, Result.err(why));
  }

  @Override
  public Health health() {
    synchronized (lock) {
      return new Health(state, since, reconnections, lastNotice);
    }
  }

  /** Starts the re-synchronisation of orders once the API is started (next id and accounts received). */
  private void checkReady() {
    if (state != ConnectionState.CONNECTING || syncing || !gotNextId || accounts == null) {
      return;
    }
    syncing = true;
    if (settings.marketDataType() != 1) {
      send(Encoder.reqMarketDataType(settings.marketDataType()));
    }
    for (IbOrder o : ordersById.values()) {
      o.seenInSync = false;
    }
    startSync();
  }

  private void startSync() {
    openOrdersReq = new Requests.OpenOrdersReq(true);
    send(Encoder.reqOpenOrders());
    syncCompletedPending = true;
    send(Encoder.reqCompletedOrders(true));
    int reqId = nextRequestId++;
    register(reqId, new Requests.ExecutionsReq(true), Encoder.reqExecutions(reqId, settings.clientId()));
  }

  private boolean syncDone() {
    if (syncCompletedPending || openOrdersReq != null && openOrdersReq.sync) {
      return false;
    }
    for (Requests.Pending<?> p : pending.values()) {
      if (p instanceof Requests.ExecutionsReq e && e.sync) {
        return false;
      }
    }
    return true;
  }

  /**
   * After the open orders, completed orders and executions of a re-synchronisation: forget orders the server never
   * received.
   */
  private void finishSync() {
    if (!syncing || !syncDone()) {
      return;
    }
    syncing = false;
    for (Iterator<IbOrder> it = ordersById.values().iterator(); it.hasNext();) {
      IbOrder o = it.next();
      if (o.unconfirmed && !o.seenInSync && o.state.status() == OrderStatus.PENDING_SUBMIT) {
        LOG.info("order {} (id {}) did not reach the server before the connection was lost; placing it again under "
            + "the same reference will send it", o.state.ref(), o.state.orderId());
        it.remove();
        ordersByRef.remove(o.state.ref());
      } else if (o.seenInSync) {
        o.unconfirmed = false;
      }
    }
    if (state == ConnectionState.CONNECTING) {
      if (everReady) {
        reconnections++;
      }
      everReady = true;
      setState(ConnectionState.CONNECTED);
      LOG.info("ready: client {} on {}:{}, accounts {}", settings.clientId(), settings.host(), settings.port(),
          accounts);
      complete(connecting, Result.ok(info()));
    }
  }

  // ---------------------------------------------------------------------------------------------- contracts

  private static String multiplierText(double m) {
    return m == Math.rint(m) ? Long.toString((long) m) : Double.toString(m);
  }

  private static Encoder.OutContract futureContract(BrokerContract c) {
    ContractDate d = c.contract().date();
    String month = c.brokerId() != 0 ? "" : d.isDayKnown() ? d.asId() : d.asId().substring(0, 6);
    return new Encoder.OutContract(c.brokerId(), c.symbol(), "FUT", month, multiplierText(c.multiplier()),
        c.exchange(), c.currency().code());
  }

  private static Encoder.OutContract cashContract(FxPair pair) {
    return new Encoder.OutContract(0, pair.base().code(), "CASH", "", "", "IDEALPRO", pair.quote().code());
  }

  private static BrokerContract fromTable(FuturesContract contract, BrokerContractSpec s) {
    return new BrokerContract(contract, 0, s.symbol(), s.exchange(), s.currency(), s.multiplier(),
        s.priceMagnifier(), contract.date().expiry(0));
  }

  @Override
  public CompletableFuture<Result<BrokerContract>> resolve(FuturesContract contract) {
    ArgChecker.notNull(contract, "contract");
    synchronized (lock) {
      BrokerContract known = resolved.get(contract);
      if (known != null) {
        return completed(Result.ok(known));
      }
      Result<BrokerContractSpec> spec = table.spec(contract.instrument());
      if (!spec.isOk()) {
        return completed(Result.err(spec.failure()));
      }
      if (state != ConnectionState.CONNECTED) {
        return completed(Result.err(notConnected()));
      }
      BrokerContract base = fromTable(contract, spec.value());
      int reqId = nextRequestId++;
      return register(reqId, new Requests.ContractDetailsReq(contract, base),
          Encoder.reqContractDetails(connection.serverVersion(), reqId, futureContract(base)));
    }
  }

  /** Picks the contract of the requested month (and day, when known) among the details received. */
  private Result<BrokerContract> choose(Requests.ContractDetailsReq r) {
    ContractDate d = r.contract.date();
    String month = d.asId().substring(0, 6);
    List<Messages.ContractDetails> matches = new ArrayList<>();
    for (Messages.ContractDetails cd : r.found) {
      String cm = cd.contractMonth().isEmpty() ? prefix(cd.contract().lastTradeDate(), 6) : cd.contractMonth();
      if (cm.equals(month) && (!d.isDayKnown() || cd.contract().lastTradeDate().equals(d.asId()))) {
        matches.add(cd);
      }
    }
    if (matches.isEmpty()) {
      return Result.err(BrokerErrors.of(ReasonCode.NO_SUCH_CONTRACT, 200, "no " + r.describe() + " among the "
          + r.found.size() + " contracts IB returned"));
    }
    matches.sort(Comparator.comparing((Messages.ContractDetails cd) -> cd.contract().lastTradeDate()));
    Messages.ContractDetails chosen = matches.get(0);
    LocalDate last;
    try {
      last = LocalDate.parse(prefix(chosen.contract().lastTradeDate(), 8), YYYYMMDD);
    } catch (DateTimeParseException ex) {
      last = r.fromTable.lastTradeDate();
    }
    if (chosen.priceMagnifier() != r.fromTable.priceMagnifier()) {
      LOG.warn("IB says the price magnifier of {} is {}, the broker config table {}: the table is used",
          r.contract, chosen.priceMagnifier(), r.fromTable.priceMagnifier());
    }
    BrokerContract c = r.fromTable.withBrokerDetails(chosen.contract().conId(), last);
    resolved.put(r.contract, c);
    byConId.put(c.brokerId(), r.contract);
    return Result.ok(c);
  }

  private static String prefix(String s, int n) {
    return s.length() >= n ? s.substring(0, n) : s;
  }

  /** The tradable of a contract IB reports, when pystrade can name it (empty for fields it cannot read). */
  private Optional<Tradable> tradableOf(Messages.Contract c) {
    try {
      return readTradable(c);
    } catch (IllegalArgumentException ex) {
      LOG.debug("cannot name IB contract {}: {}", c, ex.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Tradable> readTradable(Messages.Contract c) {
    if (c.secType().equals("CASH")) {
      try {
        return Optional.of(Tradable.fx(FxPair.of(Currency.of(c.symbol()), Currency.of(c.currency()))));
      } catch (IllegalArgumentException ex) {
        return Optional.empty();
      }
    }
    if (!c.secType().equals("FUT")) {
      return Optional.empty();
    }
    FuturesContract known = byConId.get(c.conId());
    if (known != null) {
      return Optional.of(Tradable.future(known));
    }
    double multiplier = c.multiplier().isEmpty() ? Double.NaN : Double.parseDouble(c.multiplier());
    Optional<BrokerContractSpec> spec = table.bySymbol(c.symbol(), c.exchange(), multiplier);
    if (spec.isEmpty()) {
      spec = table.bySymbol(c.symbol(), "", multiplier);
    }
    if (spec.isEmpty() || c.lastTradeDate().length() < 6) {
      return Optional.empty();
    }
    int year = Integer.parseInt(c.lastTradeDate().substring(0, 4));
    int month = Integer.parseInt(c.lastTradeDate().substring(4, 6));
    // the contract month is the local symbol's month letter and year digit(s) ("SR3H5": March 2025, though SOFR's
    // last trade is in June; "CLZ3": December 2023, though crude oil's last trade is in November)
    String local = c.localSymbol();
    int digits = 0;
    while (digits < 2 && digits < local.length() && Character.isDigit(local.charAt(local.length() - 1 - digits))) {
      digits++;
    }
    if (digits > 0 && local.length() > digits) {
      int letter = MONTH_LETTERS.indexOf(local.charAt(local.length() - 1 - digits));
      if (letter >= 0) {
        int modulus = digits == 1 ? 10 : 100;
        int lastYear = year;
        int y = lastYear - Math.floorMod(lastYear, modulus) + Integer.parseInt(local.substring(local.length()
            - digits));
        if (y > lastYear + modulus / 2) {
          y -= modulus;
        } else if (y < lastYear - modulus / 2) {
          y += modulus;
        }
        year = y;
        month = letter + 1;
      }
    }
    return Optional.of(Tradable.future(FuturesContract.of(spec.get().instrument(),
        ContractDate.ofYearMonth(year, month))));
  }

  // ---------------------------------------------------------------------------------------------- market data

  @Override
  public CompletableFuture<Result<PriceBars>> history(HistoryRequest request) {
    ArgChecker.notNull(request, "request");
    return resolve(request.contract()).thenCompose(r -> {
      if (!r.isOk()) {
        return CompletableFuture.completedFuture(Result.err(r.failure()));
      }
      synchronized (lock) {
        if (state != ConnectionState.CONNECTED) {
          return completed(Result.err(notConnected()));
        }
        if (!historyPacer.tryAcquire(System.nanoTime())) {
          return completed(Result.err(ReasonCode.PACING, "historical data pacing: " + settings
              .historyRequestsPerWindow() + " requests in " + settings.historyWindow() + " already made (IB's limit);"
              + " retry later"));
        }
        int reqId = nextRequestId++;
        return register(reqId, new Requests.HistoryReq(request, r.value()), Encoder.reqHistoricalData(reqId,
            futureContract(r.value()), IbTime.utc(request.end()), request.barSize().ibName(),
            IbTime.duration(request.lookback()), request.barSize().isDaily()));
      }
    });
  }

  private Result<PriceBars> bars(Requests.HistoryReq r, Messages.History h) {
    List<Bar> out = new ArrayList<>();
    Instant previous = null;
    for (Messages.RawBar b : h.bars()) {
      Optional<Instant> t = IbTime.barTime(b.date());
      if (t.isEmpty()) {
        return Result.err(ReasonCode.MALFORMED_DATA, "IB sent a bar time '" + b.date() + "' pystrade cannot read ("
            + r.describe() + ")");
      }
      if (previous != null && !t.get().isAfter(previous)) {
        continue;
      }
      if (!(Double.isFinite(b.open()) && Double.isFinite(b.high()) && Double.isFinite(b.low())
          && Double.isFinite(b.close()))) {
        continue;
      }
      double volume = b.volume() < 0 ? Double.NaN : b.volume();
      BrokerContract c = r.contract;
      out.add(new Bar(t.get(), c.toPystradePrice(b.open()), c.toPystradePrice(b.high()), c.toPystradePrice(b.low()),
          c.toPystradePrice(b.close()), volume));
      previous = t.get();
    }
    return Result.ok(new PriceBars(r.request.contract(), r.request.barSize(), out));
  }

  @Override
  public CompletableFuture<Result<Quote>> quote(FuturesContract contract) {
    ArgChecker.notNull(contract, "contract");
    return resolve(contract).thenCompose(r -> {
      if (!r.isOk()) {
        return CompletableFuture.completedFuture(Result.err(r.failure()));
      }
      return snapshot(new Requests.QuoteReq(Tradable.future(contract), r.value()), futureContract(r.value()));
    });
  }

  @Override
  public CompletableFuture<Result<Quote>> fxQuote(FxPair pair) {
    ArgChecker.notNull(pair, "pair");
    return snapshot(new Requests.QuoteReq(Tradable.fx(pair), null), cashContract(pair));
  }

  private CompletableFuture<Result<Quote>> snapshot(Requests.QuoteReq q, Encoder.OutContract c) {
    synchronized (lock) {
      if (state != ConnectionState.CONNECTED) {
        return completed(Result.err(notConnected()));
      }
      int reqId = nextRequestId++;
      return register(reqId, q, Encoder.reqMktDataSnapshot(reqId, c));
    }
  }

  private Result<Quote> quoteOf(Requests.QuoteReq q) {
    if (Double.isNaN(q.bid) && Double.isNaN(q.ask) && Double.isNaN(q.last)) {
      return Result.err(ReasonCode.MISSING_DATA, "IB sent no prices for the " + q.describe()
          + " (no market data subscription? a paper account may need marketDataType 3, delayed data)");
    }
    double m = q.contract == null ? 1 : q.contract.priceMagnifier();
    return Result.ok(new Quote(q.tradable, q.bid * m, q.ask * m, q.bidSize, q.askSize, q.last * m, Instant.now()));
  }

  // ---------------------------------------------------------------------------------------------- orders

  @Override
  public CompletableFuture<Result<OrderState>> place(OrderRequest request) {
    ArgChecker.notNull(request, "request");
    synchronized (lock) {
      Optional<CompletableFuture<Result<OrderState>>> known = existing(request.ref());
      if (known.isPresent()) {
        return known.get();
      }
      if (state != ConnectionState.CONNECTED) {
        return completed(Result.err(notConnected()));
      }
    }
    if (request.tradable() instanceof Tradable.Future f) {
      BrokerContract known;
      synchronized (lock) {
        known = resolved.get(f.contract());
      }
      if (known != null) {
        // the usual case, and the fast path: the message is written on the caller's thread before place returns
        return send(request, known);
      }
      return resolve(f.contract()).thenCompose(r -> r.isOk() ? send(request, r.value())
          : CompletableFuture.completedFuture(Result.err(r.failure())));
    }
    return send(request, null);
  }

  /** The answer for a reference already used: the acknowledgement under way, or the order's state. */
  private Optional<CompletableFuture<Result<OrderState>>> existing(ClientOrderRef ref) {
    IbOrder o = ordersByRef.get(ref);
    if (o == null) {
      return Optional.empty();
    }
    if (o.ack != null) {
      return Optional.of(o.ack);
    }
    if (o.unconfirmed) {
      return Optional.of(completed(Result.err(ReasonCode.BROKER_DISCONNECTED, "whether order " + ref
          + " reached the server is not known until the client has reconnected and re-synchronised its orders; "
          + "place it again then")));
    }
    Result<OrderState> r = o.state.status() == OrderStatus.REJECTED && o.state.rejection().isPresent()
        ? Result.err(o.state.rejection().get()) : Result.ok(o.state);
    return Optional.of(completed(r));
  }

  /**
   * Places an order: its id is taken and it is registered under the broker lock; its message is written outside it
   * (on this thread, paced), so that a socket that blocks never holds up the reader thread. The place lock keeps
   * order ids in the order their messages are written.
   */
  private CompletableFuture<Result<OrderState>> send(OrderRequest request, BrokerContract contract) {
    synchronized (placeLock) {
      IbOrder o;
      CompletableFuture<Result<OrderState>> ack;
      byte[] message;
      IbConnection c;
      synchronized (lock) {
        Optional<CompletableFuture<Result<OrderState>>> known = existing(request.ref());
        if (known.isPresent()) {
          return known.get();
        }
        if (state != ConnectionState.CONNECTED) {
          return completed(Result.err(notConnected()));
        }
        long id = nextOrderId++;
        o = new IbOrder(OrderState.pending(id, request), contract);
        o.ack = new CompletableFuture<>();
        ack = o.ack;
        ordersById.put(id, o);
        ordersByRef.put(request.ref(), o);
        message = orderMessage(id, request, contract);
        c = connection;
      }
      boolean sent = c.send(message);
      synchronized (lock) {
        if (!sent) {
          // never written: forget it, so that a retry sends it
          if (ordersById.get(o.state.orderId()) == o) {
            ordersById.remove(o.state.orderId());
            ordersByRef.remove(request.ref());
          }
          o.ack = null;
          complete(ack, Result.err(notConnected()));
          return ack;
        }
        timer.schedule(() -> ackTimeout(o, ack), settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      }
      return ack;
    }
  }

  private byte[] orderMessage(long id, OrderRequest request, BrokerContract contract) {
    Encoder.OutContract c = contract != null ? futureContract(contract)
        : cashContract(((Tradable.Fx) request.tradable()).pair());
    boolean limit = request.type() == OrderType.LIMIT;
    double price = !limit ? Double.NaN : contract != null ? contract.toBrokerPrice(request.limitPrice())
        : request.limitPrice();
    return Encoder.placeOrder(connection.serverVersion(), id, c, request.isBuy() ? "BUY" : "SELL",
        Math.abs(request.quantity().longValueExact()), limit ? "LMT" : "MKT", price, settings.account(),
        request.ref().value());
  }

  private void ackTimeout(IbOrder o, CompletableFuture<Result<OrderState>> ack) {
    synchronized (lock) {
      if (o.ack == ack) {
        o.ack = null;
        complete(ack, Result.err(ReasonCode.TIMEOUT, "order " + o.state.ref() + " (id " + o.state.orderId()
            + ") was not acknowledged within " + settings.requestTimeout() + "; its state will follow as IB reports "
            + "it"));
      }
    }
  }

  @Override
  public CompletableFuture<Result<OrderState>> modify(ClientOrderRef ref, Quantity quantity, double limitPrice) {
    ArgChecker.notNull(ref, "ref");
    ArgChecker.notNull(quantity, "quantity");
    synchronized (placeLock) {
      IbOrder o;
      CompletableFuture<Result<OrderState>> ack;
      byte[] message;
      IbConnection c;
      synchronized (lock) {
        Result<IbOrder> w = working(ref, "modified");
        if (!w.isOk()) {
          return completed(Result.err(w.failure()));
        }
        o = w.value();
        OrderRequest changed = o.state.request().modified(quantity,
            o.state.request().type() == OrderType.LIMIT ? limitPrice : Double.NaN);
        o.pendingModify = changed;
        o.modifyAck = new CompletableFuture<>();
        ack = o.modifyAck;
        message = orderMessage(o.state.orderId(), changed, o.contract);
        c = connection;
      }
      boolean sent = c.send(message);
      synchronized (lock) {
        if (!sent) {
          if (o.modifyAck == ack) {
            o.pendingModify = null;
            o.modifyAck = null;
          }
          complete(ack, Result.err(notConnected()));
          return ack;
        }
        timer.schedule(() -> {
          synchronized (lock) {
            if (o.modifyAck == ack) {
              o.modifyAck = null;
              o.pendingModify = null;
              complete(ack, Result.err(ReasonCode.TIMEOUT, "the modification of order " + ref
                  + " was not acknowledged within " + settings.requestTimeout()));
            }
          }
        }, settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      }
      return ack;
    }
  }

  private Result<IbOrder> working(ClientOrderRef ref, String verb) {
    if (state != ConnectionState.CONNECTED) {
      return Result.err(notConnected());
    }
    IbOrder o = ordersByRef.get(ref);
    if (o == null) {
      return Result.err(BrokerErrors.of(ReasonCode.BROKER_REJECTED, 135, "no order with reference " + ref
          + " is known to this client"));
    }
    if (o.state.status().isDone()) {
      return Result.err(BrokerErrors.of(ReasonCode.BROKER_REJECTED, 161, "order " + ref + " is "
          + o.state.status() + " and cannot be " + verb));
    }
    return Result.ok(o);
  }

  @Override
  public CompletableFuture<Result<OrderState>> cancel(ClientOrderRef ref) {
    ArgChecker.notNull(ref, "ref");
    synchronized (placeLock) {
      IbOrder o;
      CompletableFuture<Result<OrderState>> ack;
      IbConnection c;
      synchronized (lock) {
        Result<IbOrder> w = working(ref, "cancelled");
        if (!w.isOk()) {
          return completed(Result.err(w.failure()));
        }
        o = w.value();
        if (o.cancelAck != null) {
          return o.cancelAck;
        }
        o.cancelAck = new CompletableFuture<>();
        ack = o.cancelAck;
        c = connection;
      }
      boolean sent = c.send(Encoder.cancelOrder(c.serverVersion(), o.state.orderId()));
      synchronized (lock) {
        if (!sent) {
          if (o.cancelAck == ack) {
            o.cancelAck = null;
          }
          complete(ack, Result.err(notConnected()));
          return ack;
        }
        timer.schedule(() -> {
          synchronized (lock) {
            if (o.cancelAck == ack) {
              o.cancelAck = null;
              complete(ack, Result.err(ReasonCode.TIMEOUT, "the cancellation of order " + ref
                  + " was not confirmed within " + settings.requestTimeout()));
            }
          }
        }, settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      }
      return ack;
    }
  }

  @Override
  public Optional<OrderState> order(ClientOrderRef ref) {
    synchronized (lock) {
      IbOrder o = ordersByRef.get(ref);
      return o == null ? Optional.empty() : Optional.of(o.state);
    }
  }

  @Override
  public Subscription subscribe(OrderListener listener) {
    ArgChecker.notNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public CompletableFuture<Result<List<OrderState>>> openOrders() {
    synchronized (lock) {
      if (state != ConnectionState.CONNECTED) {
        return completed(Result.err(notConnected()));
      }
      if (openOrdersReq != null) {
        return openOrdersReq.sync ? openOrdersReq.future.thenCompose(x -> openOrders()) : openOrdersReq.future;
      }
      Requests.OpenOrdersReq r = new Requests.OpenOrdersReq(false);
      openOrdersReq = r;
      r.timeout = timer.schedule(() -> {
        synchronized (lock) {
          if (openOrdersReq == r) {
            openOrdersReq = null;
            complete(r.future, Result.err(ReasonCode.TIMEOUT, "no end of the open orders within "
                + settings.requestTimeout()));
          }
        }
      }, settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      if (!send(Encoder.reqOpenOrders())) {
        openOrdersReq = null;
        return completed(Result.err(notConnected()));
      }
      return r.future;
    }
  }

  @Override
  public CompletableFuture<Result<List<Fill>>> fills() {
    synchronized (lock) {
      if (state != ConnectionState.CONNECTED) {
        return completed(Result.err(notConnected()));
      }
      int reqId = nextRequestId++;
      return register(reqId, new Requests.ExecutionsReq(false), Encoder.reqExecutions(reqId, settings.clientId()));
    }
  }

  @Override
  public CompletableFuture<Result<List<ContractPosition>>> positions() {
    synchronized (lock) {
      if (state != ConnectionState.CONNECTED) {
        return completed(Result.err(notConnected()));
      }
      if (positionsReq != null) {
        return positionsReq.future;
      }
      Requests.PositionsReq r = new Requests.PositionsReq();
      positionsReq = r;
      r.timeout = timer.schedule(() -> {
        synchronized (lock) {
          if (positionsReq == r) {
            positionsReq = null;
            send(Encoder.cancelPositions());
            complete(r.future, Result.err(ReasonCode.TIMEOUT, "no end of the positions within "
                + settings.requestTimeout()));
          }
        }
      }, settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      if (!send(Encoder.reqPositions())) {
        positionsReq = null;
        return completed(Result.err(notConnected()));
      }
      return r.future;
    }
  }

  @Override
  public CompletableFuture<Result<AccountSummary>> account() {
    synchronized (lock) {
      if (state != ConnectionState.CONNECTED) {
        return completed(Result.err(notConnected()));
      }
      int reqId = nextRequestId++;
      return register(reqId, new Requests.AccountReq(), Encoder.reqAccountSummary(reqId));
    }
  }

  private String chosenAccount() {
    return !settings.account().isEmpty() ? settings.account() : accounts == null || accounts.isEmpty() ? ""
        : accounts.get(0);
  }

  private Result<AccountSummary> summary(Requests.AccountReq r) {
    String acct = chosenAccount();
    Map<String, Messages.AccountValue> byTag = new HashMap<>();
    List<Money> cash = new ArrayList<>();
    for (Messages.AccountValue v : r.values) {
      if (!v.account().equals(acct)) {
        continue;
      }
      if (v.tag().equals("CashBalance")) {
        if (!v.currency().equals("BASE") && !v.currency().isEmpty()) {
          number(v).ifPresent(x -> cash.add(Money.of(x, Currency.of(v.currency()))));
        }
      } else {
        byTag.put(v.tag(), v);
      }
    }
    Messages.AccountValue netLiq = byTag.get("NetLiquidation");
    if (netLiq == null || number(netLiq).isEmpty()) {
      return Result.err(ReasonCode.MISSING_DATA, "IB's account summary has no NetLiquidation for account " + acct
          + " (accounts " + accounts + ")");
    }
    Currency base = Currency.of(netLiq.currency());
    AccountSummary.Builder b = AccountSummary.builder(acct, base).netLiquidation(Money.of(number(netLiq).get(), base));
    if (cash.isEmpty() && byTag.containsKey("TotalCashValue")) {
      number(byTag.get("TotalCashValue")).ifPresent(x -> cash.add(Money.of(x, base)));
    }
    cash.forEach(b::cash);
    amount(byTag, "InitMarginReq", base).ifPresent(b::initialMargin);
    amount(byTag, "MaintMarginReq", base).ifPresent(b::maintenanceMargin);
    amount(byTag, "AvailableFunds", base).ifPresent(b::availableFunds);
    return Result.ok(b.build());
  }

  private static Optional<Money> amount(Map<String, Messages.AccountValue> byTag, String tag, Currency base) {
    Messages.AccountValue v = byTag.get(tag);
    return v == null ? Optional.empty() : number(v).map(x -> Money.of(x, base));
  }

  private static Optional<Double> number(Messages.AccountValue v) {
    try {
      double d = Double.parseDouble(v.value());
      return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    } catch (NumberFormatException ex) {
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------------------------------------- order updates

  private static OrderStatus statusOf(String ib, OrderStatus current) {
    switch (ib) {
      case "PendingSubmit":
      case "ApiPending":
        return OrderStatus.PENDING_SUBMIT;
      case "PreSubmitted":
      case "Submitted":
      case "PendingCancel":
        return OrderStatus.SUBMITTED;
      case "Filled":
        return OrderStatus.FILLED;
      case "Cancelled":
      case "ApiCancelled":
        return OrderStatus.CANCELLED;
      default:
        return current;
    }
  }

  /** Applies a new state: never back from a final state, never less filled; emits the change. */
  private void update(IbOrder o, OrderState next) {
    if (o.state.status().isDone() && !next.status().isDone()) {
      return;
    }
    if (!next.equals(o.state)) {
      o.state = next;
      emit(new OrderEvent.StatusChanged(next));
    }
  }

  /**
   * The server reports an order this client had as rejected working or filling after all (an error the client took
   * for a rejection, an order IB made inactive for a while): the rejection was not final. The order is working
   * again, with what it filled, so that it is seen as working (its state, the open orders) and can be cancelled.
   */
  private void revive(IbOrder o, String evidence) {
    OrderState s = o.state;
    if (s.status() != OrderStatus.REJECTED) {
      return;
    }
    LOG.warn("order {} (id {}) was rejected as far as this client knew ({}), but the server reports {}: it is"
        + " working", s.ref(), s.orderId(), s.rejection().map(Failure::message).orElse("no reason"), evidence);
    o.state = new OrderState(s.orderId(), s.request(), OrderStatus.SUBMITTED, Quantity.ZERO, Double.NaN,
        Optional.empty()).withFills(s.filled(), s.averageFillPrice());
    emit(new OrderEvent.StatusChanged(o.state));
  }

  /** The broker acknowledged the order (or its modification): complete whoever waits. */
  private void acknowledged(IbOrder o) {
    if (o.state.status() == OrderStatus.PENDING_SUBMIT) {
      return;
    }
    if (o.ack != null) {
      complete(o.ack, Result.ok(o.state));
      o.ack = null;
    }
    o.unconfirmed = false;
    if (o.state.status() == OrderStatus.CANCELLED && o.cancelAck != null) {
      complete(o.cancelAck, Result.ok(o.state));
      o.cancelAck = null;
    }
  }

  private void applyModification(IbOrder o) {
    if (o.pendingModify != null) {
      OrderState s = o.state.withRequest(o.pendingModify);
      o.pendingModify = null;
      update(o, s);
      complete(o.modifyAck, Result.ok(o.state));
      o.modifyAck = null;
    }
  }

  private void orderError(IbOrder o, Messages.Error e) {
    IbCodes.Meaning m = IbCodes.meaningOf(e.code(), e.message());
    switch (m) {
      case ORDER_CANCELLED:
        update(o, o.state.withRejection(OrderStatus.CANCELLED, BrokerErrors.of(ReasonCode.BROKER_REJECTED, e.code(),
            e.message())));
        acknowledged(o);
        return;
      case ORDER_NOT_WORKING:
        Failure f = BrokerErrors.of(ReasonCode.BROKER_REJECTED, e.code(), e.message() + " (order " + o.state.ref()
            + ")");
        complete(o.cancelAck, Result.err(f));
        o.cancelAck = null;
        complete(o.modifyAck, Result.err(f));
        o.modifyAck = null;
        o.pendingModify = null;
        return;
      case NOTICE:
      case FARM_OK:
      case FARM_BROKEN:
      case FARM_INACTIVE:
        LOG.info("IB notice {} on order {}: {}", e.code(), o.state.ref(), e.message());
        return;
      default:
        if (o.modifyAck != null) {
          complete(o.modifyAck, Result.err(BrokerErrors.of(IbCodes.reasonOf(e.code(), e.message()), e.code(),
              e.message() + " (modification of order " + o.state.ref() + ")")));
          o.modifyAck = null;
          o.pendingModify = null;
          return;
        }
        Failure why = BrokerErrors.of(m == IbCodes.Meaning.NO_SECURITY_DEFINITION ? ReasonCode.NO_SUCH_CONTRACT
            : ReasonCode.BROKER_REJECTED, e.code(), e.message() + " (order " + o.state.ref() + ")");
        update(o, o.state.withRejection(OrderStatus.REJECTED, why));
        if (o.ack != null) {
          complete(o.ack, Result.err(why));
          o.ack = null;
        }
        o.unconfirmed = false;
    }
  }

  /**
   * An execution with its commission: reported once, applied to its order. It counts as reported only once its fill
   * is made: an execution whose handling failed is taken again when the server sends it again (the executions of
   * the re-synchronisation after a connection ended by that failure).
   */
  private void report(Messages.Execution e, Messages.Commission c) {
    IbOrder o = ordersById.get(e.orderId());
    if (o == null && !e.orderRef().isEmpty()) {
      o = ordersByRef.get(ClientOrderRef.of(e.orderRef()));
    }
    Tradable t = o != null ? o.state.request().tradable() : tradableOf(e.contract()).orElse(null);
    if (t == null) {
      reported.add(e.execId());
      LOG.warn("execution {} of {} {} is not of a contract pystrade knows; left out", e.execId(),
          e.contract().symbol(), e.contract().lastTradeDate());
      return;
    }
    double sign = e.side().equals("SLD") ? -1 : 1;
    double price = o != null ? o.price(e.price()) : t instanceof Tradable.Future f
        ? resolved.containsKey(f.contract()) ? resolved.get(f.contract()).toPystradePrice(e.price()) : e.price()
        : e.price();
    ClientOrderRef ref = o != null ? o.state.ref()
        : ClientOrderRef.of(e.orderRef().isEmpty() ? "ib-" + e.orderId() : e.orderRef());
    double commission = Double.isFinite(c.commission()) ? c.commission() : 0;
    Currency currency = c.currency().length() == 3 ? Currency.of(c.currency()) : Currency.USD;
    Instant time = IbTime.executionTime(e.time()).orElse(Instant.now());
    Fill fill = new Fill(e.execId(), e.orderId(), ref, t, Quantity.of(sign * e.shares()), price, time,
        Money.of(commission, currency));
    reported.add(e.execId());
    fills.add(fill);
    emit(new OrderEvent.Filled(fill));
    if (o != null) {
      revive(o, "execution " + e.execId());
      o.executedQuantity += e.shares();
      o.executedValue += e.shares() * price;
      if (o.executedQuantity > o.state.filled().abs().value()) {
        Quantity filled = Quantity.of(Math.signum(o.state.request().quantity().value()) * o.executedQuantity);
        update(o, o.state.withFills(filled, o.executedValue / o.executedQuantity));
      }
      acknowledged(o);
    }
  }

  /** An order IB lists that this client did not place in this session: rebuilt from IB's fields. */
  private IbOrder adopt(Messages.OpenOrder m) {
    IbOrder o = rebuild(m.orderId(), m.contract(), m.action(), m.totalQuantity(), m.orderType(), m.limitPrice(),
        m.orderRef(), "open order " + m.orderId());
    if (o == null) {
      return null;
    }
    o.state = o.state.withStatus(OrderStatus.SUBMITTED);
    ordersById.put(m.orderId(), o);
    ordersByRef.put(o.state.ref(), o);
    emit(new OrderEvent.StatusChanged(o.state));
    return o;
  }

  /**
   * An order IB lists as completed that this client did not place in this session (a client restarted after a
   * crash): known by its reference from then on, so that placing it again returns it instead of sending it. IB
   * sends completed orders without their order id: the order is keyed by a stand-in id above IB's, and its
   * fills come with the day's executions, by reference.
   */
  private IbOrder adoptCompleted(Messages.CompletedOrder m) {
    IbOrder o = rebuild(COMPLETED_ORDER_IDS - ordersByRef.size(), m.contract(), m.action(), m.totalQuantity(),
        m.orderType(), m.limitPrice(), m.orderRef(), "completed order " + m.orderRef());
    if (o == null) {
      return null;
    }
    o.state = o.state.withStatus(OrderStatus.SUBMITTED);
    ordersByRef.put(o.state.ref(), o);
    return o;
  }

  private IbOrder rebuild(long orderId, Messages.Contract c, String action, double totalQuantity, String orderType,
      double ibLimit, String orderRef, String what) {
    Optional<Tradable> t = tradableOf(c);
    if (t.isEmpty() || !(action.equals("BUY") || action.equals("SELL")) || !(totalQuantity > 0)) {
      LOG.info("{} ({} {}) is not of a contract pystrade knows; left out", what, c.symbol(), c.lastTradeDate());
      return null;
    }
    BrokerContract contract = t.get() instanceof Tradable.Future f ? resolved.get(f.contract()) : null;
    if (t.get() instanceof Tradable.Future f && contract == null) {
      Optional<BrokerContractSpec> s = table.spec(f.contract().instrument()).map(Optional::of).orElse(Optional.empty());
      contract = s.map(spec -> fromTable(f.contract(), spec)).orElse(null);
    }
    boolean limit = orderType.equals("LMT");
    double limitPrice = !limit ? Double.NaN : contract != null ? contract.toPystradePrice(ibLimit) : ibLimit;
    if (limit && !Double.isFinite(limitPrice)) {
      return null;
    }
    ClientOrderRef ref = ClientOrderRef.of(orderRef.isEmpty() ? "ib-" + orderId : orderRef);
    OrderRequest request = new OrderRequest(ref, t.get(),
        Quantity.of((action.equals("SELL") ? -1 : 1) * Math.rint(totalQuantity)),
        limit ? OrderType.LIMIT : OrderType.MARKET, limitPrice);
    return new IbOrder(OrderState.pending(orderId, request), contract);
  }

  // ---------------------------------------------------------------------------------------------- reader events

  /** The decoder's callbacks, on the reader thread. */
  private final class Events implements IbEvents, IbConnection.Listener {

    @Override
    public void onMessage(IbConnection c, Fields fields) {
      synchronized (lock) {
        if (c != connection) {
          return;
        }
        Decoder.dispatch(fields, this, c.serverVersion());
      }
    }

    @Override
    public void onClosed(IbConnection c, String reason) {
      synchronized (lock) {
        if (c != connection) {
          return;
        }
        connection = null;
        Failure why = Failure.of(ReasonCode.BROKER_DISCONNECTED, "connection to " + settings.host() + ":"
            + settings.port() + " lost (" + reason + ")");
        failEverything(why);
        lastNotice = why.message();
        if (!everReady) {
          Failure first = Failure.of(ReasonCode.BROKER_DISCONNECTED, "the server at " + settings.host() + ":"
              + settings.port() + " closed the connection before the API was ready (" + reason + "): is client id "
              + settings.clientId() + " already in use, or the API not enabled for this host?");
          attemptFailed(first, settings.reconnectInitialDelay().toMillis());
          return;
        }
        if (wanted && settings.reconnect()) {
          LOG.warn("{}; reconnecting", why.message());
          setState(ConnectionState.CONNECTING);
          long delay = settings.reconnectInitialDelay().toMillis();
          timer.schedule(() -> attempt(delay), delay, TimeUnit.MILLISECONDS);
        } else {
          LOG.warn(why.message());
          setState(ConnectionState.DISCONNECTED);
        }
      }
    }

    @Override
    public void nextValidId(long orderId) {
      nextOrderId = Math.max(nextOrderId, orderId);
      gotNextId = true;
      checkReady();
    }

    @Override
    public void managedAccounts(String list) {
      List<String> a = new ArrayList<>();
      for (String s : list.split(",")) {
        if (!s.isBlank()) {
          a.add(s.strip());
        }
      }
      accounts = a.isEmpty() ? List.of("(none)") : List.copyOf(a);
      checkReady();
    }

    @Override
    public void error(Messages.Error e) {
      lastNotice = e.code() + ": " + e.message();
      IbCodes.Meaning m = IbCodes.meaningOf(e.code(), e.message());
      if (m == IbCodes.Meaning.CLIENT_ID_IN_USE) {
        IbConnection c = connection;
        if (c != null && !everReady) {
          dropConnection(c, BrokerErrors.of(ReasonCode.BROKER_REJECTED, e.code(), "client id "
              + settings.clientId() + " is in use by another connection to this TWS / IB Gateway: choose another "
              + "client id (" + e.message() + ")"));
          return;
        }
      }
      IbOrder o = e.id() > 0 && e.id() < FIRST_REQUEST_ID ? ordersById.get(e.id()) : null;
      if (o != null) {
        orderError(o, e);
        return;
      }
      if (e.id() >= FIRST_REQUEST_ID && !IbCodes.isNotice(e.code(), e.message())) {
        Requests.Pending<?> p = pending.remove((int) e.id());
        if (p != null) {
          if (p.timeout != null) {
            p.timeout.cancel(false);
          }
          failWith(p, BrokerErrors.of(IbCodes.reasonOf(e.code(), e.message()), e.code(), e.message() + " ("
              + p.describe() + ")"));
          return;
        }
      }
      switch (m) {
        case CONNECTIVITY_LOST:
          LOG.warn("IB {}: {}", e.code(), e.message());
          if (state == ConnectionState.CONNECTED) {
            setState(ConnectionState.BROKER_UNREACHABLE);
          }
          return;
        case CONNECTIVITY_RESTORED_DATA_LOST:
        case CONNECTIVITY_RESTORED:
          LOG.info("IB {}: {}", e.code(), e.message());
          if (state == ConnectionState.BROKER_UNREACHABLE) {
            setState(ConnectionState.CONNECTED);
            if (!syncing) {
              syncing = true;
              for (IbOrder x : ordersById.values()) {
                x.seenInSync = false;
              }
              startSync();
            }
          }
          return;
        case FARM_OK:
        case FARM_INACTIVE:
        case NOTICE:
          LOG.info("IB {}: {}", e.code(), e.message());
          return;
        default:
          LOG.warn("IB error {} (id {}): {}", e.code(), e.id(), e.message());
      }
    }

    private <T> void failWith(Requests.Pending<T> p, Failure f) {
      complete(p.future, Result.err(f));
    }

    @Override
    public void orderStatus(Messages.OrderStatus s) {
      IbOrder o = ordersById.get(s.orderId());
      if (o == null) {
        return;
      }
      o.seenInSync = true;
      OrderStatus status = statusOf(s.status(), o.state.status());
      if (!status.isDone()) {
        revive(o, "status " + s.status());
      }
      OrderState next = o.state;
      if (s.filled() > o.state.filled().abs().value()) {
        double sign = Math.signum(o.state.request().quantity().value());
        next = next.withFills(Quantity.of(sign * s.filled()), o.price(s.avgFillPrice()));
      }
      if (status != next.status() && !(status == OrderStatus.SUBMITTED && next.status()
          == OrderStatus.PARTIALLY_FILLED)) {
        next = status == OrderStatus.FILLED ? next.withFills(next.request().quantity(),
            Double.isNaN(s.avgFillPrice()) ? next.averageFillPrice() : o.price(s.avgFillPrice()))
            : next.withStatus(status);
      }
      update(o, next);
      applyModification(o);
      acknowledged(o);
    }

    @Override
    public void openOrder(Messages.OpenOrder m) {
      IbOrder o = ordersById.get(m.orderId());
      if (o == null) {
        o = adopt(m);
      }
      if (o == null) {
        return;
      }
      o.seenInSync = true;
      if (openOrdersReq != null) {
        openOrdersReq.listed.add(m.orderId());
      }
      if (o.state.status() == OrderStatus.PENDING_SUBMIT) {
        update(o, o.state.withStatus(OrderStatus.SUBMITTED));
      }
      applyModification(o);
      acknowledged(o);
    }

    @Override
    public void openOrderEnd() {
      Requests.OpenOrdersReq r = openOrdersReq;
      if (r == null) {
        return;
      }
      openOrdersReq = null;
      if (r.timeout != null) {
        r.timeout.cancel(false);
      }
      List<OrderState> open = new ArrayList<>();
      for (Long id : r.listed) {
        IbOrder o = ordersById.get(id);
        if (o != null && !o.state.status().isDone()) {
          open.add(o.state);
        }
      }
      open.sort(Comparator.comparingLong(OrderState::orderId));
      complete(r.future, Result.ok(open));
      finishSync();
    }

    @Override
    public void completedOrder(Messages.CompletedOrder m) {
      if (!syncing || m.orderRef().isEmpty()) {
        return;
      }
      IbOrder o = ordersByRef.get(ClientOrderRef.of(m.orderRef()));
      if (o == null) {
        o = adoptCompleted(m);
        if (o == null) {
          return;
        }
        if (m.status().equals("Filled")) {
          o.state = o.state.withFills(o.state.request().quantity(), Double.NaN);
        }
      }
      o.seenInSync = true;
      o.unconfirmed = false;
      switch (m.status()) {
        case "Cancelled":
        case "ApiCancelled":
          update(o, o.state.withStatus(OrderStatus.CANCELLED));
          break;
        case "Inactive":
          if (o.state.filled().isZero()) {
            update(o, o.state.withRejection(OrderStatus.REJECTED, Failure.of(ReasonCode.BROKER_REJECTED, "order "
                + o.state.ref() + " was rejected or made inactive by IB while the connection was down (completed "
                + "order status Inactive)")));
          }
          break;
        default:
          // Filled: its executions bring its fills
          break;
      }
    }

    @Override
    public void completedOrdersEnd() {
      syncCompletedPending = false;
      finishSync();
    }

    @Override
    public void execution(Messages.Execution e) {
      IbOrder o = ordersById.get(e.orderId());
      if (o != null) {
        o.seenInSync = true;
      }
      if (reported.contains(e.execId()) || awaitingCommission.containsKey(e.execId())) {
        LOG.debug("execution {} reported again; counted once", e.execId());
        return;
      }
      Messages.Commission early = earlyCommissions.remove(e.execId());
      if (early != null) {
        report(e, early);
        return;
      }
      awaitingCommission.put(e.execId(), e);
      if (pending.get(e.reqId()) instanceof Requests.ExecutionsReq r) {
        r.awaitingCommission.add(e.execId());
      }
    }

    @Override
    public void executionsEnd(int reqId) {
      if (pending.get(reqId) instanceof Requests.ExecutionsReq r) {
        r.ended = true;
        if (r.sync) {
          // the re-synchronisation does not wait for commission reports: each fill is reported when its arrives
          r.awaitingCommission.clear();
        } else if (!r.awaitingCommission.isEmpty()) {
          timer.schedule(() -> {
            synchronized (lock) {
              if (pending.get(reqId) == r) {
                LOG.warn("no commission report for executions {} within {} ms; fills() leaves them out until it comes",
                    r.awaitingCommission, COMMISSION_GRACE_MILLIS);
                r.awaitingCommission.clear();
                completeExecutions(reqId, r);
              }
            }
          }, COMMISSION_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }
        completeExecutions(reqId, r);
      }
    }

    private void completeExecutions(int reqId, Requests.ExecutionsReq r) {
      if (!r.ended || !r.awaitingCommission.isEmpty()) {
        return;
      }
      pending.remove(reqId);
      if (r.timeout != null) {
        r.timeout.cancel(false);
      }
      complete(r.future, Result.ok(List.copyOf(fills)));
      finishSync();
    }

    @Override
    public void commission(Messages.Commission c) {
      Messages.Execution e = awaitingCommission.remove(c.execId());
      if (e == null) {
        if (!reported.contains(c.execId())) {
          earlyCommissions.put(c.execId(), c);
        }
        return;
      }
      report(e, c);
      for (Map.Entry<Integer, Requests.Pending<?>> p : new ArrayList<>(pending.entrySet())) {
        if (p.getValue() instanceof Requests.ExecutionsReq r && r.awaitingCommission.remove(c.execId())) {
          completeExecutions(p.getKey(), r);
        }
      }
    }

    @Override
    public void contractDetails(Messages.ContractDetails d) {
      if (pending.get(d.reqId()) instanceof Requests.ContractDetailsReq r) {
        r.found.add(d);
      }
    }

    @Override
    public void contractDetailsEnd(int reqId) {
      Requests.Pending<BrokerContract> p = take(reqId, Requests.ContractDetailsReq.class);
      if (p != null) {
        complete(p.future, choose((Requests.ContractDetailsReq) p));
      }
    }

    @Override
    public void history(Messages.History h) {
      Requests.Pending<PriceBars> p = take(h.reqId(), Requests.HistoryReq.class);
      if (p != null) {
        complete(p.future, bars((Requests.HistoryReq) p, h));
      }
    }

    @Override
    public void tickPrice(int reqId, int tickType, double price, double size) {
      if (!(pending.get(reqId) instanceof Requests.QuoteReq q)) {
        return;
      }
      double p = price == -1 ? Double.NaN : price;
      switch (tickType) {
        case 1:
        case 66:
          q.bid = p;
          break;
        case 2:
        case 67:
          q.ask = p;
          break;
        case 4:
        case 68:
          q.last = p;
          break;
        default:
          return;
      }
    }

    @Override
    public void tickSize(int reqId, int tickType, double size) {
      if (!(pending.get(reqId) instanceof Requests.QuoteReq q)) {
        return;
      }
      switch (tickType) {
        case 0:
        case 69:
          q.bidSize = size;
          break;
        case 3:
        case 70:
          q.askSize = size;
          break;
        default:
          return;
      }
    }

    @Override
    public void tickSnapshotEnd(int reqId) {
      Requests.Pending<Quote> p = take(reqId, Requests.QuoteReq.class);
      if (p != null) {
        complete(p.future, quoteOf((Requests.QuoteReq) p));
      }
    }

    @Override
    public void position(Messages.Position p) {
      if (positionsReq == null || p.position() == 0
          || (!settings.account().isEmpty() && !settings.account().equals(p.account()))) {
        return;
      }
      Optional<Tradable> t = tradableOf(p.contract());
      if (t.isPresent() && t.get() instanceof Tradable.Future f) {
        positionsReq.positions.merge(f.contract(), p.position(), Double::sum);
      } else if (!p.contract().secType().equals("CASH")) {
        LOG.info("position in {} {} {} is not of a contract pystrade knows; left out", p.contract().secType(),
            p.contract().symbol(), p.contract().lastTradeDate());
      }
    }

    @Override
    public void positionEnd() {
      Requests.PositionsReq r = positionsReq;
      if (r == null) {
        return;
      }
      positionsReq = null;
      if (r.timeout != null) {
        r.timeout.cancel(false);
      }
      send(Encoder.cancelPositions());
      List<ContractPosition> out = new ArrayList<>();
      r.positions.forEach((c, q) -> {
        if (q != 0) {
          out.add(ContractPosition.of(c, Quantity.of(q)));
        }
      });
      out.sort(Comparator.comparing(ContractPosition::contract));
      complete(r.future, Result.ok(out));
    }

    @Override
    public void accountValue(Messages.AccountValue v) {
      if (pending.get(v.reqId()) instanceof Requests.AccountReq r) {
        r.values.add(v);
      }
    }

    @Override
    public void accountSummaryEnd(int reqId) {
      Requests.Pending<AccountSummary> p = take(reqId, Requests.AccountReq.class);
      if (p != null) {
        send(Encoder.cancelAccountSummary(reqId));
        complete(p.future, summary((Requests.AccountReq) p));
      }
    }

    @Override
    public void currentTime(long epochSeconds) {
      LOG.debug("server time {}", Instant.ofEpochSecond(epochSeconds));
    }
  }

  @Override
  public String toString() {
    return "IbBroker[" + settings.host() + ":" + settings.port() + " client " + settings.clientId() + " "
        + Arrays.asList(state, reconnections) + "]";
  }
}
