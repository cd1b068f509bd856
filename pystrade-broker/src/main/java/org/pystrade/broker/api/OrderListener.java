package org.pystrade.broker.api;

/**
 * Receives order events. A broker delivers the events of one broker in order, one at a time, on its callback
 * executor, never on the thread that reads the socket.
 */
@FunctionalInterface
public interface OrderListener {

  /**
   * Called for each event.
   *
   * @param event the event
   */
  void onEvent(OrderEvent event);
}
