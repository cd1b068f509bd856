/**
 * Returns used for estimation, computed as pysystemtrade's accounts stage computes them for its optimisers and
 * correlation estimates: subsystem P&amp;L (buffered subsystem positions with cash costs, unrounded), and
 * per-rule forecast P&amp;L.
 */
package org.pystrade.optimisation.returns;
