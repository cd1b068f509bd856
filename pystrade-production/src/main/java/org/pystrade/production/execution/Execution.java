package org.pystrade.production.execution;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.pystrade.broker.api.Broker;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.ConnectionState;
import org.pystrade.broker.api.Fill;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.OrderState;
import org.pystrade.broker.api.Quote;
import org.pystrade.broker.api.Tradable;
import org.pystrade.broker.orders.BrokerOrders;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;
import org.pystrade.core.domain.trading.ExecutionReport;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.LateFillBooking;
import org.pystrade.data.production.OrderAmendment;
import org.pystrade.data.production.ProductionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes contract orders at a broker (pysystemtrade's {@code run_stack_handler}: create broker orders, process
 * fills, cancel at the end of the day), with these rules:
 * <ul>
 *   <li>a broker order is stored (its client order reference unique in the store,
 *       {@link BrokerOrders#clientRef}) before it is sent; broker orders left open in the store by an earlier run
 *       are taken up again: sent under the same reference only if the broker does not know it, so none is sent
 *       twice;</li>
 *   <li>the broker's fills are booked with {@link ProductionStore#bookFill} (fill, broker, contract and instrument
 *       orders and positions in one transaction), each execution once (by its id, across runs);</li>
 *   <li>a fill the broker reports for a broker order ended before (the broker filled it after all: a cancellation
 *       confirmed too early, a fill reported after the order was ended, in this run or an earlier one) is booked
 *       on that order with {@link ProductionStore#bookLateFill} (it and its contract and instrument orders take the
 *       status their fills now say, its archive is amended), logged and reported as a {@link LateFill}; a fill that
 *       goes beyond the quantity of its contract or instrument order (two broker orders of it filled) is booked,
 *       logged and reported as an {@link OverFill} and a {@link ReasonCode#RECONCILIATION_BREAK} failure: more was
 *       traded than ordered; a fill that does not fit its broker order (another contract, beyond its quantity) is
 *       not booked: it is logged and reported as a {@link ReasonCode#RECONCILIATION_BREAK} failure; a fill of a
 *       reference the store does not know (an order placed by someone else) is not booked either: it is logged and
 *       reported ({@link ExecutionOutcome#unknownFills()}), and the reconciliation shows whether the positions
 *       differ;</li>
 *   <li>no more is traded than ordered where it can still be stopped: once fills are read, a contract order (or
 *       its instrument order) that a late fill left with less to fill than its open broker orders (the next attempt
 *       sent while the broker was filling the one it had confirmed cancelled) has them cancelled at once, their
 *       fills read before they are ended; a broker order ended here that a late fill, leaving part of it unfilled,
 *       showed the broker had after all (ended rejected, or as never having reached the broker) is cancelled if
 *       the broker still has it working, as is, at the start of each run, every broker order ended here that the
 *       broker still has working (the run that booked the late fill stopped before it cancelled); a broker order
 *       taken up whose contract or instrument order has less left than it is cancelled (the broker knows it) or
 *       ended unsent (it does not); a new attempt is for no more than the instrument order has left;</li>
 *   <li>the algorithm's first request works until its timeout, then what is left goes to market under the next
 *       attempt's reference;</li>
 *   <li>a broker order whose fate or fills the broker could not tell (the connection was lost before it answered a
 *       placing or a cancellation, the order could not be taken up, its fills could not be read after its
 *       cancellation or are still to come) stays open in the store, and its contract order gets no other broker
 *       order: it is taken up again once the broker answers (the same run, or the next), and is never ended while
 *       the broker may have it or its fills, so that none of its fills is lost and no quantity is traded twice;</li>
 *   <li>at the end of the day what has not filled is cancelled at the broker and every other order still open in
 *       the store is ended as cancelled;</li>
 *   <li>every broker order that is done is archived with its slippage against the mid at submission.</li>
 * </ul>
 * Broker failures are values ({@link ExecutionOutcome#failures()}); the orders concerned are ended.
 */
public final class Execution {

  private static final Logger LOG = LoggerFactory.getLogger(Execution.class);
  private static final int SETTLE_ROUNDS = 20;
  private static final Duration SETTLE_WAIT = Duration.ofMillis(100);

  private final ProductionStore store;
  private final Broker broker;
  private final ExecutionClock clock;
  private final ExecutionAlgorithm algorithm;
  private final Duration requestTimeout;
  /** The execution ids dealt with: booked (now or before), or reported as not bookable. */
  private final Set<String> booked = new HashSet<>();

  /** A broker order being worked, with the mid when it was submitted and the algorithm working it. */
  private static final class Working {
    private TradingOrder order;
    private final double mid;
    private final String algorithm;

    Working(TradingOrder order, double mid, String algorithm) {
      this.order = order;
      this.mid = mid;
      this.algorithm = algorithm;
    }
  }

  private final Map<String, Working> working = new LinkedHashMap<>();
  /** Broker orders (by reference) whose fate at the broker is unknown: open in the store, not being worked. */
  private final Set<String> undecided = new HashSet<>();
  private final List<ExecutionReport> reports = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();
  private final List<LateFill> lateFills = new ArrayList<>();
  private final List<Fill> unknownFills = new ArrayList<>();
  private final List<OverFill> overFills = new ArrayList<>();
  /**
   * Contract orders (by id) whose open broker orders may trade more than they, or their instrument orders, have
   * left (a late fill or a fill beyond a quantity was booked, or a broker order of theirs was taken up): checked,
   * and what is too much cancelled, once the fills read are booked.
   */
  private final Set<Long> toLimit = new LinkedHashSet<>();
  /**
   * Broker orders ended here (by reference) that a late fill left with something unfilled: the broker had them
   * after all, and they may still be working there.
   */
  private final Set<String> endedToStop = new LinkedHashSet<>();
  private int sent;
  private int fills;

  /**
   * An execution.
   *
   * @param store the state store
   * @param broker the broker, connected
   * @param clock the time
   * @param algorithm how broker orders are worked
   * @param requestTimeout how long a broker request may take
   */
  public Execution(ProductionStore store, Broker broker, ExecutionClock clock, ExecutionAlgorithm algorithm,
      Duration requestTimeout) {
    this.store = ArgChecker.notNull(store, "store");
    this.broker = ArgChecker.notNull(broker, "broker");
    this.clock = ArgChecker.notNull(clock, "clock");
    this.algorithm = ArgChecker.notNull(algorithm, "algorithm");
    this.requestTimeout = ArgChecker.notNull(requestTimeout, "requestTimeout");
  }

  /**
   * Executes the open contract orders of the store: takes up broker orders left open, sends a broker order for
   * each contract order without one, works them until the close, books the fills and, at the end of the day,
   * cancels the rest.
   *
   * @param close the moment by which the day's fills are in (the simulated close; now for a live broker)
   * @param endOfDay the moment unfilled orders are cancelled, not before {@code close}
   * @return what happened
   */
  public ExecutionOutcome executeDay(Instant close, Instant endOfDay) {
    ArgChecker.notNull(close, "close");
    ArgChecker.notNull(endOfDay, "endOfDay");
    ArgChecker.isTrue(!endOfDay.isBefore(close), "the end of the day {} is before the close {}", endOfDay, close);
    reports.clear();
    failures.clear();
    lateFills.clear();
    unknownFills.clear();
    overFills.clear();
    sent = 0;
    fills = 0;
    resume();
    cancelEndedStillWorking();
    submitAll(algorithm);
    Optional<Duration> timeout = algorithm.marketAfter();
    if (timeout.isPresent() && !working.isEmpty()) {
      Instant switchAt = clock.now().plus(timeout.get());
      if (switchAt.isBefore(close)) {
        clock.waitUntil(switchAt);
        collectFills();
        for (Working w : List.copyOf(working.values())) {
          cancel(w, "timeout of " + w.algorithm);
        }
        submitAll(ExecutionAlgorithm.market());
      }
    }
    clock.waitUntil(close);
    collectFills();
    if (!undecided.isEmpty()) {
      resume();
    }
    clock.waitUntil(endOfDay);
    collectFills();
    for (Working w : List.copyOf(working.values())) {
      cancel(w, "end of day");
    }
    settleUndecided();
    endOpenOrders();
    return new ExecutionOutcome(sent, fills, reports, failures, lateFills, unknownFills, overFills);
  }

  /**
   * Broker orders left open in the store: tracked if the broker knows them, sent again (same reference) if not.
   * One that cannot be taken up now (no quote, e.g. while the connection is re-established) stays open and
   * undecided: the broker may have it, and filled it. One taken up whose contract or instrument order has less left
   * than its open broker orders (a late fill completed it, and the run that booked it stopped before it cancelled
   * the rest) is cancelled at once; one the broker does not know is then ended, not sent.
   */
  private void resume() {
    for (TradingOrder o : store.orders().withStatus(OrderLevel.BROKER, OrderStatus.OPEN)) {
      if (working.containsKey(o.clientRef())) {
        continue;
      }
      Result<Quote> quote = await(broker.quote(o.contract()));
      if (!quote.isOk()) {
        undecided.add(o.clientRef());
        failures.add(Failure.of(quote.failure().code(), "broker order " + o.id() + " (" + o.clientRef() + "): no"
            + " quote to take it up, kept open to be taken up: " + quote.failure().message()));
        continue;
      }
      Working w = new Working(o, quote.value().mid(), algorithm.name());
      Optional<OrderState> known = broker.order(ClientOrderRef.of(o.clientRef()));
      if (known.isPresent()) {
        LOG.info("taking up broker order {} ({}), known to the broker as {}", o.id(), o.clientRef(),
            known.get().status());
        working.put(o.clientRef(), w);
        undecided.remove(o.clientRef());
        toLimit.add(o.parentId());
      } else if (room(o.parentId()) < 0) {
        LOG.warn("broker order {} ({}), stored but unknown to the broker, is ended, not sent: its contract or"
            + " instrument order has less left than its open broker orders", o.id(), o.clientRef());
        undecided.remove(o.clientRef());
        store.orders().end(o.id(), OrderStatus.CANCELLED);
      } else {
        LOG.info("sending broker order {} ({}), stored but unknown to the broker", o.id(), o.clientRef());
        place(w, BrokerOrders.marketRequest(o));
      }
    }
    collectFills();
  }

  /**
   * A broker order for every open contract order without an open one: one being worked, or one of unknown fate
   * (which may be working at the broker, so another would trade the same quantity twice). It is for what remains
   * of the contract order, no more than its instrument order has left beyond its other open broker orders (less
   * only after a fill went beyond a contract order's quantity).
   */
  private void submitAll(ExecutionAlgorithm algo) {
    Set<Long> covered = new HashSet<>();
    for (TradingOrder open : store.orders().withStatus(OrderLevel.BROKER, OrderStatus.OPEN)) {
      covered.add(open.parentId());
    }
    for (TradingOrder contractOrder : store.orders().withStatus(OrderLevel.CONTRACT, OrderStatus.OPEN)) {
      if (covered.contains(contractOrder.id()) || contractOrder.remaining().isZero()) {
        continue;
      }
      long room = room(contractOrder.id());
      if (room <= 0) {
        LOG.warn("contract order {} ({} of {} filled) gets no broker order: its instrument order has nothing left"
            + " for it", contractOrder.id(), contractOrder.filled(), contractOrder.quantity());
        continue;
      }
      Result<Quote> quote = await(broker.quote(contractOrder.contract()));
      if (!quote.isOk()) {
        failures.add(Failure.of(quote.failure().code(), "no quote for contract order " + contractOrder.id()
            + " in " + contractOrder.contract() + ": " + quote.failure().message()));
        continue;
      }
      int attempt = store.orders().children(contractOrder.id()).size() + 1;
      TradingOrder brokerOrder = store.orders().insert(BrokerOrders.child(contractOrder,
          Quantity.ofWhole(contractOrder.remaining().signum() * room), attempt, clock.now()));
      Working w = new Working(brokerOrder, quote.value().mid(), algo.name());
      place(w, algo.firstRequest(brokerOrder, quote.value()));
    }
  }

  private void place(Working w, OrderRequest request) {
    Result<OrderState> placed = await(broker.place(request));
    sent++;
    if (!placed.isOk() && placed.failure().code().isTransient()) {
      undecided.add(w.order.clientRef());
      failures.add(Failure.of(placed.failure().code(), "broker order " + w.order.id() + " (" + w.order.clientRef()
          + "): no answer from the broker, kept open to be taken up: " + placed.failure().message()));
      return;
    }
    undecided.remove(w.order.clientRef());
    if (!placed.isOk()) {
      fail(w.order, placed.failure());
      archive(w, OrderStatus.REJECTED);
      return;
    }
    working.put(w.order.clientRef(), w);
  }

  /**
   * Books the broker's fills not dealt with yet (all of them are read, whether or not an order is being worked, so
   * that a fill reported late is found): each of an order being worked (archived once completed), each of an order
   * ended before as a late fill on that order ({@link #bookLate}); one of a reference the store does not know is
   * reported, not booked (once by this execution). The fills of an order of unknown fate (open, not being worked)
   * are left to its take-up. Then what could trade more than ordered is cancelled ({@link #stopOverTrading}).
   *
   * @return false when the broker's fills could not be read
   */
  private boolean collectFills() {
    Result<List<Fill>> all = await(broker.fills());
    if (!all.isOk()) {
      failures.add(Failure.of(all.failure().code(), "cannot read the broker's fills: " + all.failure().message()));
      return false;
    }
    for (Fill fill : all.value()) {
      if (!booked.contains(fill.executionId())) {
        take(fill);
      }
    }
    stopOverTrading();
    return true;
  }

  private void take(Fill fill) {
    if (store.fills().byExecutionId(fill.executionId()).isPresent()) {
      booked.add(fill.executionId());
      return;
    }
    Working w = working.get(fill.ref().value());
    TradingOrder order = w != null ? w.order : store.orders().byClientRef(fill.ref().value()).orElse(null);
    if (w == null && order != null && order.status().isActive()) {
      return;
    }
    booked.add(fill.executionId());
    if (order == null) {
      LOG.warn("the broker's fill {} ({} {} at {}, reference {}) is of no order in the store (placed by someone"
          + " else?): not booked", fill.executionId(), fill.quantity(), fill.tradable().id(), fill.price(),
          fill.ref().value());
      unknownFills.add(fill);
      return;
    }
    if (w == null) {
      bookLate(fill, order);
      return;
    }
    Optional<String> misfit = misfit(fill, order, order.filled());
    if (misfit.isPresent()) {
      notBooked(fill, "it does not fit broker order " + order.id() + ": " + misfit.get());
      return;
    }
    FillRecord booked = store.bookFill(BrokerOrders.fillRecord(fill, order));
    fills++;
    List<OrderAmendment> amendments = store.fills().amendments(booked.id());
    if (!amendments.isEmpty()) {
      overFilled(fill, order, amendments);
      toLimit.add(order.parentId());
    }
    w.order = store.orders().get(order.id()).orElseThrow();
    if (w.order.status() == OrderStatus.COMPLETED) {
      working.remove(w.order.clientRef());
      archive(w, OrderStatus.COMPLETED);
    }
  }

  /**
   * Books a fill of a broker order ended before on that order ({@link ProductionStore#bookLateFill}, one
   * transaction): the order, its contract and instrument orders take the fill and the status their fills now say,
   * its archive is amended, and the contract and strategy positions are the broker's. The order's earlier late
   * fills are in its filled quantity: a fill beyond what it has left is not booked. The contract order's other
   * broker orders are then checked, and cancelled if they could trade more than it has left; the order itself,
   * when something of it is unfilled, is cancelled if the broker still has it working.
   */
  private void bookLate(Fill fill, TradingOrder ended) {
    Optional<String> misfit = misfit(fill, ended, ended.filled());
    Result<LateFillBooking> booked = misfit.isPresent() ? Result.err(ReasonCode.RECONCILIATION_BREAK, misfit.get())
        : store.bookLateFill(BrokerOrders.fillRecord(fill, ended));
    if (!booked.isOk()) {
      notBooked(fill, "it is of broker order " + ended.id() + ", ended " + ended.status() + ", and "
          + booked.failure().message());
      return;
    }
    if (booked.value().bookedBefore()) {
      return;
    }
    fills++;
    OrderAmendment on = booked.value().amendments().get(0);
    LOG.warn("late fill {} of broker order {} ({}, ended {}): {} at {} booked on it, now {} with {} of {} filled",
        fill.executionId(), ended.id(), ended.clientRef(), ended.status(), fill.quantity(), fill.price(),
        on.statusAfter(), on.filledAfter(), ended.quantity());
    lateFills.add(new LateFill(fill.executionId(), ended.clientRef(), ended.id(), ended.status(), on.statusAfter(),
        on.filledAfter(), ended.contract(), fill.quantity(), fill.price()));
    overFilled(fill, ended, booked.value().amendments());
    toLimit.add(ended.parentId());
    if (on.statusAfter() != OrderStatus.COMPLETED) {
      endedToStop.add(ended.clientRef());
    }
    store.executions().of(ended.id()).ifPresent(amended -> {
      int i = reports.stream().map(ExecutionReport::brokerOrderId).toList().indexOf(ended.id());
      if (i >= 0) {
        reports.set(i, amended);
      } else {
        reports.add(amended);
      }
    });
  }

  /**
   * Reports what of a fill of a broker order went beyond the quantity of its contract or instrument order (another
   * broker order of it filled as well, one of them late): the broker traded more than was ordered. The store kept
   * it as the order's amendment; it is logged, and reported as an {@link OverFill} for each order and a
   * {@link ReasonCode#RECONCILIATION_BREAK} failure for the fill.
   */
  private void overFilled(Fill fill, TradingOrder brokerOrder, List<OrderAmendment> amendments) {
    List<String> beyond = new ArrayList<>();
    for (OrderAmendment a : amendments) {
      if (a.beyond().isZero()) {
        continue;
      }
      TradingOrder o = store.orders().get(a.orderId()).orElseThrow();
      overFills.add(new OverFill(fill.executionId(), brokerOrder.clientRef(), o.id(), o.level(),
          brokerOrder.contract(), o.quantity(), a.filledBefore(), a.beyond()));
      beyond.add(o.level() + " order " + o.id() + " of " + o.quantity().longValueExact() + " ("
          + a.filledBefore().longValueExact() + " filled before) by " + a.beyond().longValueExact());
    }
    if (beyond.isEmpty()) {
      return;
    }
    String text = "fill " + fill.executionId() + " (" + fill.quantity().longValueExact() + " "
        + brokerOrder.contract() + " at " + fill.price() + ", broker order " + brokerOrder.id() + " "
        + brokerOrder.clientRef() + ") went beyond " + String.join(", ", beyond) + ": more was traded in "
        + brokerOrder.instrument() + " for strategy " + brokerOrder.strategy() + " than ordered (booked: the"
        + " positions are the broker's)";
    LOG.warn(text);
    failures.add(Failure.of(ReasonCode.RECONCILIATION_BREAK, text));
  }

  /**
   * Cancels what could trade more than was ordered, once the fills read are booked: the broker orders ended here
   * that a late fill showed the broker had and that are still working there, and the open broker orders of a
   * contract or instrument order that has less left than they could fill.
   */
  private void stopOverTrading() {
    while (!endedToStop.isEmpty() || !toLimit.isEmpty()) {
      if (!endedToStop.isEmpty()) {
        String ref = endedToStop.iterator().next();
        endedToStop.remove(ref);
        Optional<OrderState> atBroker = broker.order(ClientOrderRef.of(ref));
        if (atBroker.isPresent() && !atBroker.get().status().isDone()) {
          cancelEnded(store.orders().byClientRef(ref).orElseThrow(), atBroker.get());
        }
        continue;
      }
      long contractOrderId = toLimit.iterator().next();
      toLimit.remove(contractOrderId);
      for (long id : contractAndInstrumentOrder(contractOrderId)) {
        Commitment c = commitment(id);
        if (c.room() >= 0) {
          continue;
        }
        String why = c.order().level() + " order " + c.order().id() + " (" + c.order().quantity().longValueExact()
            + " " + c.order().instrument() + ", " + c.order().filled().longValueExact() + " filled, "
            + c.order().status() + ") has less left than its open broker orders could fill";
        for (TradingOrder open : c.open()) {
          Working w = working.get(open.clientRef());
          if (w == null) {
            LOG.warn("broker order {} ({}), of unknown fate, would trade more than ordered: {}; cancelled once"
                + " taken up", open.id(), open.clientRef(), why);
          } else {
            LOG.warn("cancelling broker order {} ({}) at once: {}", open.id(), open.clientRef(), why);
            cancel(w, why);
          }
        }
      }
    }
  }

  /**
   * At the start of a run, the broker orders ended here that the broker still has working (a late fill showed the
   * broker had one pystrade had ended, and the run that booked it stopped before it cancelled it; one ended as never
   * having reached the broker that did reach it): each is cancelled.
   */
  private void cancelEndedStillWorking() {
    Result<List<OrderState>> open = await(broker.openOrders());
    if (!open.isOk()) {
      failures.add(Failure.of(open.failure().code(), "cannot read the broker's open orders, to cancel those ended"
          + " here: " + open.failure().message()));
      return;
    }
    for (OrderState s : open.value()) {
      store.orders().byClientRef(s.ref().value()).filter(o -> !o.status().isActive())
          .ifPresent(o -> cancelEnded(o, s));
    }
  }

  /**
   * Cancels at the broker a broker order ended here that the broker still has working, then reads the fills (those
   * that came before the cancellation are booked as late fills on it). When it cannot be cancelled while the broker
   * still shows it working, it is reported as a failure: it could trade more than ordered, and is cancelled at the
   * next run's start if still working then.
   */
  private void cancelEnded(TradingOrder ended, OrderState atBroker) {
    ClientOrderRef ref = atBroker.ref();
    LOG.warn("broker order {} ({}), ended {} here, is {} at the broker with {} of {} filled: cancelling it",
        ended.id(), ref.value(), ended.status(), atBroker.status(), atBroker.filled(), atBroker.request().quantity());
    Result<OrderState> cancelled = await(broker.cancel(ref));
    collectFills();
    if (!cancelled.isOk() && broker.order(ref).map(s -> !s.status().isDone()).orElse(true)) {
      String text = "broker order " + ended.id() + " (" + ref.value() + ", " + ended.quantity().longValueExact() + " "
          + ended.contract() + "), ended " + ended.status() + " here, is still working at the broker and its"
          + " cancellation failed (" + cancelled.failure() + "): it could trade more than ordered; cancelled at the"
          + " next run's start if still working";
      LOG.warn(text);
      failures.add(Failure.of(cancelled.failure().code(), text));
    }
  }

  /** An order above broker orders, its open broker orders, and what it has left beyond what they could fill. */
  private record Commitment(TradingOrder order, List<TradingOrder> open, long room) {
  }

  /** The ids of a contract order and of its instrument order. */
  private List<Long> contractAndInstrumentOrder(long contractOrderId) {
    return store.orders().get(contractOrderId).map(c -> c.parentId() == 0 ? List.of(c.id())
        : List.of(c.id(), c.parentId())).orElse(List.of());
  }

  /** The commitment of an order above broker orders, as the store has it now. */
  private Commitment commitment(long orderId) {
    TradingOrder o = store.orders().get(orderId).orElseThrow();
    List<TradingOrder> open = new ArrayList<>();
    openBrokerOrdersUnder(o, open);
    long left = o.status().isActive() ? o.remaining().abs().longValueExact() : 0;
    return new Commitment(o, open, left - open.stream().mapToLong(b -> b.remaining().abs().longValueExact()).sum());
  }

  /**
   * The least a contract order and its instrument order have left beyond what their open broker orders could
   * fill: negative when those could trade more than was ordered.
   */
  private long room(long contractOrderId) {
    return contractAndInstrumentOrder(contractOrderId).stream().mapToLong(id -> commitment(id).room()).min()
        .orElse(0);
  }

  private void openBrokerOrdersUnder(TradingOrder order, List<TradingOrder> out) {
    if (order.level() == OrderLevel.BROKER) {
      if (order.status() == OrderStatus.OPEN) {
        out.add(order);
      }
      return;
    }
    for (TradingOrder child : store.orders().children(order.id())) {
      openBrokerOrdersUnder(child, out);
    }
  }

  /** Why a fill does not fit a broker order of which {@code filled} is filled, if it does not. */
  private static Optional<String> misfit(Fill fill, TradingOrder order, Quantity filled) {
    if (!fill.tradable().equals(Tradable.future(order.contract()))) {
      return Optional.of("it is in " + fill.tradable().id() + ", the order in " + order.contract());
    }
    if (fill.quantity().signum() != order.quantity().signum()
        || filled.plus(fill.quantity()).abs().compareTo(order.quantity().abs()) > 0) {
      return Optional.of("the order is of " + order.quantity() + " with " + filled + " filled before");
    }
    return Optional.empty();
  }

  private void notBooked(Fill fill, String why) {
    String text = "the broker's fill " + fill.executionId() + " (" + fill.quantity() + " " + fill.tradable().id()
        + " at " + fill.price() + ", reference " + fill.ref().value() + ") is not booked: " + why + "; the store"
        + " and the broker differ until it is resolved by hand";
    LOG.warn(text);
    failures.add(Failure.of(ReasonCode.RECONCILIATION_BREAK, text));
  }

  /**
   * Cancels a broker order at the broker and ends it in the store, unless its fate or its fills are not known yet
   * (no answer to the cancellation, the fills could not be read, the broker reports fills not received yet, or it
   * refused the cancellation while its own state of the order is still working, as when the order filled and the
   * fill is still on its way): it is then kept open to be taken up, so that its fills are booked on it. A fill that
   * still comes after the order was ended is booked as a late fill. An order no longer being worked (cancelled
   * meanwhile, while the fills were read) is left as it is.
   */
  private void cancel(Working w, String why) {
    ClientOrderRef ref = ClientOrderRef.of(w.order.clientRef());
    if (working.get(ref.value()) != w) {
      return;
    }
    Result<OrderState> cancelled = await(broker.cancel(ref));
    boolean fillsRead = collectFills();
    if (!working.containsKey(ref.value())) {
      return;
    }
    working.remove(ref.value());
    String unknown = null;
    if (!cancelled.isOk() && cancelled.failure().code().isTransient()) {
      unknown = "no answer (" + cancelled.failure() + ")";
    } else if (!fillsRead) {
      unknown = "its fills could not be read";
    } else if (fillsToCome(w.order, ref)) {
      unknown = "the broker reports fills not received yet";
    } else if (!cancelled.isOk() && broker.order(ref).map(s -> !s.status().isDone()).orElse(false)) {
      unknown = "refused (" + cancelled.failure() + ") while the broker still has it working: it may have filled,"
          + " its fills not received yet";
    }
    if (unknown != null) {
      LOG.warn("cancelling broker order {} ({}) on {}: {}; kept open to be taken up", w.order.id(), ref.value(), why,
          unknown);
      undecided.add(ref.value());
      return;
    }
    if (!cancelled.isOk()) {
      LOG.warn("cancelling broker order {} ({}) on {}: {}", w.order.id(), w.order.clientRef(), why,
          cancelled.failure());
    }
    store.orders().end(w.order.id(), OrderStatus.CANCELLED);
    archive(w, OrderStatus.CANCELLED);
  }

  /** Whether the broker says an order filled more than the fills booked. */
  private boolean fillsToCome(TradingOrder order, ClientOrderRef ref) {
    return broker.order(ref).map(s -> s.filled().abs().compareTo(order.filled().abs()) > 0).orElse(false);
  }

  private void fail(TradingOrder order, Failure failure) {
    failures.add(Failure.of(failure.code(), "broker order " + order.id() + " (" + order.clientRef() + ", "
        + order.quantity() + " " + order.contract() + "): " + failure.message()));
    if (store.orders().get(order.id()).map(o -> o.status().isActive()).orElse(false)) {
      store.orders().end(order.id(), OrderStatus.REJECTED);
    }
  }

  private void archive(Working w, OrderStatus status) {
    List<FillRecord> orderFills = store.fills().ofOrder(w.order.id());
    long filled = 0;
    double value = 0;
    for (FillRecord f : orderFills) {
      filled += f.quantity().longValueExact();
      value += f.quantity().value() * f.price();
    }
    ExecutionReport report = ExecutionReport.of(w.order.id(), w.algorithm, w.mid,
        Quantity.ofWhole(filled), filled == 0 ? Double.NaN : value / filled, status,
        clock.now());
    store.executions().archive(report);
    reports.add(report);
  }

  /**
   * At the end of the day, the broker orders of unknown fate: waits (a few request timeouts at most) for the
   * broker to answer; one it knows is cancelled there, one it does not know while connected never reached it and
   * is ended; the others stay undecided.
   */
  private void settleUndecided() {
    for (int round = 0; round < SETTLE_ROUNDS && !undecided.isEmpty(); round++) {
      if (broker.health().state() != ConnectionState.CONNECTED) {
        clock.waitUntil(clock.now().plus(SETTLE_WAIT));
        continue;
      }
      for (String ref : List.copyOf(undecided)) {
        Optional<TradingOrder> stored = store.orders().byClientRef(ref);
        if (stored.isEmpty() || stored.get().status() != OrderStatus.OPEN) {
          undecided.remove(ref);
          continue;
        }
        TradingOrder o = stored.get();
        if (broker.order(ClientOrderRef.of(ref)).isPresent()) {
          Result<Quote> quote = await(broker.quote(o.contract()));
          if (!quote.isOk()) {
            continue;
          }
          Working w = new Working(o, quote.value().mid(), algorithm.name());
          working.put(ref, w);
          undecided.remove(ref);
          collectFills();
          if (working.containsKey(ref)) {
            cancel(w, "end of day");
          }
        } else if (broker.health().state() == ConnectionState.CONNECTED) {
          LOG.info("broker order {} ({}) never reached the broker: ended", o.id(), ref);
          undecided.remove(ref);
          store.orders().end(o.id(), OrderStatus.CANCELLED);
        }
      }
    }
    if (!undecided.isEmpty()) {
      failures.add(Failure.of(ReasonCode.BROKER_DISCONNECTED, "broker orders of unknown fate left open for the next"
          + " run: " + undecided));
    }
  }

  /**
   * Ends every order still open in the store, children first, except broker orders of unknown fate and their
   * parents.
   */
  private void endOpenOrders() {
    Set<Long> keep = new HashSet<>();
    for (String ref : undecided) {
      store.orders().byClientRef(ref).ifPresent(o -> {
        for (Optional<TradingOrder> up = Optional.of(o); up.isPresent();
            up = up.get().parentId() == 0 ? Optional.empty() : store.orders().get(up.get().parentId())) {
          keep.add(up.get().id());
        }
      });
    }
    for (OrderLevel level : List.of(OrderLevel.BROKER, OrderLevel.CONTRACT, OrderLevel.INSTRUMENT)) {
      for (TradingOrder o : store.orders().withStatus(level, OrderStatus.OPEN)) {
        if (!keep.contains(o.id())) {
          store.orders().end(o.id(), OrderStatus.CANCELLED);
        }
      }
    }
  }

  private <T> Result<T> await(CompletableFuture<Result<T>> future) {
    return BrokerCalls.await(future, requestTimeout);
  }
}
