/**
 * Estimators and optimisers (forecast scalars, correlations, handcrafted and optimised weights, diversification
 * multipliers) implemented on ojAlgo and Apache Commons Math, plugging into the core's estimation interfaces.
 */
package org.pystrade.optimisation;
