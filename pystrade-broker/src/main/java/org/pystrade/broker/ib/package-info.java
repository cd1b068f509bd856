/**
 * An Interactive Brokers client speaking the TWS API socket protocol (to TWS or IB Gateway), written from the public
 * protocol: the {@code API\0} handshake with a version range, 4-byte length-prefixed NUL-separated messages,
 * {@code startApi}, contract details, historical data, market data snapshots, orders with their status, open-order,
 * execution and commission messages, positions and the account summary; pacing, request timeouts, reconnection with
 * back-off and re-synchronisation of orders. {@link org.pystrade.broker.ib.IbBroker} is the entry point.
 */
package org.pystrade.broker.ib;
