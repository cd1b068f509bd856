package org.pystrade.production.monitor;

import java.time.Instant;
import org.pystrade.core.util.ArgChecker;

/**
 * An alert to send.
 *
 * @param key what it is about ({@code crash:PROCESS}, {@code reconciliation:PROCESS}, {@code rejected:PROCESS},
 *     {@code stale:INSTRUMENT}); one open alert per key
 * @param message what to say
 * @param raised when it was raised
 */
public record Alert(String key, String message, Instant raised) {

  /**
   * Checks the arguments.
   *
   * @param key what it is about ({@code crash:PROCESS}, {@code reconciliation:PROCESS}, {@code rejected:PROCESS},
   *         {@code stale:INSTRUMENT}); one open alert per key
   * @param message what to say
   * @param raised when it was raised
   */
  public Alert {
    ArgChecker.notBlank(key, "key");
    ArgChecker.notNull(message, "message");
    ArgChecker.notNull(raised, "raised");
  }
}
