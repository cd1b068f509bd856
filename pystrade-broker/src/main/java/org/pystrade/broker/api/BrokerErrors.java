package org.pystrade.broker.api;

import java.util.OptionalInt;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.util.ArgChecker;

/**
 * Broker failures with the broker's own code. A failure's message then starts with {@code "broker code N: "} (IB's
 * 201 for a rejected order, 200 for an unknown contract, 162 for a pacing violation), which
 * {@link #brokerCode(Failure)} reads back; failures raised by pystrade itself (a timeout, a lost connection) have no
 * broker code.
 */
public final class BrokerErrors {

  private static final String PREFIX = "broker code ";

  private BrokerErrors() {
  }

  /**
   * A failure reported by the broker.
   *
   * @param code what kind of failure
   * @param brokerCode the broker's code
   * @param message the broker's message and what the request was, non-blank
   * @return the failure, its message {@code "broker code N: message"}
   */
  public static Failure of(ReasonCode code, int brokerCode, String message) {
    ArgChecker.notBlank(message, "message");
    return Failure.of(code, PREFIX + brokerCode + ": " + message);
  }

  /**
   * The broker's code in a failure made by {@link #of(ReasonCode, int, String)}.
   *
   * @param failure the failure
   * @return the broker's code, or empty for a failure pystrade raised itself
   */
  public static OptionalInt brokerCode(Failure failure) {
    ArgChecker.notNull(failure, "failure");
    String m = failure.message();
    if (!m.startsWith(PREFIX)) {
      return OptionalInt.empty();
    }
    int colon = m.indexOf(':', PREFIX.length());
    if (colon < 0) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(m.substring(PREFIX.length(), colon)));
    } catch (NumberFormatException ex) {
      return OptionalInt.empty();
    }
  }
}
