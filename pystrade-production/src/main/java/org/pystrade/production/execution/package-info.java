/**
 * Execution: contract orders become broker orders through an {@link
 * org.pystrade.production.execution.ExecutionAlgorithm} (market, or pysystemtrade's "original best": a limit at
 * the touch turning into a market order after a timeout); {@link org.pystrade.production.execution.Execution}
 * stores each broker order (with its unique client order reference) before sending it, books the broker's fills
 * through the store's one-transaction {@code bookFill}, archives done orders with their slippage against the mid at
 * submission and cancels what is unfilled at the end of the day. Time passes through an {@link
 * org.pystrade.production.execution.ExecutionClock}: the wall clock in production, a simulated one in replays.
 */
package org.pystrade.production.execution;
