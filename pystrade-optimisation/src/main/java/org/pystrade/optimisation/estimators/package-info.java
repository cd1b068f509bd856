/**
 * Estimators of correlations, means and standard deviations over fitting periods, as pysystemtrade's
 * {@code sysquant.estimators}: exponentially weighted (pandas {@code ewm} semantics) or simple, with cleaning of
 * missing correlations, flooring at zero, and pooling of several instruments' data into one stacked frame.
 */
package org.pystrade.optimisation.estimators;
