package org.pystrade.data.production;

import java.time.Instant;
import org.pystrade.core.util.ArgChecker;

/**
 * An alert raised and not resolved yet.
 *
 * @param key what it is about (such as {@code crash:daily_cycle}); one open alert per key
 * @param raised when it was raised
 * @param message what it said
 */
public record OpenAlert(String key, Instant raised, String message) {

  /**
   * Checks the arguments.
   *
   * @param key what it is about (such as {@code crash:daily_cycle}); one open alert per key
   * @param raised when it was raised
   * @param message what it said
   */
  public OpenAlert {
    ArgChecker.notBlank(key, "key");
    ArgChecker.notNull(raised, "raised");
    ArgChecker.notNull(message, "message");
  }
}
