package org.pystrade.core.data;

import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.util.ArgChecker;

/**
 * A problem with market data or configuration input: a missing or malformed file, a bad row, an unknown instrument,
 * a missing FX rate. The message always names what is wrong and where (file and line, instrument, currency, key);
 * the {@link #code()} says what kind of problem it is, for a program to act on.
 */
public class DataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The kind of problem. */
  private final ReasonCode code;

  /**
   * Creates an exception.
   *
   * @param code the kind of problem
   * @param message what is wrong and where
   */
  public DataException(ReasonCode code, String message) {
    super(message);
    this.code = ArgChecker.notNull(code, "code");
  }

  /**
   * Creates an exception with a cause.
   *
   * @param code the kind of problem
   * @param message what is wrong and where
   * @param cause the cause
   */
  public DataException(ReasonCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = ArgChecker.notNull(code, "code");
  }

  /**
   * The kind of problem.
   *
   * @return the reason code
   */
  public ReasonCode code() {
    return code;
  }

  /**
   * The problem as a value.
   *
   * @return the reason code and the message
   */
  public Failure toFailure() {
    return Failure.of(code, getMessage());
  }
}
