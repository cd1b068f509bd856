package org.pystrade.production.monitor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.pystrade.core.util.ArgChecker;

/**
 * Alerts posted as JSON ({@code {"key":...,"message":...,"raised":...}}) to a URL, with an optional bearer token;
 * any 2xx answer is success.
 */
public final class WebhookAlertSink implements AlertSink {

  private final URI url;
  private final Optional<String> token;
  private final HttpClient client;

  /**
   * Makes the sink.
   *
   * @param url where to post
   * @param token the bearer token to send, if any (a secret: never logged)
   */
  public WebhookAlertSink(URI url, Optional<String> token) {
    this.url = ArgChecker.notNull(url, "url");
    ArgChecker.isTrue("http".equals(url.getScheme()) || "https".equals(url.getScheme()),
        "a webhook is http or https");
    this.token = ArgChecker.notNull(token, "token");
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Override
  public void send(Alert alert) throws IOException {
    String json = "{\"key\":" + quote(alert.key()) + ",\"message\":" + quote(alert.message()) + ",\"raised\":"
        + quote(alert.raised().toString()) + "}";
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    try {
      HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 != 2) {
        throw new IOException("the webhook " + url.getHost() + " answered " + response.statusCode());
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while posting an alert", ex);
    }
  }

  /** A JSON string. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
