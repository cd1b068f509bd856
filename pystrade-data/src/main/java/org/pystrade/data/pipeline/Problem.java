package org.pystrade.data.pipeline;

import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.util.ArgChecker;

/**
 * A problem found by a step of the pipeline: a value, never an exception.
 *
 * @param check the check or rule that found it
 * @param severity whether the step refused ({@link Severity#ERROR}) or only reports it
 * @param where what it is about: an instrument, a contract ({@code SOFR/20231200}), a file and line; non-blank
 * @param message what exactly is wrong, with the values and timestamps concerned; non-blank
 */
public record Problem(Check check, Severity severity, String where, String message) {

  /**
   * Checks that every part is given.
   *
   * @param check the check or rule that found it
   * @param severity whether the step refused ({@link Severity#ERROR}) or only reports it
   * @param where what it is about: an instrument, a contract ({@code SOFR/20231200}), a file and line; non-blank
   * @param message what exactly is wrong, with the values and timestamps concerned; non-blank
   */
  public Problem {
    ArgChecker.notNull(check, "check");
    ArgChecker.notNull(severity, "severity");
    ArgChecker.notBlank(where, "where");
    ArgChecker.notBlank(message, "message");
  }

  /**
   * A problem that refuses the step.
   *
   * @param check the check
   * @param where what it is about
   * @param message what is wrong
   * @return the problem
   */
  public static Problem error(Check check, String where, String message) {
    return new Problem(check, Severity.ERROR, where, message);
  }

  /**
   * A problem that is only reported.
   *
   * @param check the check
   * @param where what it is about
   * @param message what is wrong
   * @return the problem
   */
  public static Problem warning(Check check, String where, String message) {
    return new Problem(check, Severity.WARNING, where, message);
  }

  /**
   * The reason code.
   *
   * @return {@code check().code()}
   */
  public ReasonCode code() {
    return check.code();
  }

  /**
   * Whether the step refused because of it.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * One line for people.
   *
   * @return {@code "SEVERITY CHECK (CODE) where: message"}
   */
  @Override
  public String toString() {
    return severity + " " + check + " (" + check.code() + ") " + where + ": " + message;
  }
}
