/**
 * pysystemtrade's CSV data layout ({@code adjusted_prices_csv}, {@code multiple_prices_csv}, {@code fx_prices_csv},
 * {@code csvconfig}), read by {@link org.pystrade.data.csv.CsvFuturesSimData} with a byte-level, allocation-light
 * parser that reads what pysystemtrade's {@code pd_readcsv} reads with pandas 2.2 and nothing more: numbers as
 * pandas' C parser reads them, bit for bit ({@code DecimalParser}, {@code PandasColumns}), timestamps as
 * {@code pd.to_datetime} reads pysystemtrade's format {@code %Y-%m-%d %H:%M:%S} ({@code TimestampParser}), and an
 * optional binary column cache of parsed files ({@link org.pystrade.data.csv.CacheOptions}). How long parsed price
 * files are kept is a policy ({@link org.pystrade.data.csv.Retention}): all of them (the default) or only while in
 * use and recently used, for whole-universe runs whose system memoises what it derives from them.
 */
package org.pystrade.data.csv;
