/**
 * Estimation extension points: forecast scalars, forecast and instrument weights, and diversification multipliers
 * estimated from data instead of fixed in the config. Implementations live in {@code pystrade-optimisation}.
 */
package org.pystrade.core.estimation;
