package org.pystrade.core.data;

/**
 * A problem with market data or configuration input: a missing or malformed file, a bad row, an unknown instrument,
 * a missing FX rate. The message always names what is wrong and where (file and line, instrument, currency, key).
 */
public class DataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong and where
   */
  public DataException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what is wrong and where
   * @param cause the cause
   */
  public DataException(String message, Throwable cause) {
    super(message, cause);
  }
}
