package org.pystrade.broker.api;

/** A registration that can be ended. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

  /** Ends the registration; calling it again does nothing. */
  @Override
  void close();
}
