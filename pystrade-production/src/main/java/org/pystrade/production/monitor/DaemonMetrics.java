package org.pystrade.production.monitor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.production.control.ProcessListener;
import org.pystrade.production.control.ProcessOutcome;

/**
 * The daemon's metrics: orders by level and state, fills, order-to-fill latency, process runs, failures and
 * durations, data age per instrument and reconciliation breaks, read from the state store at each scrape and
 * from the scheduler's runs, exposed in the Prometheus text format by {@link #scrape()}.
 */
public final class DaemonMetrics implements ProcessListener {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ProductionStore store;
  private final Clock clock;
  private final Supplier<Map<String, Long>> lastPriceTimes;
  private final Map<OrderLevel, Map<OrderStatus, AtomicLong>> orders = new EnumMap<>(OrderLevel.class);
  private final AtomicLong fills = new AtomicLong();
  private final Map<String, AtomicLong> dataAge = new ConcurrentHashMap<>();
  private final Timer fillLatency;
  private final Object refreshLock = new Object();
  private long lastFillId;

  /**
   * Makes the metrics.
   *
   * @param store the production state
   * @param clock the clock (data age)
   * @param lastPriceTimes each instrument's last price time (epoch seconds), empty if unknown
   */
  public DaemonMetrics(ProductionStore store, Clock clock, Supplier<Map<String, Long>> lastPriceTimes) {
    this.store = ArgChecker.notNull(store, "store");
    this.clock = ArgChecker.notNull(clock, "clock");
    this.lastPriceTimes = ArgChecker.notNull(lastPriceTimes, "lastPriceTimes");
    for (OrderLevel level : OrderLevel.values()) {
      Map<OrderStatus, AtomicLong> byStatus = new EnumMap<>(OrderStatus.class);
      for (OrderStatus status : OrderStatus.values()) {
        AtomicLong n = new AtomicLong();
        byStatus.put(status, n);
        Gauge.builder("pystrade_orders", n, AtomicLong::doubleValue).description("Orders by level and state")
            .tag("level", level.name().toLowerCase()).tag("state", status.name().toLowerCase()).register(registry);
      }
      orders.put(level, byStatus);
    }
    Gauge.builder("pystrade_fills", fills, AtomicLong::doubleValue).description("Fills booked").register(registry);
    fillLatency = Timer.builder("pystrade_order_fill_latency").description("From a broker order's creation to its"
        + " fill").register(registry);
    Gauge.builder("pystrade_open_alerts", store, s -> s.alerts().open().size()).description("Alerts not resolved")
        .register(registry);
  }

  private void refresh() {
    synchronized (refreshLock) {
      for (OrderLevel level : OrderLevel.values()) {
        for (OrderStatus status : OrderStatus.values()) {
          orders.get(level).get(status).set(store.orders().withStatus(level, status).size());
        }
      }
      var all = store.fills().all();
      fills.set(all.size());
      for (FillRecord f : all) {
        if (f.id() > lastFillId) {
          lastFillId = f.id();
          store.orders().get(f.brokerOrderId()).ifPresent(o -> fillLatency.record(
              Duration.between(o.created(), f.time()).abs()));
        }
      }
      long now = clock.instant().getEpochSecond();
      lastPriceTimes.get().forEach((instrument, time) -> dataAge.computeIfAbsent(instrument, i -> {
        AtomicLong age = new AtomicLong();
        Gauge.builder("pystrade_data_age_seconds", age, AtomicLong::doubleValue).description("Age of the last price")
            .tag("instrument", i).register(registry);
        return age;
      }).set(now - time));
    }
  }

  /**
   * The metrics in the Prometheus text exposition format (read from the store now).
   *
   * @return the text
   */
  public String scrape() {
    refresh();
    return registry.scrape();
  }

  @Override
  public void ended(String process, ProcessOutcome outcome, Duration duration) {
    String status = outcome.status().name().toLowerCase();
    Counter.builder("pystrade_process_runs").description("Process runs by outcome").tag("process", process)
        .tag("status", status).register(registry).increment();
    if (outcome.status() == ProcessOutcome.Status.FAILED || !outcome.failures().isEmpty()) {
      Counter.builder("pystrade_process_failures").description("Process runs that failed or reported failures")
          .tag("process", process).register(registry).increment();
    }
    Timer.builder("pystrade_process_duration").description("Duration of process runs").tag("process", process)
        .register(registry).record(duration);
    Counter.builder("pystrade_reconciliation_breaks").description("Reconciliation breaks found")
        .register(registry).increment(outcome.reconciliationBreaks());
  }

  @Override
  public void crashed(String process, Instant started) {
    Counter.builder("pystrade_process_crashes").description("Runs found crashed (lock lapsed)")
        .tag("process", process).register(registry).increment();
  }
}
