package org.pystrade.production.report;

import org.pystrade.core.util.ArgChecker;

/**
 * What became of a mail: sent, or why not.
 *
 * @param status sent or the reason of the failure
 * @param detail a message (for a failure, what the server or the connection said; never a credential)
 */
public record MailOutcome(Status status, String detail) {

  /** Sent, or why not. */
  public enum Status {
    /** The server accepted the mail. */
    SENT,
    /** The server could not be reached or the connection broke. */
    CONNECTION_FAILED,
    /** The server refused the credentials. */
    AUTHENTICATION_FAILED,
    /** The server refused the mail or its addresses. */
    REJECTED,
    /** Another failure. */
    FAILED
  }

  /**
   * Checks the arguments.
   *
   * @param status sent or the reason of the failure
   * @param detail a message (for a failure, what the server or the connection said; never a credential)
   */
  public MailOutcome {
    ArgChecker.notNull(status, "status");
    detail = detail == null ? "" : detail;
  }

  /**
   * Whether the mail was sent.
   *
   * @return true if the server accepted it
   */
  public boolean sent() {
    return status == Status.SENT;
  }
}
