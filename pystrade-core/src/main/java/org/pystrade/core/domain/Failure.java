package org.pystrade.core.domain;

import org.pystrade.core.util.ArgChecker;

/**
 * Why an operation failed: a {@link ReasonCode} to act on and a message for people. A failure is an expected
 * outcome (missing data, a broker refusal), reported through {@link Result}, not a programmer error.
 *
 * @param code what kind of failure
 * @param message what exactly went wrong, naming the instrument, contract, file or value concerned; non-blank
 */
public record Failure(ReasonCode code, String message) {

  /**
   * Checks that the code is given and the message is non-blank.
   *
   * @param code what kind of failure
   * @param message what exactly went wrong, naming the instrument, contract, file or value concerned; non-blank
   */
  public Failure {
    ArgChecker.notNull(code, "code");
    ArgChecker.notBlank(message, "message");
  }

  /**
   * Obtains a failure.
   *
   * @param code what kind of failure
   * @param message what exactly went wrong, non-blank
   * @return the failure
   */
  public static Failure of(ReasonCode code, String message) {
    return new Failure(code, message);
  }

  /**
   * The code and the message.
   *
   * @return {@code "CODE: message"}, for example {@code "MISSING_DATA: no prices for SOFR"}
   */
  @Override
  public String toString() {
    return code + ": " + message;
  }
}
