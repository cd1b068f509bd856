package org.pystrade.examples.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.LayoutBase;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The text log line: {@code [thread] LEVEL logger - message}, as slf4j-simple (pystrade.jar's logging before
 * logback) wrote it, then an exception's stack trace as Java prints it; in a log file, the time first
 * ({@code 2024-01-02T21:00:00.123Z}, UTC). Written by hand rather than by a logback pattern: no pattern to parse at
 * start-up. The message and the exception go through {@link LogRedaction}.
 */
final class TextLogLayout extends LayoutBase<ILoggingEvent> {

  private final LogRedaction redaction;
  private final boolean timed;

  /**
   * A layout.
   *
   * @param redaction what masks the secrets of a message or exception
   * @param timed whether a line starts with its time
   */
  TextLogLayout(LogRedaction redaction, boolean timed) {
    this.redaction = redaction;
    this.timed = timed;
  }

  @Override
  public String doLayout(ILoggingEvent event) {
    StringBuilder line = new StringBuilder(128);
    if (timed) {
      Time.FORMAT.formatTo(event.getInstant(), line);
      line.append(' ');
    }
    line.append('[').append(event.getThreadName()).append("] ").append(event.getLevel()).append(' ')
        .append(event.getLoggerName()).append(" - ").append(redaction.apply(event.getFormattedMessage()))
        .append(System.lineSeparator());
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown != null) {
      line.append(redaction.apply(ThrowableProxyUtil.asString(thrown)));
    }
    return line.toString();
  }

  /** The time of a line in a file: made when first needed (a formatter costs start-up time the console saves). */
  private static final class Time {
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);
  }
}
