/**
 * The portfolio stage: instrument weights fitted to position availability and smoothed, the instrument
 * diversification multiplier, notional positions and position buffers.
 */
package org.pystrade.core.portfolio;
