package org.pystrade.production.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.data.SampleData;
import org.pystrade.production.control.ProcessView;

/**
 * The daemon on the shipped paper-trading config ({@code sample-data/production/control.yaml}): it creates the
 * state owner-only, initialises it, runs the daily cycle and the clean-up once, serves {@code /metrics} (parsed as
 * the Prometheus text format), {@code /health} and the dashboard (rendered by headless Chromium, screenshot in
 * {@code target/daemon-screenshots}), stops gracefully and, started again, does not run the day again.
 */
class ProductionDaemonTest {

  private static final Pattern SAMPLE = Pattern.compile(
      "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (-?[0-9.]+(?:[eE][-+]?[0-9]+)?|NaN|[+-]Inf)");

  @TempDir
  Path dir;

  private static Path control() {
    return SampleData.directory().resolve("production/control.yaml");
  }

  private static ProcessView waitForDay(ProductionDaemon d, String process) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < until) {
      Optional<ProcessView> v = d.scheduler().status().stream().filter(p -> p.name().equals(process)
          && p.lastDay().isPresent()).findFirst();
      if (v.isPresent()) {
        return v.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError(process + " did not complete a day");
  }

  /** Parses the exposition format: every line a comment or a sample; the samples by name and labels. */
  static Map<String, Double> parse(String text) {
    Map<String, Double> samples = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
        continue;
      }
      Matcher m = SAMPLE.matcher(line);
      assertThat(m.matches()).as("an exposition line: " + line).isTrue();
      samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)
          .replace("+Inf", "Infinity").replace("-Inf", "-Infinity")));
    }
    return samples;
  }

  @Test
  void runsTheShippedPaperConfigServesMetricsHealthAndDashboardAndResumesWithoutRerunning() throws Exception {
    Path state = dir.resolve("new/state");
    HttpClient http = HttpClient.newHttpClient();
    try (ProductionDaemon d = ProductionDaemon.start(control(), state, OptionalInt.of(0), Map.of())) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rwx------");
      ProcessView daily = waitForDay(d, "daily_cycle");
      assertThat(daily.lastOutcome()).contains("fills");
      waitForDay(d, "clean_up");
      String base = "http://127.0.0.1:" + d.httpPort().orElseThrow();
      long t0 = System.nanoTime();
      HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString());
      System.out.printf("scrape after the cycle: %.1f ms%n", (System.nanoTime() - t0) / 1e6);
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
      Map<String, Double> samples = parse(metrics.body());
      assertThat(samples.get("pystrade_fills")).isPositive();
      assertThat(samples.get("pystrade_orders{level=\"broker\",state=\"completed\"}")).isPositive();
      assertThat(samples.get("pystrade_process_runs_total{process=\"daily_cycle\",status=\"completed\"}"))
          .isEqualTo(1.0);
      assertThat(samples.get("pystrade_order_fill_latency_seconds_count")).isPositive();
      assertThat(samples.get("pystrade_data_age_seconds{instrument=\"CORN\"}")).isGreaterThan(86_400.0);
      assertThat(samples.get("pystrade_process_duration_seconds_count{process=\"clean_up\"}")).isEqualTo(1.0);
      assertThat(samples.get("pystrade_open_alerts")).isPositive(); // the sample data is years old: stale alerts
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("ok\n");
      HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/")).POST(
          HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(405);
      screenshot(base + "/");
    }
    try (ProductionDaemon again = ProductionDaemon.start(control(), state, OptionalInt.empty(), Map.of())) {
      Thread.sleep(1500);
      ProcessView daily = again.scheduler().status().get(0);
      assertThat(daily.name()).isEqualTo("daily_cycle");
      assertThat(daily.state()).isEqualTo("idle");
      assertThat(again.scheduler().runDue()).isEmpty();
    }
  }

  @Test
  void aNonLoopbackBindWithoutATokenIsRefusedAndTheStateStaysUnopened() throws Exception {
    Path config = dir.resolve("control.yaml");
    Files.writeString(config, Files.readString(control()).replace("data: ..", "data: " + SampleData.directory())
        .replace("config: ../configs", "config: " + SampleData.directory().resolve("configs"))
        .replace("bind: 127.0.0.1", "bind: 0.0.0.0"));
    assertThatThrownBy(() -> ProductionDaemon.start(config, dir.resolve("s"), OptionalInt.of(0), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a token is required");
  }

  private void screenshot(String url) throws Exception {
    Optional<Path> chromium = findChromium();
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (chromium.isEmpty()) {
      assertThat(ci).as("chromium must be installed in CI").isFalse();
      Assumptions.assumeTrue(false, "chromium is not installed: the dashboard is not rendered");
    }
    Path out = Path.of("target", "daemon-screenshots").toAbsolutePath();
    Files.createDirectories(out);
    Path png = out.resolve("dashboard.png");
    Files.deleteIfExists(png);
    Path dom = out.resolve("dashboard-dom.html");
    List<String> common = List.of(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + dir.resolve("chromium-profile"));
    run(common, List.of("--window-size=1280,1600", "--screenshot=" + png, url), out.resolve("screenshot.log"));
    run(common, List.of("--dump-dom", url), dom);
    assertThat(Files.size(png)).isGreaterThan(10_000);
    String rendered = Files.readString(dom);
    assertThat(rendered).contains("daily_cycle", "clean_up", "<svg id=\"account\"", "id=\"positions\"",
        "id=\"orders\"", "COMPLETED");
  }

  private static void run(List<String> common, List<String> args, Path output) throws Exception {
    List<String> command = new java.util.ArrayList<>(common);
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(args.contains("--dump-dom") ? false : true)
        .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(p.exitValue()).isZero();
  }

  private static Optional<Path> findChromium() {
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path c = Path.of(d, name);
        if (!d.isEmpty() && Files.isRegularFile(c) && Files.isExecutable(c)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }
}
