/**
 * The broker interface and its values: {@link org.pystrade.broker.api.Broker}, broker contracts, the order model
 * (requests, states, fills, events), market data (bars, quotes) and account values. Broker failures are
 * {@link org.pystrade.core.domain.Result} values whose {@link org.pystrade.core.domain.Failure} carries a reason code
 * and, through {@link org.pystrade.broker.api.BrokerErrors}, the broker's own code.
 */
package org.pystrade.broker.api;
