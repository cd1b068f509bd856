/**
 * Market data as a backtest reads it: {@link org.pystrade.core.data.FuturesSimData} (pysystemtrade's
 * {@code futuresSimData}), instrument identifiers and metadata, multiple prices, FX, and an in-memory
 * implementation for tests and embedding. File formats live in the {@code pystrade-data} artifact.
 */
package org.pystrade.core.data;
