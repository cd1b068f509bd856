package org.pystrade.production.report;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.util.Date;
import java.util.Properties;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail through an SMTP server with Jakarta Mail (Eclipse Angus): a {@code multipart/alternative} message of
 * the text and, when given, the HTML. Logs the server, subject and outcome, never the credentials.
 */
public final class SmtpMailSender implements MailSender {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpMailSender.class);

  private final SmtpSettings settings;
  private final Session session;

  /**
   * A sender.
   *
   * @param settings the server and credentials
   */
  public SmtpMailSender(SmtpSettings settings) {
    this.settings = ArgChecker.notNull(settings, "settings");
    Properties p = new Properties();
    p.put("mail.smtp.host", settings.host());
    p.put("mail.smtp.port", Integer.toString(settings.port()));
    p.put("mail.smtp.auth", Boolean.toString(!settings.user().isEmpty()));
    p.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    p.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    String ms = Long.toString(settings.timeout().toMillis());
    p.put("mail.smtp.connectiontimeout", ms);
    p.put("mail.smtp.timeout", ms);
    p.put("mail.smtp.writetimeout", ms);
    this.session = Session.getInstance(p);
  }

  @Override
  public MailOutcome send(Mail mail) {
    ArgChecker.notNull(mail, "mail");
    String where = settings.host() + ":" + settings.port();
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(new InternetAddress(settings.from()));
      for (String to : mail.to()) {
        m.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
      }
      m.setSubject(mail.subject(), "UTF-8");
      m.setSentDate(new Date());
      if (mail.html().isEmpty()) {
        m.setText(mail.text(), "UTF-8");
      } else {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        m.setContent(alternative);
      }
      m.saveChanges();
      if (settings.user().isEmpty()) {
        Transport.send(m);
      } else {
        Transport.send(m, settings.user(), settings.password());
      }
      LOG.info("mail '{}' sent to {} through {}", mail.subject(), mail.to(), where);
      return new MailOutcome(MailOutcome.Status.SENT, "sent to " + mail.to().size() + " address(es) through "
          + where);
    } catch (AuthenticationFailedException ex) {
      return failed(MailOutcome.Status.AUTHENTICATION_FAILED, "the server " + where + " refused the login", mail);
    } catch (SendFailedException ex) {
      return failed(MailOutcome.Status.REJECTED, "the server " + where + " refused the mail: " + ex.getMessage(),
          mail);
    } catch (MessagingException ex) {
      boolean connection = ex.getCause() instanceof IOException
          || String.valueOf(ex.getMessage()).startsWith("Couldn't connect");
      return failed(connection ? MailOutcome.Status.CONNECTION_FAILED : MailOutcome.Status.FAILED,
          "sending through " + where + " failed: " + ex.getMessage(), mail);
    }
  }

  private static MailOutcome failed(MailOutcome.Status status, String detail, Mail mail) {
    LOG.warn("mail '{}' not sent ({}): {}", mail.subject(), status, detail);
    return new MailOutcome(status, detail);
  }

  @Override
  public String toString() {
    return "SmtpMailSender[" + settings + "]";
  }
}
