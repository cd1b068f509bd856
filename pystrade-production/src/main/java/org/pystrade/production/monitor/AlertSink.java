package org.pystrade.production.monitor;

/** Where alerts go (the log, a webhook, e-mail): implement {@link #send(Alert)}. */
@FunctionalInterface
public interface AlertSink {

  /**
   * Sends an alert. A failure to send is logged by the caller and does not stop the daemon.
   *
   * @param alert the alert
   * @throws java.io.IOException if it could not be sent
   */
  void send(Alert alert) throws java.io.IOException;
}
