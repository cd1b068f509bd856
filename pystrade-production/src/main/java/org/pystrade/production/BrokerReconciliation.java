package org.pystrade.production;

import java.time.Duration;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.broker.api.Broker;
import org.pystrade.broker.api.OrderState;
import org.pystrade.broker.api.OrderStatus;
import org.pystrade.broker.api.Tradable;
import org.pystrade.core.domain.ContractPosition;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;
import org.pystrade.core.domain.trading.InstrumentLock;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.production.execution.BrokerCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pysystemtrade's reconciliation ({@code run_reconcile}): our contract positions (the store's, all strategies
 * together) against the broker's, and our open broker orders against the broker's open orders, matched by client
 * order reference. Each instrument with a break is locked for trading ({@code store.locks()}, the reason starting
 * with {@value #LOCK_REASON_PREFIX}) and each break is reported at every reconciliation until it is resolved: when
 * the instrument agrees again its reconciliation lock is lifted; a lock of any other reason (set by hand) is never
 * touched, and a reconciliation lock can be lifted by hand ({@code locks().unlock}) to trade anyway.
 *
 * <p>When the broker cannot say its positions or open orders, nothing is reconciled and no lock changes: the
 * failure is reported with the broker's reason code.
 */
public final class BrokerReconciliation implements Reconciliation {

  /** How the reason of a lock set by the reconciliation starts. */
  public static final String LOCK_REASON_PREFIX = "reconciliation: ";

  private static final Logger LOG = LoggerFactory.getLogger(BrokerReconciliation.class);

  private final Duration requestTimeout;
  private final InstantSource clock;

  /**
   * A reconciliation.
   *
   * @param requestTimeout how long a broker request may take
   * @param clock the time a lock is stamped with
   */
  public BrokerReconciliation(Duration requestTimeout, InstantSource clock) {
    this.requestTimeout = ArgChecker.notNull(requestTimeout, "requestTimeout");
    this.clock = ArgChecker.notNull(clock, "clock");
  }

  @Override
  public List<Failure> reconcile(ProductionStore store, Broker broker, LocalDate day) {
    ArgChecker.notNull(store, "store");
    ArgChecker.notNull(broker, "broker");
    ArgChecker.notNull(day, "day");
    Result<List<ContractPosition>> positions = BrokerCalls.await(broker.positions(), requestTimeout);
    if (!positions.isOk()) {
      return List.of(notDone("positions", positions));
    }
    Result<List<OrderState>> open = BrokerCalls.await(broker.openOrders(), requestTimeout);
    if (!open.isOk()) {
      return List.of(notDone("open orders", open));
    }
    Map<InstrumentCode, List<String>> breaks = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    List<Failure> reported = new ArrayList<>();
    positionBreaks(store.positions().allContractPositions(), positions.value(), breaks);
    orderBreaks(store, open.value(), breaks, reported);
    store.inTransaction("reconciliation of " + day, () -> {
      breaks.forEach((code, what) -> {
        if (store.locks().lock(new InstrumentLock(code, LOCK_REASON_PREFIX + String.join("; ", what),
            clock.instant()))) {
          LOG.warn("{} locked for trading: {}", code, what);
        }
      });
      for (InstrumentLock lock : store.locks().all()) {
        if (lock.reason().startsWith(LOCK_REASON_PREFIX) && !breaks.containsKey(lock.instrument())) {
          store.locks().unlock(lock.instrument());
          LOG.info("{} agrees with the broker again: unlocked ({})", lock.instrument(), lock.reason());
        }
      }
    });
    breaks.forEach((code, what) -> reported.add(Failure.of(ReasonCode.RECONCILIATION_BREAK, code
        + " locked for trading: " + String.join("; ", what))));
    return List.copyOf(reported);
  }

  private static Failure notDone(String what, Result<?> failed) {
    return Failure.of(failed.failure().code(), "reconciliation not done: the broker's " + what + ": "
        + failed.failure().message());
  }

  private static void positionBreaks(Map<FuturesContract, Quantity> ours, List<ContractPosition> theirs,
      Map<InstrumentCode, List<String>> breaks) {
    Map<FuturesContract, Long> broker = new LinkedHashMap<>();
    for (ContractPosition p : theirs) {
      broker.merge(p.contract(), p.quantity().longValueExact(), Long::sum);
    }
    Map<FuturesContract, Long> here = new LinkedHashMap<>();
    ours.forEach((contract, q) -> here.put(contract, q.longValueExact()));
    List<FuturesContract> contracts = new ArrayList<>(here.keySet());
    broker.keySet().stream().filter(c -> !here.containsKey(c)).forEach(contracts::add);
    for (FuturesContract c : contracts) {
      long a = here.getOrDefault(c, 0L);
      long b = broker.getOrDefault(c, 0L);
      if (a != b) {
        breaks.computeIfAbsent(c.instrument(), k -> new ArrayList<>()).add("position in " + c + ": ours " + a
            + ", the broker's " + b);
      }
    }
  }

  private static void orderBreaks(ProductionStore store, List<OrderState> theirs,
      Map<InstrumentCode, List<String>> breaks, List<Failure> reported) {
    Map<String, TradingOrder> ours = new LinkedHashMap<>();
    for (TradingOrder o : store.orders().withStatus(OrderLevel.BROKER,
        org.pystrade.core.domain.trading.OrderStatus.OPEN)) {
      ours.put(o.clientRef(), o);
    }
    Map<String, OrderState> broker = new LinkedHashMap<>();
    for (OrderState s : theirs) {
      if (s.status() == OrderStatus.PENDING_SUBMIT || s.status() == OrderStatus.SUBMITTED
          || s.status() == OrderStatus.PARTIALLY_FILLED) {
        broker.put(s.ref().value(), s);
      }
    }
    ours.forEach((ref, o) -> {
      if (!broker.containsKey(ref)) {
        breaks.computeIfAbsent(o.instrument(), k -> new ArrayList<>()).add("order " + ref + " (" + o.contract()
            + ") open here, not at the broker");
      }
    });
    broker.forEach((ref, s) -> {
      if (ours.containsKey(ref)) {
        return;
      }
      if (s.request().tradable() instanceof Tradable.Future f) {
        breaks.computeIfAbsent(f.contract().instrument(), k -> new ArrayList<>()).add("order " + ref + " ("
            + f.contract() + ") open at the broker, not here");
      } else {
        reported.add(Failure.of(ReasonCode.RECONCILIATION_BREAK, "order " + ref + " (" + s.request().tradable()
            + ") open at the broker, not here"));
      }
    });
  }
}
