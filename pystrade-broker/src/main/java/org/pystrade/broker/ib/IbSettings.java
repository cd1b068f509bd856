package org.pystrade.broker.ib;

import java.time.Duration;
import org.pystrade.core.util.ArgChecker;

/**
 * Where and how the IB client connects.
 *
 * @param host TWS's or IB Gateway's host
 * @param port its API port (TWS: 7497 paper, 7496 live; IB Gateway: 4002 paper, 4001 live)
 * @param clientId the API client id, unique among the connections to that TWS
 * @param account the account to report values of; empty for the first managed account
 * @param connectTimeout how long the connection and handshake may take
 * @param requestTimeout how long a request (contract details, history, quote, order acknowledgement...) may take
 * @param maxMessagesPerSecond at most this many messages a second are sent (IB allows 50); more wait their turn
 * @param historyRequestsPerWindow at most this many historical data requests in {@code historyWindow} (IB's limit:
 *     60 in 10 minutes); more fail at once with {@code PACING}
 * @param historyWindow the window of the historical data pacing
 * @param reconnect whether a lost connection is re-established (with back-off) and the orders re-synchronised
 * @param reconnectInitialDelay the first wait before reconnecting; doubled at each failed attempt
 * @param reconnectMaxDelay the longest wait between attempts
 * @param marketDataType IB's market data type: 1 live, 2 frozen, 3 delayed, 4 delayed frozen (a paper account
 *     without market data subscriptions needs 3)
 */
public record IbSettings(String host, int port, int clientId, String account, Duration connectTimeout,
    Duration requestTimeout, int maxMessagesPerSecond, int historyRequestsPerWindow, Duration historyWindow,
    boolean reconnect, Duration reconnectInitialDelay, Duration reconnectMaxDelay, int marketDataType) {

  /**
   * Checks every part.
   *
   * @param host TWS's or IB Gateway's host
   * @param port its API port (TWS: 7497 paper, 7496 live; IB Gateway: 4002 paper, 4001 live)
   * @param clientId the API client id, unique among the connections to that TWS
   * @param account the account to report values of; empty for the first managed account
   * @param connectTimeout how long the connection and handshake may take
   * @param requestTimeout how long a request (contract details, history, quote, order acknowledgement...) may take
   * @param maxMessagesPerSecond at most this many messages a second are sent (IB allows 50); more wait their turn
   * @param historyRequestsPerWindow at most this many historical data requests in {@code historyWindow} (IB's limit:
   *         60 in 10 minutes); more fail at once with {@code PACING}
   * @param historyWindow the window of the historical data pacing
   * @param reconnect whether a lost connection is re-established (with back-off) and the orders re-synchronised
   * @param reconnectInitialDelay the first wait before reconnecting; doubled at each failed attempt
   * @param reconnectMaxDelay the longest wait between attempts
   * @param marketDataType IB's market data type: 1 live, 2 frozen, 3 delayed, 4 delayed frozen (a paper account
   *         without market data subscriptions needs 3)
   */
  public IbSettings {
    ArgChecker.notBlank(host, "host");
    ArgChecker.isTrue(port > 0 && port < 65536, "port must be 1 to 65535 but was {}", port);
    ArgChecker.isTrue(clientId >= 0, "client id must be >= 0 but was {}", clientId);
    ArgChecker.notNull(account, "account");
    positive(connectTimeout, "connectTimeout");
    positive(requestTimeout, "requestTimeout");
    ArgChecker.isTrue(maxMessagesPerSecond > 0, "maxMessagesPerSecond must be > 0 but was {}",
        maxMessagesPerSecond);
    ArgChecker.isTrue(historyRequestsPerWindow > 0, "historyRequestsPerWindow must be > 0 but was {}",
        historyRequestsPerWindow);
    positive(historyWindow, "historyWindow");
    positive(reconnectInitialDelay, "reconnectInitialDelay");
    positive(reconnectMaxDelay, "reconnectMaxDelay");
    ArgChecker.isTrue(marketDataType >= 1 && marketDataType <= 4, "marketDataType must be 1 to 4 but was {}",
        marketDataType);
  }

  private static void positive(Duration d, String name) {
    ArgChecker.notNull(d, name);
    ArgChecker.isTrue(!d.isNegative() && !d.isZero(), "{} must be positive but was {}", name, d);
  }

  /**
   * A builder with IB's limits and pystrade's defaults: connect timeout 5 s, request timeout 30 s, 50 messages a
   * second, 60 historical requests in 10 minutes, reconnecting from 250 ms up to 30 s, live market data.
   *
   * @param host the host
   * @param port the port
   * @param clientId the client id
   * @return the builder
   */
  public static Builder builder(String host, int port, int clientId) {
    return new Builder(host, port, clientId);
  }

  /** Builds {@link IbSettings}. */
  public static final class Builder {
    private final String host;
    private final int port;
    private final int clientId;
    private String account = "";
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private int maxMessagesPerSecond = 50;
    private int historyRequestsPerWindow = 60;
    private Duration historyWindow = Duration.ofMinutes(10);
    private boolean reconnect = true;
    private Duration reconnectInitialDelay = Duration.ofMillis(250);
    private Duration reconnectMaxDelay = Duration.ofSeconds(30);
    private int marketDataType = 1;

    private Builder(String host, int port, int clientId) {
      this.host = host;
      this.port = port;
      this.clientId = clientId;
    }

    /**
     * Sets the account.
     *
     * @param value the account id, empty for the first managed account
     * @return this builder
     */
    public Builder account(String value) {
      this.account = value;
      return this;
    }

    /**
     * Sets the connect timeout.
     *
     * @param value the timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    /**
     * Sets the request timeout.
     *
     * @param value the timeout
     * @return this builder
     */
    public Builder requestTimeout(Duration value) {
      this.requestTimeout = value;
      return this;
    }

    /**
     * Sets the message rate limit.
     *
     * @param value messages a second
     * @return this builder
     */
    public Builder maxMessagesPerSecond(int value) {
      this.maxMessagesPerSecond = value;
      return this;
    }

    /**
     * Sets the historical data pacing.
     *
     * @param requests requests allowed in the window
     * @param window the window
     * @return this builder
     */
    public Builder historyPacing(int requests, Duration window) {
      this.historyRequestsPerWindow = requests;
      this.historyWindow = window;
      return this;
    }

    /**
     * Sets whether to reconnect, and the back-off.
     *
     * @param enabled whether to reconnect
     * @param initialDelay the first wait
     * @param maxDelay the longest wait
     * @return this builder
     */
    public Builder reconnect(boolean enabled, Duration initialDelay, Duration maxDelay) {
      this.reconnect = enabled;
      this.reconnectInitialDelay = initialDelay;
      this.reconnectMaxDelay = maxDelay;
      return this;
    }

    /**
     * Sets the market data type.
     *
     * @param value 1 live, 2 frozen, 3 delayed, 4 delayed frozen
     * @return this builder
     */
    public Builder marketDataType(int value) {
      this.marketDataType = value;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public IbSettings build() {
      return new IbSettings(host, port, clientId, account, connectTimeout, requestTimeout, maxMessagesPerSecond,
          historyRequestsPerWindow, historyWindow, reconnect, reconnectInitialDelay, reconnectMaxDelay,
          marketDataType);
    }
  }
}
