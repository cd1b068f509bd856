/**
 * The file formats of a system's results ({@link org.pystrade.data.results.ResultFormat}): CSV and JSON, written by
 * {@code pystrade-core}'s {@link org.pystrade.core.results.ResultWriter}, and Parquet and Arrow IPC, written by
 * {@link org.pystrade.data.parquet.ParquetResultWriter} and {@link org.pystrade.data.arrow.ArrowResultWriter}.
 */
package org.pystrade.data.results;
