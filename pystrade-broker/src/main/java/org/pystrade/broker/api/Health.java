package org.pystrade.broker.api;

import java.time.Instant;
import org.pystrade.core.util.ArgChecker;

/**
 * The health of a broker connection.
 *
 * @param state the connection's state
 * @param since when it entered that state
 * @param reconnections how many times the connection was re-established after a loss
 * @param lastNotice the broker's last notice or error, empty if none
 */
public record Health(ConnectionState state, Instant since, int reconnections, String lastNotice) {

  /**
   * Checks every part.
   *
   * @param state the connection's state
   * @param since when it entered that state
   * @param reconnections how many times the connection was re-established after a loss
   * @param lastNotice the broker's last notice or error, empty if none
   */
  public Health {
    ArgChecker.notNull(state, "state");
    ArgChecker.notNull(since, "since");
    ArgChecker.isTrue(reconnections >= 0, "reconnections must be >= 0 but was {}", reconnections);
    ArgChecker.notNull(lastNotice, "lastNotice");
  }

  /**
   * Whether requests can be made.
   *
   * @return true when CONNECTED
   */
  public boolean isReady() {
    return state == ConnectionState.CONNECTED;
  }
}
