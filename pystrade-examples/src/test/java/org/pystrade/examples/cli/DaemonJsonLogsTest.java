package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.data.SampleData;

/**
 * The production daemon as a process of its own ({@code pystrade.jar production daemon}, from the test class path)
 * with {@code PYSTRADE_LOG_FORMAT=json}: every line of its standard error, from start to SIGTERM, is a JSON log line
 * with the expected fields; the lines of a scheduled run carry the process's name in their {@code mdc}; and neither
 * the SMTP password (from the environment) nor the endpoint token (from the secrets file) shows in any line, though
 * the alerts' mail fails and is logged.
 */
class DaemonJsonLogsTest {

  private static final String SMTP_PASSWORD = "smtp-pw-from-env-0123";
  private static final String TOKEN = "endpoint-token-from-file-4567";

  @TempDir
  Path dir;

  @Test
  void theDaemonLogsJsonLinesOnlyAndNoSecret() throws Exception {
    Path sample = SampleData.directory();
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Path secrets = Files.writeString(dir.resolve("secrets.properties"), "PYSTRADE_HTTP_TOKEN=" + TOKEN + "\n");
    Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
    Path control = Files.writeString(dir.resolve("control.yaml"), Files.readString(sample.resolve(
        "production/control.yaml"))
        .replace("data: ..", "data: " + sample)
        .replace("config: ../configs", "config: " + sample.resolve("configs"))
        .replace("# secrets_file: secrets.properties", "secrets_file: secrets.properties")
        .replace("#  email:", "  email:")
        .replace("#    to: [trader@example.com]", "    to: [trader@example.com]")
        .replace("#    smtp: 127.0.0.1:25", "    smtp: 127.0.0.1:" + closedPort));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Dslf4j.provider=" + LogProvider.class.getName(), "-Dslf4j.internal.verbosity=WARN",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "production", "daemon", "--config", control.toString(), "--state", dir.resolve("state").toString(),
        "--http-port", "0");
    pb.environment().put("PYSTRADE_LOG_FORMAT", "json");
    pb.environment().put("PYSTRADE_SMTP_USER", "trader");
    pb.environment().put("PYSTRADE_SMTP_PASSWORD", SMTP_PASSWORD);
    pb.redirectOutput(dir.resolve("stdout.txt").toFile());
    Process daemon = pb.start();
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(daemon.getErrorStream(),
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          lines.add(line);
        }
      } catch (IOException ex) {
        // the process ended
      }
    });
    reader.start();
    try {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
      while (System.nanoTime() < until && daemon.isAlive() && !ended(lines, "clean_up")) {
        Thread.sleep(200);
      }
      assertThat(ended(lines, "daily_cycle") && ended(lines, "clean_up")).as(String.join("\n", lines)).isTrue();
    } finally {
      // SIGTERM: the daemon stops gracefully (Process.destroy() would close the pipe of its last lines)
      daemon.toHandle().destroy();
      daemon.waitFor(60, TimeUnit.SECONDS);
      daemon.destroyForcibly();
      reader.join(10_000);
    }
    String all = String.join("\n", lines) + "\n";
    List<JsonNode> json = LogFormatTest.jsonLines(all);
    assertThat(json).anySatisfy(l -> {
      assertThat(l.get("loggerName").asText()).isEqualTo("org.pystrade.production.control.Scheduler");
      assertThat(l.get("mdc").path("process").asText()).isEqualTo("daily_cycle");
      assertThat(l.get("message").asText()).startsWith("process daily_cycle: COMPLETED");
    });
    assertThat(json).anySatisfy(l -> assertThat(l.get("message").asText()).startsWith("ALERT "));
    assertThat(json).anySatisfy(l -> assertThat(l.get("message").asText()).contains("not sent"));
    assertThat(json).anySatisfy(l -> assertThat(l.get("message").asText()).isEqualTo("stopped"));
    assertThat(all).doesNotContain(SMTP_PASSWORD).doesNotContain(TOKEN);
    assertThat(Files.readString(dir.resolve("stdout.txt"))).startsWith("daemon running: http://127.0.0.1:");
  }

  /** Whether a process's run has ended: the scheduler's JSON line about it is among the lines. */
  private static boolean ended(List<String> lines, String process) {
    synchronized (lines) {
      return lines.stream().anyMatch(l -> l.contains("\"message\":\"process " + process + ": "));
    }
  }
}
