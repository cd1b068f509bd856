package org.pystrade.production.monitor;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.production.control.ProcessListener;
import org.pystrade.production.control.ProcessOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises alerts on crashes and failed runs, reconciliation breaks, spikes of rejected orders and stale data, each
 * sent once to every sink until resolved (kept in the store's {@code prod_alert}, so a restart does not send it
 * again): a run that completes resolves its crash alert, one without breaks its reconciliation alert, fresh prices
 * an instrument's stale alert.
 */
public final class Alerts implements ProcessListener {

  private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);

  private final ProductionStore store;
  private final List<AlertSink> sinks;
  private final Clock clock;
  private final Supplier<Map<String, Long>> lastPriceTimes;
  private final Duration maxDataAge;
  private final int rejectedSpike;

  /**
   * Makes the alerts.
   *
   * @param store the state (open alerts)
   * @param sinks where alerts go
   * @param clock the clock
   * @param lastPriceTimes each instrument's last price time (epoch seconds)
   * @param maxDataAge prices older than this are stale
   * @param rejectedSpike this many rejected orders in one run is a spike
   */
  public Alerts(ProductionStore store, List<AlertSink> sinks, Clock clock, Supplier<Map<String, Long>> lastPriceTimes,
      Duration maxDataAge, int rejectedSpike) {
    this.store = ArgChecker.notNull(store, "store");
    this.sinks = List.copyOf(sinks);
    this.clock = ArgChecker.notNull(clock, "clock");
    this.lastPriceTimes = ArgChecker.notNull(lastPriceTimes, "lastPriceTimes");
    this.maxDataAge = ArgChecker.notNull(maxDataAge, "maxDataAge");
    this.rejectedSpike = ArgChecker.positive(rejectedSpike, "rejectedSpike");
  }

  private void raise(String key, String message) {
    Instant now = clock.instant();
    if (!store.alerts().raise(key, message, now)) {
      return;
    }
    Alert alert = new Alert(key, message, now);
    for (AlertSink sink : sinks) {
      try {
        sink.send(alert);
      } catch (IOException | RuntimeException ex) {
        LOG.error("cannot send alert {} with {}: {}", key, sink.getClass().getSimpleName(), ex.getMessage());
      }
    }
  }

  private void resolve(String key) {
    if (store.alerts().resolve(key)) {
      LOG.info("alert {} resolved", key);
    }
  }

  @Override
  public void ended(String process, ProcessOutcome outcome, Duration duration) {
    if (outcome.status() == ProcessOutcome.Status.FAILED) {
      raise("crash:" + process, "process " + process + " failed: " + outcome.message());
    } else if (outcome.dayDone()) {
      resolve("crash:" + process);
    }
    if (outcome.reconciliationBreaks() > 0) {
      raise("reconciliation:" + process, outcome.reconciliationBreaks() + " reconciliation breaks in " + process);
    } else if (outcome.status() == ProcessOutcome.Status.COMPLETED) {
      resolve("reconciliation:" + process);
    }
    if (outcome.rejectedOrders() >= rejectedSpike) {
      raise("rejected:" + process, outcome.rejectedOrders() + " orders rejected in one run of " + process);
    } else if (outcome.status() == ProcessOutcome.Status.COMPLETED) {
      resolve("rejected:" + process);
    }
  }

  @Override
  public void crashed(String process, Instant started) {
    raise("crash:" + process, "process " + process + " crashed: the run started at " + started + " never ended");
  }

  @Override
  public void idle(Instant time) {
    long now = time.getEpochSecond();
    lastPriceTimes.get().forEach((instrument, last) -> {
      Duration age = Duration.ofSeconds(now - last);
      if (age.compareTo(maxDataAge) > 0) {
        raise("stale:" + instrument, instrument + "'s last price is " + age.toDays() + " days old");
      } else {
        resolve("stale:" + instrument);
      }
    });
  }
}
