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
 * Standard error of a command line that logs JSON: what the command line prints there itself (an {@code error: ...}
 * message, a usage message, {@code partial result: ...}) is written as JSON log lines of the logger
 * {@value #LOGGER}, by the same encoder as the log lines: level ERROR for a message that starts with {@code error},
 * WARN for any other. A message printed whole ({@code println}) is one JSON line even if it has several lines; text
 * printed in pieces is one JSON line a line. Standard error then holds JSON lines only, whatever a run prints or
 * logs. Blank lines are left out.
 */
final class JsonErrorStream extends PrintStream {

  /** The logger name of the command line's own messages. */
  static final String LOGGER = "pystrade.cli";

  private final Lines lines;

  private JsonErrorStream(Lines lines) {
    super(lines, true, StandardCharsets.UTF_8);
    this.lines = lines;
  }

  /**
   * Standard error for a command line logging JSON.
   *
   * @param err the real standard error
   * @param settings the log settings (their format is JSON)
   * @param redaction what masks secrets
   * @return a stream whose messages become JSON log lines on {@code err}
   */
  static PrintStream of(PrintStream err, LogSettings settings, LogRedaction redaction) {
    Encoder<ILoggingEvent> encoder = LogConfigurator.encoder(settings, redaction);
    encoder.start();
    return new JsonErrorStream(new Lines(err, encoder));
  }

  @Override
  public void println(String message) {
    synchronized (lines) {
      flush();
      lines.end(message);
    }
  }

  @Override
  public void println(Object message) {
    println(String.valueOf(message));
  }

  /** The text printed in pieces, a JSON line at each end of line. */
  private static final class Lines extends OutputStream {
    private final PrintStream err;
    private final Encoder<ILoggingEvent> encoder;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    Lines(PrintStream err, Encoder<ILoggingEvent> encoder) {
      this.err = err;
      this.encoder = encoder;
    }

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        end("");
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
      end("");
      err.flush();
    }

    /** Ends the line printed so far with the rest of a message, written as a JSON line (nothing if blank). */
    synchronized void end(String rest) {
      String text = (line.toString(StandardCharsets.UTF_8) + rest).stripTrailing();
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
}
