package org.pystrade.production.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's endpoints: {@code GET /metrics} (Prometheus text format), {@code GET /health} ({@code ok} with 200,
 * or what is wrong with 503) and {@code GET /} (the dashboard). Bound to a loopback address unless configured
 * otherwise; bound elsewhere, a token is required ({@code Authorization: Bearer TOKEN}) and the server does not
 * start without one. A configured token is required on loopback too.
 */
public final class DaemonServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DaemonServer.class);

  /** What {@code /health} reports: empty when healthy, else what is wrong. */
  @FunctionalInterface
  public interface Health {
    /**
     * What is wrong.
     *
     * @return empty if healthy
     */
    Optional<String> problem();
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private DaemonServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts the server.
   *
   * @param bind the address to bind ({@code 127.0.0.1} by default)
   * @param port the port (0: any free one)
   * @param token the bearer token required, if any (required when the address is not loopback)
   * @param metrics the metrics text
   * @param health the health
   * @param dashboard the dashboard's HTML
   * @return the running server
   * @throws IOException if the port cannot be bound
   */
  public static DaemonServer start(String bind, int port, Optional<String> token, Supplier<String> metrics,
      Health health, Supplier<String> dashboard) throws IOException {
    ArgChecker.notBlank(bind, "bind");
    ArgChecker.isTrue(port >= 0 && port < 65536, "port out of range: {}", port);
    ArgChecker.notNull(token, "token");
    InetAddress address = InetAddress.getByName(bind);
    if (!address.isLoopbackAddress() && token.isEmpty()) {
      throw new IllegalArgumentException("the endpoints bind to " + bind + ", not a loopback address: a token is"
          + " required (http.token_env or the secrets file)");
    }
    token.ifPresent(t -> ArgChecker.isTrue(t.length() >= 16, "the token must have 16 characters at least"));
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 16);
    ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "pystrade-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    byte[] expected = token.map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8)).orElse(null);
    server.createContext("/metrics", ex -> serve(ex, expected, () -> new Answer(200,
        "text/plain; version=0.0.4; charset=utf-8", metrics.get())));
    server.createContext("/health", ex -> serve(ex, expected, () -> health.problem()
        .map(p -> new Answer(503, "text/plain; charset=utf-8", p + "\n"))
        .orElseGet(() -> new Answer(200, "text/plain; charset=utf-8", "ok\n"))));
    server.createContext("/", ex -> serve(ex, expected, () -> ex.getRequestURI().getPath().equals("/")
        ? new Answer(200, "text/html; charset=utf-8", dashboard.get())
        : new Answer(404, "text/plain; charset=utf-8", "not found\n")));
    server.start();
    LOG.info("endpoints on http://{}:{}/ (metrics, health, dashboard){}", bind, server.getAddress().getPort(),
        token.isPresent() ? ", token required" : "");
    return new DaemonServer(server, executor);
  }

  private record Answer(int status, String type, String body) {
  }

  private static void serve(HttpExchange ex, byte[] expected, Supplier<Answer> answer) throws IOException {
    try (ex) {
      Answer a;
      if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
        a = new Answer(405, "text/plain; charset=utf-8", "read only\n");
      } else if (expected != null && !authorised(ex, expected)) {
        ex.getResponseHeaders().add("WWW-Authenticate", "Bearer");
        a = new Answer(401, "text/plain; charset=utf-8", "a bearer token is required\n");
      } else {
        try {
          a = answer.get();
        } catch (RuntimeException e) {
          LOG.error("{} failed", ex.getRequestURI().getPath(), e);
          a = new Answer(500, "text/plain; charset=utf-8", "internal error\n");
        }
      }
      byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", a.type());
      ex.getResponseHeaders().add("Cache-Control", "no-store");
      ex.getResponseHeaders().add("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
      boolean head = "HEAD".equals(ex.getRequestMethod());
      ex.sendResponseHeaders(a.status(), head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static boolean authorised(HttpExchange ex, byte[] expected) {
    String given = ex.getRequestHeaders().getFirst("Authorization");
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected);
  }

  /**
   * The port bound.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The address bound.
   *
   * @return the address
   */
  public InetAddress address() {
    return server.getAddress().getAddress();
  }

  /** Stops the server (requests under way get a second to finish). */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
  }
}
