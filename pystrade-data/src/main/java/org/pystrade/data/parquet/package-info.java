/**
 * A {@link org.pystrade.data.store.DataStore} of Parquet files, one per series, laid out as pysystemtrade 1.80's
 * parquet store lays them out ({@link org.pystrade.data.parquet.ParquetStore}), read and written through DuckDB's
 * JDBC driver (an embedded engine: no server, no JVM flags). No DuckDB type appears in this package's public
 * signatures.
 */
package org.pystrade.data.parquet;
