package org.pystrade.production.monitor;

import java.io.IOException;
import java.util.List;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.production.report.Mail;
import org.pystrade.production.report.MailOutcome;
import org.pystrade.production.report.MailSender;

/**
 * Alerts sent by e-mail through the production reports' {@link MailSender} (SMTP with Jakarta Mail): the subject
 * names the alert's key, the text says what happened and when.
 */
public final class MailAlertSink implements AlertSink {

  private final MailSender sender;
  private final List<String> to;

  /**
   * Makes the sink.
   *
   * @param sender the mail sender
   * @param to the addresses alerts go to, at least one
   */
  public MailAlertSink(MailSender sender, List<String> to) {
    this.sender = ArgChecker.notNull(sender, "sender");
    ArgChecker.notEmpty(to, "to");
    this.to = List.copyOf(to);
  }

  @Override
  public void send(Alert alert) throws IOException {
    MailOutcome outcome = sender.send(new Mail(to, "pystrade alert: " + alert.key(), alert.message() + "\n\nraised "
        + alert.raised() + "\n", ""));
    if (!outcome.sent()) {
      throw new IOException("the alert " + alert.key() + " could not be mailed: " + outcome.status() + " "
          + outcome.detail());
    }
  }
}
