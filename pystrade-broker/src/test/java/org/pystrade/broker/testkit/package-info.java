/**
 * The broker test kit, published in pystrade-broker's test-jar: {@link org.pystrade.broker.testkit.BrokerConformance},
 * the contract every {@link org.pystrade.broker.api.Broker} must meet (extend it to test your own broker), and
 * {@link org.pystrade.broker.testkit.FakeTwsServer}, a fake TWS / IB Gateway speaking the TWS API socket protocol on
 * loopback with scripted scenarios.
 */
package org.pystrade.broker.testkit;
