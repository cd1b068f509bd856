/**
 * pysystemtrade's CSV data layout ({@code adjusted_prices_csv}, {@code multiple_prices_csv}, {@code fx_prices_csv},
 * {@code csvconfig}), read by {@link org.pystrade.data.csv.CsvFuturesSimData} with a byte-level, allocation-light
 * parser whose numbers and timestamps equal {@link java.lang.Double#parseDouble(String)} and
 * {@link org.pystrade.core.series.Timestamps#parse(CharSequence)}, and an optional binary column cache of parsed
 * files ({@link org.pystrade.data.csv.CacheOptions}).
 */
package org.pystrade.data.csv;
