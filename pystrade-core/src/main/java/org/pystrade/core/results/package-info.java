/**
 * A system's results as named frames, and their files. {@link org.pystrade.core.results.SystemResults} holds the
 * results of a computed {@link org.pystrade.core.system.TradingSystem} as {@link
 * org.pystrade.core.results.ResultFrame frames} named and laid out as pysystemtrade's golden exports (per
 * instrument prices, volatility, raw and capped forecasts, combined forecast, positions and P&amp;L; the portfolio;
 * instrument weights and IDM; the risk overlay and dynamic optimisation; estimated forecast scalars, weights and
 * FDM; optionally each trading rule's P&amp;L), each a shared timestamp index with named {@code double} columns and
 * {@code LocalDate} / {@code Instant} views of that index. {@link org.pystrade.core.results.ResultColumns} computes
 * each frame's columns (the command line's {@code compare} reads them too), and {@link
 * org.pystrade.core.results.ResultWriter} writes the frames, as CSV and JSON here and as Parquet and Arrow IPC in
 * {@code pystrade-data}.
 * This package sits above {@code system}: it reads computed systems, nothing beneath it knows it.
 */
package org.pystrade.core.results;
