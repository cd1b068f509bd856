package org.pystrade.broker.api;

import java.util.List;
import org.pystrade.core.util.ArgChecker;

/**
 * What a broker said when the connection was made.
 *
 * @param broker a name for the broker ({@code "IB"}, {@code "simulated"})
 * @param serverVersion the protocol version agreed with the server (0 for the simulated broker)
 * @param accounts the accounts this connection manages, at least one
 */
public record ConnectionInfo(String broker, int serverVersion, List<String> accounts) {

  /**
   * Checks every part.
   *
   * @param broker a name for the broker ({@code "IB"}, {@code "simulated"})
   * @param serverVersion the protocol version agreed with the server (0 for the simulated broker)
   * @param accounts the accounts this connection manages, at least one
   */
  public ConnectionInfo {
    ArgChecker.notBlank(broker, "broker");
    ArgChecker.isTrue(serverVersion >= 0, "server version must be >= 0 but was {}", serverVersion);
    accounts = List.copyOf(ArgChecker.notEmpty(accounts, "accounts"));
  }
}
