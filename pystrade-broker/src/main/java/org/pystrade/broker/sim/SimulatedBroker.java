package org.pystrade.broker.sim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.pystrade.broker.api.AccountSummary;
import org.pystrade.broker.api.Bar;
import org.pystrade.broker.api.BarSize;
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
import org.pystrade.broker.config.InstrumentCosts;
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
 * A simulated broker, for paper trading and tests.
 *
 * <p>An order is acknowledged at once (or rejected: above {@link SimSettings#maxOrderSize()}, or at random with
 * {@link SimSettings#rejectProbability()}, with IB's code 201). It then fills at the first price of the price source
 * after {@code placed + latency}, once the clock has reached that price's time: a buy at the price plus the
 * slippage, a sell at the price minus it, the slippage being the instrument's spread cost times
 * {@link SimSettings#slippageFactor()}. A limit order fills at the first such price at or better than its limit. A
 * partial fill (with {@link SimSettings#partialFillProbability()}) leaves the rest to later prices. Commissions are
 * pysystemtrade's (the largest of per-contract, percentage and per-trade). Futures fills move positions and book
 * realised P&amp;L and commissions to cash in the instrument's currency; FX fills move cash between the pair's
 * currencies.
 *
 * <p>Time is the injected {@link Clock} ({@link ManualClock} in tests and replays); working orders are evaluated on
 * every call and on {@link #step()}. Random choices come from one generator seeded by {@link SimSettings#seed()}, so
 * a run with the same seed, clock, prices and calls gives the same fills. Events and futures are delivered in order
 * on one callback thread.
 */
public final class SimulatedBroker implements Broker {

  private static final Logger LOG = LoggerFactory.getLogger(SimulatedBroker.class);
  private static final int REJECTED = 201;
  private static final int NOT_CANCELLABLE = 161;
  private static final int NO_SUCH_ORDER = 135;
  private static final int NO_SECURITY = 200;

  private final SimSettings settings;
  private final BrokerConfigTable table;
  private final InstrumentCosts costs;
  private final SimPriceSource prices;
  private final Clock clock;
  private final ExecutorService callbacks;
  private final Random random;
  private final List<OrderListener> listeners = new CopyOnWriteArrayList<>();

  private final Object lock = new Object();
  private final Map<ClientOrderRef, SimOrder> orders = new LinkedHashMap<>();
  private final List<Fill> fills = new ArrayList<>();
  private final Map<FuturesContract, Position> positions = new TreeMap<>();
  private final Map<Currency, Double> cash = new TreeMap<>();
  private ConnectionState state = ConnectionState.DISCONNECTED;
  private Instant since;
  private long nextOrderId = 1;
  private long nextExecution = 1;

  /** An order and how far through the prices it has been evaluated. */
  private static final class SimOrder {
    private OrderState state;
    private Instant examined;

    SimOrder(OrderState state, Instant examined) {
      this.state = state;
      this.examined = examined;
    }
  }

  /** A futures position with its average price, for realised P&amp;L. */
  private static final class Position {
    private double quantity;
    private double average;
  }

  /**
   * Creates a simulated broker.
   *
   * @param settings how it behaves
   * @param table the broker config table (contracts it knows)
   * @param costs commissions and spread costs
   * @param prices where fills, quotes and history come from
   * @param clock its time
   */
  public SimulatedBroker(SimSettings settings, BrokerConfigTable table, InstrumentCosts costs, SimPriceSource prices,
      Clock clock) {
    this.settings = ArgChecker.notNull(settings, "settings");
    this.table = ArgChecker.notNull(table, "table");
    this.costs = ArgChecker.notNull(costs, "costs");
    this.prices = ArgChecker.notNull(prices, "prices");
    this.clock = ArgChecker.notNull(clock, "clock");
    this.random = new Random(settings.seed());
    this.since = clock.instant();
    this.callbacks = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "pystrade-sim-callbacks");
      t.setDaemon(true);
      return t;
    });
    cash.put(settings.initialCash().currency(), settings.initialCash().amount());
  }

  private <T> CompletableFuture<Result<T>> deliver(Result<T> result) {
    return CompletableFuture.supplyAsync(() -> result, callbacks);
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

  private Failure disconnected() {
    return Failure.of(ReasonCode.BROKER_DISCONNECTED, "the simulated broker is not connected (call connect())");
  }

  @Override
  public CompletableFuture<Result<ConnectionInfo>> connect() {
    synchronized (lock) {
      state = ConnectionState.CONNECTED;
      since = clock.instant();
      return deliver(Result.ok(new ConnectionInfo("simulated", 0, List.of(settings.account()))));
    }
  }

  @Override
  public void disconnect() {
    synchronized (lock) {
      if (state != ConnectionState.DISCONNECTED) {
        state = ConnectionState.DISCONNECTED;
        since = clock.instant();
      }
    }
  }

  @Override
  public void close() {
    disconnect();
    callbacks.shutdown();
    try {
      callbacks.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public Health health() {
    synchronized (lock) {
      return new Health(state, since, 0, "");
    }
  }

  @Override
  public CompletableFuture<Result<BrokerContract>> resolve(FuturesContract contract) {
    ArgChecker.notNull(contract, "contract");
    return deliver(contractOf(contract));
  }

  private Result<BrokerContract> contractOf(FuturesContract contract) {
    return table.spec(contract.instrument()).map(s -> brokerContract(contract, s));
  }

  /** The last trade date is the contract's day, or the first of its month when the day is unknown. */
  private static BrokerContract brokerContract(FuturesContract contract, BrokerContractSpec s) {
    LocalDate last = contract.date().expiry(0);
    return new BrokerContract(contract, 0, s.symbol(), s.exchange(), s.currency(), s.multiplier(),
        s.priceMagnifier(), last);
  }

  @Override
  public CompletableFuture<Result<PriceBars>> history(HistoryRequest request) {
    ArgChecker.notNull(request, "request");
    synchronized (lock) {
      if (state != ConnectionState.CONNECTED) {
        return deliver(Result.err(disconnected()));
      }
      Result<BrokerContract> c = contractOf(request.contract());
      if (!c.isOk()) {
        return deliver(Result.err(c.failure()));
      }
      List<Bar> source = prices.bars(request.contract(), request.start(), request.end());
      if (source.isEmpty()) {
        return deliver(Result.err(ReasonCode.MISSING_DATA, "the price source has no prices of "
            + request.contract() + " from " + request.start() + " to " + request.end()));
      }
      if (!request.barSize().isDaily() && source.stream().allMatch(b -> isMidnight(b.start()))) {
        return deliver(Result.err(ReasonCode.MISSING_DATA, "the price source has only daily prices of "
            + request.contract() + ", no " + request.barSize().code() + " bars"));
      }
      return deliver(Result.ok(new PriceBars(request.contract(), request.barSize(),
          BarAggregation.aggregate(source, request.barSize()))));
    }
  }

  private static boolean isMidnight(Instant t) {
    return t.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() == 0;
  }

  @Override
  public CompletableFuture<Result<Quote>> quote(FuturesContract contract) {
    ArgChecker.notNull(contract, "contract");
    synchronized (lock) {
      step();
      if (state != ConnectionState.CONNECTED) {
        return deliver(Result.err(disconnected()));
      }
      Result<BrokerContract> c = contractOf(contract);
      if (!c.isOk()) {
        return deliver(Result.err(c.failure()));
      }
      return deliver(quoteOf(Tradable.future(contract)));
    }
  }

  @Override
  public CompletableFuture<Result<Quote>> fxQuote(FxPair pair) {
    ArgChecker.notNull(pair, "pair");
    synchronized (lock) {
      step();
      if (state != ConnectionState.CONNECTED) {
        return deliver(Result.err(disconnected()));
      }
      return deliver(quoteOf(Tradable.fx(pair)));
    }
  }

  private Result<Quote> quoteOf(Tradable t) {
    Instant now = clock.instant();
    Optional<PricePoint> p = prices.priceAtOrBefore(t, now);
    if (p.isEmpty()) {
      return Result.err(ReasonCode.MISSING_DATA, "the price source has no price of " + t.id() + " at or before "
          + now);
    }
    double price = p.get().price();
    double slip = slippage(t, price);
    double size = settings.quoteSize();
    return Result.ok(new Quote(t, price - slip, price + slip, size, size, price, now));
  }

  /** Half the spread, in price units: spread cost times the factor for futures, a fraction of the rate for FX. */
  private double slippage(Tradable t, double price) {
    if (t instanceof Tradable.Fx) {
      return Math.abs(price) * settings.fxHalfSpread();
    }
    FuturesContract c = ((Tradable.Future) t).contract();
    double spread = costs.costs(c.instrument()).map(InstrumentCosts.Costs::spreadCost).orElse(Double.NaN);
    return Double.isNaN(spread) ? 0 : spread * settings.slippageFactor();
  }

  @Override
  public CompletableFuture<Result<OrderState>> place(OrderRequest request) {
    ArgChecker.notNull(request, "request");
    synchronized (lock) {
      step();
      if (state != ConnectionState.CONNECTED) {
        return deliver(Result.err(disconnected()));
      }
      SimOrder existing = orders.get(request.ref());
      if (existing != null) {
        return deliver(resultOf(existing.state));
      }
      if (request.tradable() instanceof Tradable.Future f) {
        Result<BrokerContract> c = contractOf(f.contract());
        if (!c.isOk()) {
          return deliver(Result.err(BrokerErrors.of(ReasonCode.NO_SUCH_CONTRACT, NO_SECURITY,
              "no security definition has been found for " + f.contract() + " (" + c.failure().message() + ")")));
        }
        Result<InstrumentCosts.Costs> k = costs.costs(f.contract().instrument());
        if (!k.isOk()) {
          return deliver(Result.err(k.failure()));
        }
      }
      OrderState s = OrderState.pending(nextOrderId++, request);
      long size = Math.abs(request.quantity().longValueExact());
      String why = null;
      if (request.tradable() instanceof Tradable.Future && size > settings.maxOrderSize()) {
        why = "order size " + size + " is above the largest accepted, " + settings.maxOrderSize();
      } else if (settings.rejectProbability() > 0 && random.nextDouble() < settings.rejectProbability()) {
        why = "rejected at random (simulated reject probability " + settings.rejectProbability() + ")";
      }
      if (why != null) {
        s = s.withRejection(OrderStatus.REJECTED, BrokerErrors.of(ReasonCode.BROKER_REJECTED, REJECTED,
            "order rejected - reason: " + why + " (order " + request.ref() + ")"));
        orders.put(request.ref(), new SimOrder(s, clock.instant()));
        emit(new OrderEvent.StatusChanged(s));
        return deliver(resultOf(s));
      }
      s = s.withStatus(OrderStatus.SUBMITTED);
      orders.put(request.ref(), new SimOrder(s, clock.instant().plus(settings.latency())));
      emit(new OrderEvent.StatusChanged(s));
      Result<OrderState> ack = Result.ok(s);
      step();
      return deliver(ack);
    }
  }

  private static Result<OrderState> resultOf(OrderState s) {
    return s.status() == OrderStatus.REJECTED && s.rejection().isPresent() ? Result.err(s.rejection().get())
        : Result.ok(s);
  }

  /** The working order of a reference, or why there is none; the caller holds the lock. */
  private Result<SimOrder> working(ClientOrderRef ref, String verb) {
    step();
    if (state != ConnectionState.CONNECTED) {
      return Result.err(disconnected());
    }
    SimOrder o = orders.get(ref);
    if (o == null) {
      return Result.err(BrokerErrors.of(ReasonCode.BROKER_REJECTED, NO_SUCH_ORDER, "can't find order " + ref));
    }
    if (o.state.status().isDone()) {
      return Result.err(BrokerErrors.of(ReasonCode.BROKER_REJECTED, NOT_CANCELLABLE,
          "order " + ref + " is " + o.state.status() + " and cannot be " + verb));
    }
    return Result.ok(o);
  }

  @Override
  public CompletableFuture<Result<OrderState>> modify(ClientOrderRef ref, Quantity quantity, double limitPrice) {
    ArgChecker.notNull(ref, "ref");
    ArgChecker.notNull(quantity, "quantity");
    synchronized (lock) {
      Result<SimOrder> w = working(ref, "modified");
      if (!w.isOk()) {
        return deliver(Result.err(w.failure()));
      }
      SimOrder o = w.value();
      OrderRequest changed = o.state.request().modified(quantity,
          o.state.request().type() == OrderType.LIMIT ? limitPrice : Double.NaN);
      if (quantity.signum() != o.state.request().quantity().signum()
          || quantity.abs().compareTo(o.state.filled().abs()) < 0) {
        return deliver(Result.err(BrokerErrors.of(ReasonCode.BROKER_REJECTED, REJECTED, "order " + ref
            + " cannot be modified to " + quantity + ": " + o.state.filled() + " is filled already")));
      }
      o.state = o.state.withRequest(changed).withFills(o.state.filled(), o.state.averageFillPrice());
      emit(new OrderEvent.StatusChanged(o.state));
      Result<OrderState> ack = Result.ok(o.state);
      step();
      return deliver(ack);
    }
  }

  @Override
  public CompletableFuture<Result<OrderState>> cancel(ClientOrderRef ref) {
    ArgChecker.notNull(ref, "ref");
    synchronized (lock) {
      Result<SimOrder> w = working(ref, "cancelled");
      if (!w.isOk()) {
        return deliver(Result.err(w.failure()));
      }
      SimOrder o = w.value();
      o.state = o.state.withStatus(OrderStatus.CANCELLED);
      emit(new OrderEvent.StatusChanged(o.state));
      return deliver(Result.ok(o.state));
    }
  }

  @Override
  public Optional<OrderState> order(ClientOrderRef ref) {
    synchronized (lock) {
      step();
      SimOrder o = orders.get(ref);
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
      step();
      if (state != ConnectionState.CONNECTED) {
        return deliver(Result.err(disconnected()));
      }
      List<OrderState> open = new ArrayList<>();
      for (SimOrder o : orders.values()) {
        if (!o.state.status().isDone()) {
          open.add(o.state);
        }
      }
      return deliver(Result.ok(open));
    }
  }

  @Override
  public CompletableFuture<Result<List<Fill>>> fills() {
    synchronized (lock) {
      step();
      if (state != ConnectionState.CONNECTED) {
        return deliver(Result.err(disconnected()));
      }
      return deliver(Result.ok(List.copyOf(fills)));
    }
  }

  @Override
  public CompletableFuture<Result<List<ContractPosition>>> positions() {
    synchronized (lock) {
      step();
      if (state != ConnectionState.CONNECTED) {
        return deliver(Result.err(disconnected()));
      }
      List<ContractPosition> out = new ArrayList<>();
      positions.forEach((c, p) -> {
        if (p.quantity != 0) {
          out.add(ContractPosition.of(c, Quantity.of(p.quantity)));
        }
      });
      return deliver(Result.ok(out));
    }
  }

  @Override
  public CompletableFuture<Result<AccountSummary>> account() {
    synchronized (lock) {
      step();
      if (state != ConnectionState.CONNECTED) {
        return deliver(Result.err(disconnected()));
      }
      return deliver(accountNow());
    }
  }

  private Result<AccountSummary> accountNow() {
    Currency base = settings.initialCash().currency();
    Instant now = clock.instant();
    AccountSummary.Builder b = AccountSummary.builder(settings.account(), base);
    double netLiq = 0;
    for (Map.Entry<Currency, Double> e : cash.entrySet()) {
      b.cash(Money.of(e.getValue(), e.getKey()));
      if (e.getValue() == 0) {
        continue;
      }
      Result<Double> rate = rate(e.getKey(), base, now);
      if (!rate.isOk()) {
        return Result.err(rate.failure());
      }
      netLiq += e.getValue() * rate.value();
    }
    double notional = 0;
    for (Map.Entry<FuturesContract, Position> e : positions.entrySet()) {
      Position p = e.getValue();
      if (p.quantity == 0) {
        continue;
      }
      FuturesContract c = e.getKey();
      InstrumentCosts.Costs k = costs.costs(c.instrument()).value();
      Optional<PricePoint> mark = prices.priceAtOrBefore(Tradable.future(c), now);
      double price = mark.map(PricePoint::price).orElse(p.average);
      Result<Double> rate = rate(k.currency(), base, now);
      if (!rate.isOk()) {
        return Result.err(rate.failure());
      }
      netLiq += (price - p.average) * p.quantity * k.pointSize() * rate.value();
      notional += Math.abs(p.quantity * price * k.pointSize()) * rate.value();
    }
    double initial = notional * settings.marginFraction();
    return Result.ok(b.netLiquidation(Money.of(netLiq, base)).initialMargin(Money.of(initial, base))
        .maintenanceMargin(Money.of(initial * 0.8, base)).availableFunds(Money.of(netLiq - initial, base)).build());
  }

  private Result<Double> rate(Currency from, Currency to, Instant now) {
    if (from.equals(to)) {
      return Result.ok(1.0);
    }
    Optional<PricePoint> p = prices.priceAtOrBefore(Tradable.fx(FxPair.of(from, to)), now);
    return p.isPresent() ? Result.ok(p.get().price())
        : Result.err(ReasonCode.NO_FX_RATE, "the price source has no " + FxPair.of(from, to) + " rate at or before "
            + now + " to value the account in " + to);
  }

  /**
   * Evaluates the working orders against the prices up to the clock's time: fills what can fill. Every other call
   * does this first; a replay that moves a {@link ManualClock} calls it to see fills without another request.
   */
  public void step() {
    synchronized (lock) {
      Instant now = clock.instant();
      for (SimOrder o : orders.values()) {
        while (!o.state.status().isDone()) {
          Optional<PricePoint> next = prices.priceAfter(o.state.request().tradable(), o.examined);
          if (next.isEmpty() || next.get().time().isAfter(now)) {
            break;
          }
          o.examined = next.get().time();
          tryFill(o, next.get());
        }
      }
    }
  }

  private void tryFill(SimOrder o, PricePoint point) {
    OrderRequest r = o.state.request();
    double slip = slippage(r.tradable(), point.price());
    double price = r.isBuy() ? point.price() + slip : point.price() - slip;
    if (r.type() == OrderType.LIMIT && (r.isBuy() ? price > r.limitPrice() : price < r.limitPrice())) {
      return;
    }
    Quantity remaining = r.quantity().minus(o.state.filled());
    long left = Math.abs(remaining.longValueExact());
    long size = left;
    if (left > 1 && settings.partialFillProbability() > 0
        && random.nextDouble() < settings.partialFillProbability()) {
      size = 1 + random.nextInt((int) Math.min(left - 1, Integer.MAX_VALUE));
    }
    Quantity q = Quantity.ofWhole(remaining.signum() * size);
    Money commission = book(r.tradable(), q, price);
    Fill fill = new Fill("SIM-" + nextExecution++, o.state.orderId(), r.ref(), r.tradable(), q, price, point.time(),
        commission);
    fills.add(fill);
    Quantity filled = o.state.filled().plus(q);
    double average = o.state.filled().isZero() ? price
        : (o.state.averageFillPrice() * o.state.filled().value() + price * q.value()) / filled.value();
    o.state = o.state.withFills(filled, average);
    emit(new OrderEvent.Filled(fill));
    emit(new OrderEvent.StatusChanged(o.state));
  }

  /** Books a fill in the ledger; returns its commission. */
  private Money book(Tradable t, Quantity q, double price) {
    if (t instanceof Tradable.Fx fx) {
      FxPair pair = fx.pair();
      double value = q.value() * price;
      double commission = Math.abs(value) * settings.fxCommissionRate();
      cash.merge(pair.base(), q.value(), Double::sum);
      cash.merge(pair.quote(), -value - commission, Double::sum);
      return Money.of(commission, pair.quote());
    }
    FuturesContract c = ((Tradable.Future) t).contract();
    InstrumentCosts.Costs k = costs.costs(c.instrument()).value();
    Money commission = k.commission(q, price);
    Position p = positions.computeIfAbsent(c, x -> new Position());
    double qty = q.value();
    if (p.quantity == 0 || Math.signum(p.quantity) == Math.signum(qty)) {
      p.average = (p.average * Math.abs(p.quantity) + price * Math.abs(qty)) / (Math.abs(p.quantity) + Math.abs(qty));
      p.quantity += qty;
    } else {
      double closing = Math.min(Math.abs(qty), Math.abs(p.quantity)) * Math.signum(p.quantity);
      cash.merge(k.currency(), (price - p.average) * closing * k.pointSize(), Double::sum);
      double before = p.quantity;
      p.quantity += qty;
      if (p.quantity == 0) {
        p.average = 0;
      } else if (Math.signum(p.quantity) != Math.signum(before)) {
        p.average = price;
      }
    }
    cash.merge(k.currency(), -commission.amount(), Double::sum);
    return commission;
  }
}
