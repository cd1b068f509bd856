package org.pystrade.data.parquet;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.IntPredicate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes columns to a Parquet file through DuckDB, for the store and the result writer: the rows go into a staging
 * table through DuckDB's appender, then {@code COPY} writes them, the time column as a naive {@code TIMESTAMP} in
 * nanoseconds, a NaN as null, a text column as the whole number (or decimal) it holds, and the given pandas
 * metadata.
 */
final class ParquetCopy {

  private ParquetCopy() {
  }

  /**
   * Writes one file.
   *
   * @param engine a DuckDB connection, used by one thread at a time
   * @param table the staging table's name (replaced, then dropped)
   * @param times the index, seconds since the epoch in naive time, increasing
   * @param cols the value columns, each of the index's length
   * @param names the value columns' names in the file
   * @param text which value columns are written as text
   * @param index the time column's name in the file
   * @param indexFirst whether the time column comes first (else last, as pandas writes an index)
   * @param pandas the pandas metadata's JSON
   * @param target the file
   * @throws SQLException if DuckDB fails
   */
  static void write(Connection engine, String table, long[] times, double[][] cols, List<String> names,
      IntPredicate text, String index, boolean indexFirst, String pandas, Path target) throws SQLException {
    int k = names.size();
    try (Statement s = engine.createStatement()) {
      StringBuilder create = new StringBuilder("CREATE OR REPLACE TABLE ").append(table).append("(ts BIGINT");
      for (int c = 0; c < k; c++) {
        create.append(", c").append(c).append(" DOUBLE");
      }
      s.execute(create.append(")").toString());
      try (DuckDBAppender a = ((DuckDBConnection) engine).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
        for (int i = 0; i < times.length; i++) {
          a.beginRow().append(times[i]);
          for (int c = 0; c < k; c++) {
            a.append(cols[c][i]);
          }
          a.endRow();
        }
      }
      String time = "make_timestamp(ts * 1000000)::TIMESTAMP_NS AS " + quote(index);
      StringBuilder copy = new StringBuilder("COPY (SELECT ");
      if (indexFirst) {
        copy.append(time).append(k == 0 ? "" : ", ");
      }
      for (int c = 0; c < k; c++) {
        String col = "c" + c;
        if (text.test(c)) {
          copy.append("CASE WHEN isnan(").append(col).append(") THEN NULL WHEN ").append(col).append(" = floor(")
              .append(col).append(") AND abs(").append(col).append(") < 1e15 THEN CAST(CAST(").append(col)
              .append(" AS BIGINT) AS VARCHAR) ELSE CAST(").append(col).append(" AS VARCHAR) END");
        } else {
          copy.append("CASE WHEN isnan(").append(col).append(") THEN NULL ELSE ").append(col).append(" END");
        }
        copy.append(" AS ").append(quote(names.get(c))).append(c == k - 1 ? "" : ", ");
      }
      if (!indexFirst) {
        copy.append(k == 0 ? "" : ", ").append(time);
      }
      copy.append(" FROM ").append(table).append(" ORDER BY ts) TO ").append(literal(target.toString()))
          .append(" (FORMAT PARQUET, KV_METADATA {pandas: ").append(literal(pandas)).append("})");
      s.execute(copy.toString());
      s.execute("DROP TABLE " + table);
    }
  }

  /** A quoted SQL identifier. */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** A SQL string literal. */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
