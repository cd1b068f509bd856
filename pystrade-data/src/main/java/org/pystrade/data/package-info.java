/**
 * Data formats: pysystemtrade's CSV layout (adjusted and multiple prices, FX, instrument configuration), binary
 * caches and embedded stores, all behind the core's {@link org.pystrade.core.data.FuturesSimData}.
 */
package org.pystrade.data;
