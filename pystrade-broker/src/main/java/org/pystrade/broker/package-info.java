/**
 * Broker connectivity: the broker SPI, a simulated broker and an Interactive Brokers TWS socket-protocol client.
 */
package org.pystrade.broker;
