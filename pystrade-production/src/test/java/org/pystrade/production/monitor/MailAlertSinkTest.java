package org.pystrade.production.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pystrade.production.report.SmtpMailSender;
import org.pystrade.production.report.SmtpSettings;

/** Alerts mailed through a real SMTP socket (an in-process GreenMail server). */
class MailAlertSinkTest {

  @RegisterExtension
  static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static SmtpSettings settings(int port) {
    return new SmtpSettings("127.0.0.1", port, "pystrade@example.com", null, null, false, Duration.ofSeconds(5));
  }

  @Test
  void anAlertArrivesWithItsKeyInTheSubjectAndItsMessageAndTimeInTheText() throws Exception {
    MailAlertSink sink = new MailAlertSink(new SmtpMailSender(settings(GREENMAIL.getSmtp().getPort())),
        List.of("trader@example.com"));
    sink.send(new Alert("crash:run_daily", "run_daily crashed: its lock expired", Instant.parse(
        "2023-09-01T22:05:00Z")));
    assertThat(GREENMAIL.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage m = GREENMAIL.getReceivedMessages()[0];
    assertThat(m.getSubject()).isEqualTo("pystrade alert: crash:run_daily");
    assertThat(m.getAllRecipients()[0].toString()).isEqualTo("trader@example.com");
    assertThat(String.valueOf(m.getContent())).contains("run_daily crashed: its lock expired")
        .contains("raised 2023-09-01T22:05:00Z");
  }

  @Test
  void aMailThatCannotBeSentIsAnErrorTheAlertsRecord() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    MailAlertSink sink = new MailAlertSink(new SmtpMailSender(settings(closed)), List.of("trader@example.com"));
    assertThatThrownBy(() -> sink.send(new Alert("stale:CORN", "CORN's prices are 6 days old", Instant.EPOCH)))
        .isInstanceOf(IOException.class).hasMessageContaining("stale:CORN").hasMessageContaining("CONNECTION_FAILED");
  }
}
