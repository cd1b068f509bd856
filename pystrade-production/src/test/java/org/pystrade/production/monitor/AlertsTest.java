package org.pystrade.production.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;
import org.pystrade.production.control.ProcessOutcome;

/**
 * Alerts on crashes, reconciliation breaks, rejected spikes and stale data go to a webhook (a real local HTTP
 * server) once until resolved, also across a reopen of the store.
 */
class AlertsTest {

  @TempDir
  Path dir;

  @Test
  void eachAlertIsPostedOnceUntilResolved() throws Exception {
    List<String> posted = new CopyOnWriteArrayList<>();
    List<String> auth = new CopyOnWriteArrayList<>();
    HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
    hook.createContext("/alerts", ex -> {
      posted.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      auth.add(ex.getRequestHeaders().getFirst("Authorization"));
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    hook.start();
    Instant now = Instant.parse("2026-12-07T10:00:00Z");
    Map<String, Long> prices = new java.util.concurrent.ConcurrentHashMap<>(Map.of("CORN",
        now.minus(Duration.ofDays(9)).getEpochSecond()));
    try (ProductionStore store = ProductionStore.openIn(dir, WriteListener.NONE)) {
      AlertSink webhook = new WebhookAlertSink(URI.create("http://127.0.0.1:" + hook.getAddress().getPort()
          + "/alerts"), Optional.of("hook-token"));
      Alerts alerts = new Alerts(store, List.of(webhook, new LogAlertSink()), Clock.fixed(now, ZoneOffset.UTC),
          () -> prices, Duration.ofDays(5), 3);
      ProcessOutcome failed = ProcessOutcome.failed(Failure.of(ReasonCode.BROKER_DISCONNECTED, "no \"gateway\""));
      alerts.ended("daily_cycle", failed, Duration.ofSeconds(1));
      alerts.ended("daily_cycle", failed, Duration.ofSeconds(1));
      alerts.crashed("daily_cycle", now);
      assertThat(posted).hasSize(1);
      assertThat(posted.get(0)).startsWith("{\"key\":\"crash:daily_cycle\",\"message\":\"process daily_cycle failed:")
          .contains("no \\\"gateway\\\"");
      assertThat(auth).containsExactly("Bearer hook-token");
      ProcessOutcome breaks = new ProcessOutcome(ProcessOutcome.Status.COMPLETED,
          Optional.of(LocalDate.of(2026, 12, 7)), "done", List.of(), 2, 4);
      alerts.ended("daily_cycle", breaks, Duration.ofSeconds(1));
      alerts.ended("daily_cycle", breaks, Duration.ofSeconds(1));
      alerts.idle(now);
      alerts.idle(now);
      assertThat(posted).hasSize(4);
      assertThat(posted.subList(1, 4)).anyMatch(p -> p.contains("reconciliation:daily_cycle"))
          .anyMatch(p -> p.contains("rejected:daily_cycle")).anyMatch(p -> p.contains("stale:CORN"));
      assertThat(store.alerts().open()).extracting(a -> a.key()).containsExactly("reconciliation:daily_cycle",
          "rejected:daily_cycle", "stale:CORN");
      // resolved: a clean run, fresh prices; then raised again, posted again
      alerts.ended("daily_cycle", ProcessOutcome.completed(LocalDate.of(2026, 12, 8), "ok"), Duration.ZERO);
      prices.put("CORN", now.getEpochSecond());
      alerts.idle(now);
      assertThat(store.alerts().open()).isEmpty();
      alerts.crashed("daily_cycle", now);
      assertThat(posted).hasSize(5);
    } finally {
      hook.stop(0);
    }
    try (ProductionStore reopened = ProductionStore.openIn(dir, WriteListener.NONE)) {
      assertThat(reopened.alerts().open()).extracting(a -> a.key()).containsExactly("crash:daily_cycle");
    }
  }
}
