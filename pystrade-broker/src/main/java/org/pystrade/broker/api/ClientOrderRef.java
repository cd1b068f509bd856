package org.pystrade.broker.api;

import org.pystrade.core.util.ArgChecker;

/**
 * The caller's reference of an order, unique per order: placing an order again with a reference the broker already
 * has returns that order's state instead of sending a second order, so that a retry after a lost connection is
 * idempotent. IB carries it as the order's {@code orderRef}.
 *
 * @param value 1 to 64 printable ASCII characters, no white space
 */
public record ClientOrderRef(String value) {

  /**
   * Checks the characters and length.
   *
   * @param value 1 to 64 printable ASCII characters, no white space
   */
  public ClientOrderRef {
    ArgChecker.notNull(value, "client order ref");
    ArgChecker.isTrue(!value.isEmpty() && value.length() <= 64,
        "client order ref must have 1 to 64 characters but had {}", value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      ArgChecker.isTrue(c > ' ' && c < 127, "client order ref must be printable ASCII without spaces but was '{}'",
          value);
    }
  }

  /**
   * Obtains a reference.
   *
   * @param value the reference
   * @return the reference
   */
  public static ClientOrderRef of(String value) {
    return new ClientOrderRef(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
