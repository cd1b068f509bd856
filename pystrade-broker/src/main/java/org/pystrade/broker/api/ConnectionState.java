package org.pystrade.broker.api;

/** The state of a broker connection. */
public enum ConnectionState {
  /** Not connected (never, or closed by the caller). */
  DISCONNECTED,
  /** Connecting, or reconnecting after a loss. */
  CONNECTING,
  /** Connected and ready for requests. */
  CONNECTED,
  /** Connected to the gateway, but the gateway lost its own connection to the broker (IB's 1100). */
  BROKER_UNREACHABLE
}
