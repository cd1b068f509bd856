package org.pystrade.production.report;

/**
 * Sends e-mails: the production reports, and alerts (the daemon's crash, reconciliation, rejection and stale-data
 * alerts can use the same sender). {@link SmtpMailSender} sends through an SMTP server with Jakarta Mail.
 *
 * <p>A sender never throws for a failure to send: the outcome says what went wrong, so a caller (a scheduled
 * process) can record it and go on. Implementations must not log or return credentials.
 */
@FunctionalInterface
public interface MailSender {

  /**
   * Sends a mail.
   *
   * @param mail the mail
   * @return whether it was sent, and if not why
   */
  MailOutcome send(Mail mail);
}
