/**
 * The system model: {@link org.pystrade.core.system.TradingSystem} composed from stages by a fluent builder or a
 * pysystemtrade YAML config, with memoised, thread-safe stage results and per-instrument failure isolation.
 */
package org.pystrade.core.system;
