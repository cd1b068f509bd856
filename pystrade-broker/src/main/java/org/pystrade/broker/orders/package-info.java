/**
 * Production orders beside the broker interface: turning a strategy's optimal position and buffer into an
 * instrument order ({@link org.pystrade.broker.orders.StrategyOrders}, pysystemtrade's buffered strategy with its
 * overrides, roll states, locks, position and trade limits) and breaking an instrument order into contract orders
by the roll state ({@link org.pystrade.broker.orders.ContractOrders}) and contract orders into broker orders,
requests and booked fills through the broker API ({@link org.pystrade.broker.orders.BrokerOrders}). The order values themselves
 * ({@code org.pystrade.core.domain.trading}) live in pystrade-core so that pystrade-data can store them without
 * depending on this module. Nothing here depends on a broker implementation ({@code sim}, {@code ib}).
 */
package org.pystrade.broker.orders;
