/**
 * Dynamic optimisation of positions for a small account, as pysystemtrade's {@code optimisedPositions} stage
 * ({@code systems/provided/dynamic_small_system_optimise}): each day, the whole contracts closest in tracking error to
 * the unrounded optimal portfolio, net of a shadow cost of trading, starting from the previous day's positions and
 * trading only when the tracking error exceeds a buffer; the optimised positions' P&amp;L; and the risk stage's
 * portfolio risks of optimised, rounded-buffered and original positions.
 */
package org.pystrade.core.optimised;
