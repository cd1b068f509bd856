/**
 * A simulated broker for paper trading and tests: orders fill from a price source at the next price after the order
 * (plus a latency), with slippage (by default pysystemtrade's spread cost), optional partial fills and rejects,
 * commissions from the instrument config, and a position and cash ledger. Deterministic for a given seed and clock.
 */
package org.pystrade.broker.sim;
