package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's log format: text lines as slf4j-simple wrote them, or JSON lines (every line of standard error
 * a JSON object, the command line's own messages included), a level, a file; secrets masked either way.
 */
class LogFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The fields of a JSON log line: always, and when an event has them. */
  private static final Set<String> ALWAYS = Set.of("timestamp", "level", "threadName", "loggerName", "mdc",
      "message");
  private static final Set<String> OPTIONAL = Set.of("exception", "markers", "kvpList");
  private static final String PASSWORD = "hunter2-db-password";

  @TempDir
  Path dir;

  /**
   * Parses every line of a text as a JSON log line with the expected fields.
   *
   * @param text lines, each ended by a new line
   * @return the objects
   */
  static List<JsonNode> jsonLines(String text) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    if (text.isEmpty()) {
      return lines;
    }
    assertThat(text).endsWith("\n");
    long now = System.currentTimeMillis();
    for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
      JsonNode node = JSON.readTree(line);
      assertThat(node.isObject()).as(line).isTrue();
      List<String> fields = new ArrayList<>();
      node.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).as(line).containsAll(ALWAYS);
      assertThat(fields).as(line).allMatch(f -> ALWAYS.contains(f) || OPTIONAL.contains(f));
      assertThat(node.get("timestamp").isIntegralNumber()).as(line).isTrue();
      assertThat(node.get("timestamp").asLong()).as(line).isBetween(now - 3_600_000, now + 60_000);
      assertThat(node.get("level").asText()).as(line).isIn("ERROR", "WARN", "INFO", "DEBUG", "TRACE");
      assertThat(node.get("threadName").isTextual()).as(line).isTrue();
      assertThat(node.get("loggerName").asText()).as(line).isNotBlank();
      assertThat(node.get("mdc").isObject()).as(line).isTrue();
      assertThat(node.get("message").isTextual()).as(line).isTrue();
      lines.add(node);
    }
    return lines;
  }

  private static String[] backtest(String... first) {
    List<String> args = new ArrayList<>(List.of(first));
    args.addAll(List.of(Cli.args("backtest", "--data", Cli.data())));
    return args.toArray(new String[0]);
  }

  @Test
  void aBacktestLogsJsonLinesWithTheSameResultsAndTextLinesAgainWithoutTheOption() throws Exception {
    Cli.LoggedRun json = Cli.runLogged(backtest("--log-format", "json"));
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(json.err()).isEmpty();
    List<JsonNode> lines = jsonLines(json.log());
    assertThat(lines).anySatisfy(l -> {
      assertThat(l.get("level").asText()).isEqualTo("WARN");
      assertThat(l.get("loggerName").asText()).isEqualTo("org.pystrade.core.system.SystemAssembly");
      assertThat(l.get("threadName").asText()).isEqualTo("main");
      assertThat(l.get("message").asText()).startsWith("config key 'instrument_weights': the weights sum to");
    });
    // the same option among the command's options, and the environment's name for it in any case
    Cli.LoggedRun after = Cli.runLogged(Cli.args("backtest", "--data", Cli.data(), "--log-format=JSON"));
    assertThat(jsonLines(after.log())).hasSameSizeAs(lines);
    // the next run of this JVM without the option logs text again, as slf4j-simple did
    Cli.LoggedRun text = Cli.runLogged(Cli.args("backtest", "--data", Cli.data()));
    assertThat(text.code()).isZero();
    assertThat(text.log()).startsWith("[main] WARN org.pystrade.core.system.SystemAssembly - config key "
        + "'instrument_weights': the weights sum to");
    assertThat(text.out().replaceAll("computed in .* s", ""))
        .isEqualTo(json.out().replaceAll("computed in .* s", ""));
  }

  @Test
  void theCommandLinesOwnMessagesAreJsonLinesTooAndAConfiguredPasswordIsNeverLogged() throws Exception {
    Cli.LoggedRun usage = Cli.runLogged(backtest("--log-format", "json", "--bogus"));
    assertThat(usage.code()).isEqualTo(Commands.USAGE_ERROR);
    List<JsonNode> lines = jsonLines(usage.err());
    assertThat(lines.get(0).get("level").asText()).isEqualTo("ERROR");
    assertThat(lines.get(0).get("loggerName").asText()).isEqualTo(JsonErrorStream.LOGGER);
    assertThat(lines.get(0).get("message").asText()).isEqualTo("error: Unknown option: '--bogus'");
    assertThat(lines).allSatisfy(l -> assertThat(l.get("level").asText()).isIn("ERROR", "WARN"));

    // a database URL with a password: the error (several lines, one JSON object) shows it masked
    String url = "jdbc:postgresql://127.0.0.1:1/pystrade?user=trader&password=" + PASSWORD;
    Cli.LoggedRun db = Cli.runLogged("--log-format", "json", "--log-level", "debug", "data", "check", "--data",
        url);
    assertThat(db.code()).isEqualTo(Commands.DATA_ERROR);
    List<JsonNode> errors = jsonLines(db.err());
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("message").asText()).startsWith("error: cannot open or migrate the database "
        + "jdbc:postgresql://127.0.0.1:1/pystrade?user=trader&password=***").contains("\n");
    jsonLines(db.log());
    assertThat(db.out() + db.err() + db.log()).doesNotContain(PASSWORD);
  }

  @Test
  void aJsonOrTextLogLineMasksPasswordsAndTheEnvironmentsSecretsInMessagesAndExceptions() throws Exception {
    LogRedaction redaction = LogRedaction.of(Map.of("PYSTRADE_SMTP_PASSWORD", "smtp-secret-42",
        "PYSTRADE_HTTP_TOKEN", " token-0123456789 ", "PATH", "/usr/bin:/bin", "SHORT_TOKEN", "abc"));
    LoggingEvent event = new LoggingEvent();
    event.setLoggerName("org.pystrade.production.Example");
    event.setLevel(Level.ERROR);
    event.setThreadName("pystrade-scheduler");
    event.setInstant(Instant.now());
    event.setMessage("login to jdbc:postgresql://h/db?user=u&password=" + PASSWORD + "&ssl=true with "
        + "smtp-secret-42 and token-0123456789, in /usr/bin:/bin (abc)");
    event.setMDCPropertyMap(Map.of("process", "daily_cycle"));
    event.setThrowableProxy(new ThrowableProxy(new IllegalStateException("refused smtp-secret-42",
        new IOException("smtp.password=" + PASSWORD))));
    JsonLogEncoder encoder = new JsonLogEncoder(redaction);
    encoder.start();
    String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
    JsonNode json = jsonLines(line).get(0);
    assertThat(json.get("mdc").get("process").asText()).isEqualTo("daily_cycle");
    assertThat(json.get("message").asText()).isEqualTo("login to jdbc:postgresql://h/db?user=u&password=***"
        + "&ssl=true with *** and ***, in /usr/bin:/bin (abc)");
    assertThat(json.get("exception").asText()).startsWith("java.lang.IllegalStateException: refused ***\n\tat ")
        .contains("Caused by: java.io.IOException: smtp.password=***");
    TextLogLayout text = new TextLogLayout(redaction, false);
    String textLine = text.doLayout(event);
    assertThat(textLine).startsWith("[pystrade-scheduler] ERROR org.pystrade.production.Example - login to ")
        .contains("password=***&ssl=true with *** and ***", "Caused by: java.io.IOException: smtp.password=***");
    for (String secret : List.of(PASSWORD, "smtp-secret-42", "token-0123456789")) {
      assertThat(line).doesNotContain(secret);
      assertThat(textLine).doesNotContain(secret);
    }
    assertThat(new TextLogLayout(redaction, true).doLayout(event)).matches(
        "(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z \\[pystrade-scheduler\\] ERROR .*");
  }

  @Test
  void theLevelAndTheFileAreChosenAndBadValuesAreUsageErrors() throws Exception {
    Cli.LoggedRun quiet = Cli.runLogged(backtest("--log-level", "error"));
    assertThat(quiet.code()).isZero();
    assertThat(quiet.log()).isEmpty();

    Path file = dir.resolve("logs/pystrade.log");
    Cli.LoggedRun filed = Cli.runLogged(backtest("--log-file", file.toString()));
    assertThat(filed.code()).isZero();
    assertThat(filed.log()).isEmpty();
    Cli.runLogged(backtest("--log-file", file.toString(), "--log-format", "json"));
    List<String> written = Files.readAllLines(file);
    assertThat(written).hasSize(2);
    assertThat(written.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z \\[main\\] WARN "
        + "org\\.pystrade\\.core\\.system\\.SystemAssembly - config key .*");
    assertThat(jsonLines(written.get(1) + "\n")).hasSize(1);

    Path notAFolder = Files.writeString(dir.resolve("plain"), "x");
    Cli.LoggedRun unwritable = Cli.runLogged(backtest("--log-file", notAFolder.resolve("x.log").toString()));
    assertThat(unwritable.code()).isEqualTo(Commands.DATA_ERROR);
    assertThat(unwritable.err()).startsWith("error: --log-file " + notAFolder.resolve("x.log")
        + " cannot be created");

    Cli.LoggedRun format = Cli.runLogged(backtest("--log-format", "xml"));
    assertThat(format.code()).isEqualTo(Commands.USAGE_ERROR);
    assertThat(format.err()).startsWith("error: --log-format must be text or json but was 'xml'");
    Cli.LoggedRun level = Cli.runLogged(Cli.args("backtest", "--log-level", "loud"));
    assertThat(level.code()).isEqualTo(Commands.USAGE_ERROR);
    assertThat(level.err()).startsWith("error: --log-level must be off, error, warn, info, debug or trace but was "
        + "'loud'");
    assertThat(LogSettings.of(new String[] {"backtest"}, Map.of(LogSettings.FORMAT_ENV, "json",
        LogSettings.LEVEL_ENV, "WARN"))).isEqualTo(new LogSettings(LogSettings.LogFormat.JSON,
            LogSettings.LogLevel.WARN, null));
    assertThat(LogSettings.of(new String[] {"--log-format=text", "backtest"}, Map.of(LogSettings.FORMAT_ENV,
        "json")).format()).isEqualTo(LogSettings.LogFormat.TEXT);
    assertThat(LogSettings.ofEnvironment(Map.of(LogSettings.FORMAT_ENV, "yaml"))).isEqualTo(LogSettings.DEFAULT);
  }
}
