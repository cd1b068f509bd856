package org.pystrade.examples.cli;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.JsonEscapeUtil;

/**
 * The JSON log line of {@code --log-format json}: logback's {@link JsonEncoder} (JSON Lines: one object a line,
 * escaped by logback) with {@code timestamp} (milliseconds since the epoch), {@code level}, {@code threadName},
 * {@code loggerName}, {@code mdc} (an object, empty when the thread has no diagnostic context), then
 * {@code message} (the formatted message) and, when an exception is logged, {@code exception} (its class, message and
 * stack trace as Java prints them). Markers and key-value pairs are added by logback when an event has any.
 *
 * <p>Left out: the sequence number, nanoseconds and logger context (noise here), logback's raw message pattern and
 * its separate argument array (the formatted message says the same, once), and its structured throwable. The message
 * and the exception go through {@link LogRedaction}, as the text lines do.
 */
final class JsonLogEncoder extends JsonEncoder {

  private final LogRedaction redaction;

  /**
   * An encoder.
   *
   * @param redaction what masks the secrets of a message or exception
   */
  JsonLogEncoder(LogRedaction redaction) {
    this.redaction = redaction;
    setWithSequenceNumber(false);
    setWithNanoseconds(false);
    setWithContext(false);
    setWithMessage(false);
    setWithFormattedMessage(false);
    setWithArguments(false);
    setWithThrowable(false);
  }

  @Override
  protected void appendCustomFields(StringBuilder sb, ILoggingEvent event) {
    sb.append(VALUE_SEPARATOR);
    appenderMember(sb, "message", JsonEscapeUtil.jsonEscapeString(redaction.apply(event.getFormattedMessage())));
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown != null) {
      sb.append(VALUE_SEPARATOR);
      appenderMember(sb, "exception", JsonEscapeUtil.jsonEscapeString(redaction.apply(
          ThrowableProxyUtil.asString(thrown).stripTrailing())));
    }
  }
}
