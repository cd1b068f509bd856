/**
 * Forecast and instrument weight estimation as pysystemtrade's {@code genericOptimiser}: returns for optimisation
 * (gross and cost curves per business day), the returns pre-processor (pooling of gross returns, Sharpe-ratio costs
 * with pooled turnover and a cost multiplier, weekly resampling and stacking), and optimisation over fitting
 * periods with exponentially weighted estimates and weight cleaning.
 */
package org.pystrade.optimisation.weights;
