/**
 * Portfolio optimisers as pysystemtrade's {@code sysquant.optimisation.optimisers}: handcrafting (the default),
 * shrinkage, one-period mean-variance, bootstrap and equal weights, with their shared pieces (SLSQP maximum Sharpe
 * optimisation, Sharpe-ratio adjustment, clustering and estimate equalisation). Each optimiser turns one period's
 * {@link org.pystrade.optimisation.optimisers.Estimates} into {@link org.pystrade.optimisation.optimisers.PortfolioWeights}.
 */
package org.pystrade.optimisation.optimisers;
