/**
 * The raw-data stage: daily prices and returns, volatility (pysystemtrade's mixed and robust calculations), carry
 * from multiple prices, and the normalised inputs cross-sectional rules read.
 */
package org.pystrade.core.rawdata;
