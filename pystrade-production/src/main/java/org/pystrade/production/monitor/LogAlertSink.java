package org.pystrade.production.monitor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Alerts written to the log as warnings (logger {@code org.pystrade.production.alert}). */
public final class LogAlertSink implements AlertSink {

  private static final Logger LOG = LoggerFactory.getLogger("org.pystrade.production.alert");

  @Override
  public void send(Alert alert) {
    LOG.warn("ALERT {}: {}", alert.key(), alert.message());
  }
}
