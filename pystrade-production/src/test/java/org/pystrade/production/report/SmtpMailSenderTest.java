package org.pystrade.production.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.data.production.ProductionStore;

/**
 * Mail through a real SMTP socket: an in-process GreenMail server receives the reports' mail, and the delivered
 * message's subject, text part and HTML part are read back; logins, refusals and an unreachable server come back as
 * outcomes; settings come from the environment or a private file and never show the password.
 */
class SmtpMailSenderTest {

  @RegisterExtension
  static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("reports@example.com", "reports", "s3cret"));

  @TempDir
  Path dir;

  private SmtpSettings settings(String user, String password) {
    return new SmtpSettings("127.0.0.1", GREENMAIL.getSmtp().getPort(), "pystrade@example.com", user, password,
        false, Duration.ofSeconds(10));
  }

  @Test
  void reportsArriveWithSubjectTextAndHtml() throws Exception {
    List<ProductionReport> reports;
    try (ProductionStore store = HandBuiltState.store(dir)) {
      reports = ProductionReports.createAll(List.of(ReportType.PNL, ReportType.RISK),
          ReportInputs.of(store, HandBuiltState.DAY).withMarket(HandBuiltState.market()));
    }
    Mail mail = ProductionReports.mail(reports, List.of("trader@example.com", "desk@example.com"));
    MailOutcome outcome = new SmtpMailSender(settings("reports", "s3cret")).send(mail);
    assertThat(outcome.sent()).as(outcome.detail()).isTrue();
    assertThat(GREENMAIL.waitForIncomingEmail(5000, 2)).isTrue();
    MimeMessage[] received = GREENMAIL.getReceivedMessages();
    assertThat(received).hasSize(2);
    MimeMessage m = received[0];
    assertThat(m.getSubject()).isEqualTo("pystrade reports 2021-12-31: pnl, risk");
    assertThat(m.getFrom()[0].toString()).isEqualTo("pystrade@example.com");
    MimeMultipart parts = (MimeMultipart) m.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getCount()).isEqualTo(2);
    BodyPart text = parts.getBodyPart(0);
    BodyPart html = parts.getBodyPart(1);
    assertThat(text.getContentType()).startsWith("text/plain");
    assertThat(html.getContentType()).startsWith("text/html");
    String t = (String) text.getContent();
    String h = (String) html.getContent();
    assertThat(t.replace("\r\n", "\n")).contains("P&L report 2021-12-31", "Risk report 2021-12-31",
        "P&L by strategy and instrument", "3,147.00", "28.23");
    assertThat(h).contains("<h1>P&amp;L report 2021-12-31</h1>", "<h1>Risk report 2021-12-31</h1>", "<svg",
        "3,147.00").doesNotContain("http://", "https://");
  }

  @Test
  void aWrongPasswordIsAnAuthenticationFailure() {
    MailOutcome outcome = new SmtpMailSender(settings("reports", "wrong"))
        .send(new Mail(List.of("trader@example.com"), "alert", "text", ""));
    assertThat(outcome.status()).isEqualTo(MailOutcome.Status.AUTHENTICATION_FAILED);
    assertThat(outcome.detail()).doesNotContain("wrong");
    assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void aTextOnlyAlertIsPlainText() throws Exception {
    MailOutcome outcome = new SmtpMailSender(settings("reports", "s3cret"))
        .send(new Mail(List.of("trader@example.com"), "pystrade alert: run_daily crashed", "exit 137", ""));
    assertThat(outcome.sent()).isTrue();
    MimeMessage m = GREENMAIL.getReceivedMessages()[0];
    assertThat(m.getSubject()).isEqualTo("pystrade alert: run_daily crashed");
    assertThat(m.getContentType()).startsWith("text/plain");
    assertThat(((String) m.getContent()).trim()).isEqualTo("exit 137");
  }

  @Test
  void anUnreachableServerIsAConnectionFailure() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    MailOutcome outcome = new SmtpMailSender(new SmtpSettings("127.0.0.1", port, "pystrade@example.com", "", "",
        false, Duration.ofSeconds(5))).send(new Mail(List.of("trader@example.com"), "alert", "text", ""));
    assertThat(outcome.status()).isEqualTo(MailOutcome.Status.CONNECTION_FAILED);
  }

  @Test
  void settingsFromTheCommandLineEnvironmentAndAPrivateFile() throws Exception {
    Path file = dir.resolve("smtp.properties");
    Files.writeString(file, "smtp.host=mail.example.com\nsmtp.port=2525\nsmtp.user=fileuser\n"
        + "smtp.password=filepass\nsmtp.from=desk@example.com\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    SmtpSettings fromFile = SmtpSettings.resolve(null, Map.of(), file);
    assertThat(fromFile.host()).isEqualTo("mail.example.com");
    assertThat(fromFile.port()).isEqualTo(2525);
    assertThat(fromFile.password()).isEqualTo("filepass");
    assertThat(fromFile.toString()).doesNotContain("filepass").contains("****");
    SmtpSettings env = SmtpSettings.resolve(null, Map.of("PYSTRADE_SMTP_PASSWORD", "envpass",
        "PYSTRADE_SMTP_HOST", "env.example.com"), file);
    assertThat(env.host()).isEqualTo("env.example.com");
    assertThat(env.password()).isEqualTo("envpass");
    assertThat(env.user()).isEqualTo("fileuser");
    SmtpSettings cli = SmtpSettings.resolve("localhost:3025", Map.of("PYSTRADE_SMTP_HOST", "env.example.com"), null);
    assertThat(cli.host()).isEqualTo("localhost");
    assertThat(cli.port()).isEqualTo(3025);
    assertThat(new SmtpMailSender(env).toString()).doesNotContain("envpass");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> SmtpSettings.resolve(null, Map.of(), file))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readable by its owner only");
    assertThatThrownBy(() -> SmtpSettings.resolve(null, Map.of(), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no SMTP host");
  }
}
