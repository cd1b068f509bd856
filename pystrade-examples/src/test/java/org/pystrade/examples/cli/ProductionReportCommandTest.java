package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code production report} on a state made by {@code init} and two {@code run-daily} days on the sample data: every
 * report written as text and HTML, and mailed to an in-process SMTP server.
 */
class ProductionReportCommandTest {

  @RegisterExtension
  static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir
  Path dir;

  @Test
  void allReportsWrittenAndMailed() throws Exception {
    String state = dir.resolve("state").toString();
    assertThat(Cli.run("production", "init", "--state", state, "--config", Cli.config()).code()).isZero();
    for (String day : new String[] {"2021-06-01", "2021-06-02"}) {
      Cli.Run daily = Cli.run("production", "run-daily", "--state", state, "--data", Cli.data(), "--date", day);
      assertThat(daily.code()).as(daily.err()).isZero();
    }
    Path out = dir.resolve("reports");
    Cli.Run report = Cli.run("production", "report", "--state", state, "--data", Cli.data(), "--date",
        "2021-06-02", "--type", "all", "--out", out.toString(), "--mail-to", "desk@example.com", "--smtp",
        "127.0.0.1:" + GREENMAIL.getSmtp().getPort());
    assertThat(report.code()).as(report.err() + report.out()).isZero();
    assertThat(report.out()).contains("mailed to desk@example.com");
    for (String id : new String[] {"pnl", "status", "rolls", "trades", "reconcile", "costs", "risk", "liquidity",
        "min-capital", "strategy"}) {
      assertThat(out.resolve(id + ".txt")).exists();
      assertThat(Files.readString(out.resolve(id + ".html"))).startsWith("<!DOCTYPE html>");
    }
    String pnl = Files.readString(out.resolve("pnl.txt"));
    assertThat(pnl).startsWith("P&L report 2021-06-02").contains("chapter15  CORN");
    assertThat(Files.readString(out.resolve("trades.txt"))).contains("chapter15").contains("market");
    assertThat(Files.readString(out.resolve("status.txt"))).contains("run_daily").contains("STOPPED");
    MimeMessage[] mail = GREENMAIL.getReceivedMessages();
    assertThat(mail).hasSize(1);
    assertThat(mail[0].getSubject()).startsWith("pystrade reports 2021-06-02: pnl, status, rolls");
    MimeMultipart parts = (MimeMultipart) mail[0].getContent();
    assertThat((String) parts.getBodyPart(0).getContent()).contains("Minimum capital report 2021-06-02");
    assertThat((String) parts.getBodyPart(1).getContent()).contains("<h1>Strategy report 2021-06-02</h1>");
  }

  @Test
  void withoutDataTheStateReportsStillWork() {
    String state = dir.resolve("state").toString();
    assertThat(Cli.run("production", "init", "--state", state, "--config", Cli.config()).code()).isZero();
    Cli.Run report = Cli.run("production", "report", "--state", state, "--type", "status,pnl", "--date",
        "2021-06-02", "--out", dir.resolve("r").toString());
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(report.out()).contains("pnl: no market data");
    assertThat(Cli.run("production", "report", "--state", state, "--type", "pnl,bogus", "--out",
        dir.resolve("r").toString()).code()).isEqualTo(2);
  }
}
