package org.pystrade.examples.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * Standard error of a command line that logs JSON: each line the command line prints there itself (an
 * {@code error: ...} message, a usage message, {@code partial result: ...}) is written as a JSON log line of the
 * logger {@value #LOGGER}, level ERROR for a line that starts with {@code error}, WARN for any other, by the same
 * encoder as the log lines. Standard error then holds JSON lines only, whatever a run prints or logs. Blank lines are
 * left out.
 */
final class JsonErrorStream extends OutputStream {

  /** The logger name of the command line's own messages. */
  static final String LOGGER = "pystrade.cli";

  private final PrintStream err;
  private final Encoder<ILoggingEvent> encoder;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  private JsonErrorStream(PrintStream err, Encoder<ILoggingEvent> encoder) {
    this.err = err;
    this.encoder = encoder;
  }

  /**
   * Standard error for a command line logging JSON.
   *
   * @param err the real standard error
   * @param settings the log settings (their format is JSON)
   * @param redaction what masks secrets
   * @return a stream whose lines become JSON log lines on {@code err}
   */
  static PrintStream of(PrintStream err, LogSettings settings, LogRedaction redaction) {
    Encoder<ILoggingEvent> encoder = LogConfigurator.encoder(settings, redaction);
    encoder.start();
    return new PrintStream(new JsonErrorStream(err, encoder), true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    if (b == '\n') {
      emit();
    } else {
      line.write(b);
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  @Override
  public synchronized void close() {
    if (line.size() > 0) {
      emit();
    }
    err.flush();
  }

  private void emit() {
    String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
    line.reset();
    if (text.isBlank()) {
      return;
    }
    LoggingEvent event = new LoggingEvent();
    event.setLoggerName(LOGGER);
    event.setLevel(text.startsWith("error") ? Level.ERROR : Level.WARN);
    event.setMessage(text);
    event.setThreadName(Thread.currentThread().getName());
    event.setInstant(Instant.now());
    event.setMDCPropertyMap(Map.of());
    byte[] json = encoder.encode(event);
    err.write(json, 0, json.length);
    err.flush();
  }
}
