/**
 * pysystemtrade's CSV data layout ({@code adjusted_prices_csv}, {@code multiple_prices_csv}, {@code fx_prices_csv},
 * {@code csvconfig}), read by {@link org.pystrade.data.csv.CsvFuturesSimData} with a byte-level, allocation-light
 * parser whose numbers and timestamps equal {@link java.lang.Double#parseDouble(String)} and
 * {@link org.pystrade.core.series.Timestamps#parse(CharSequence)}, and an optional binary column cache of parsed
 * files ({@link org.pystrade.data.csv.CacheOptions}). How long parsed price files are kept is a policy
 * ({@link org.pystrade.data.csv.Retention}): all of them (the default) or only while in use and recently used, for
 * whole-universe runs whose system memoises what it derives from them.
 */
package org.pystrade.data.csv;
