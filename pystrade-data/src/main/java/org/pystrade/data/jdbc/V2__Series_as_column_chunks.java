package org.pystrade.data.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.pystrade.data.store.SeriesKind;

/**
 * Schema 2 of the data store: series move from a table per kind with a row per time (schema 1) into
 * {@code series_chunks}, each series a few blobs of columns ({@link ColumnChunks}); rows already stored are moved
 * over, series by series, and the schema-1 tables dropped, all in the migration's transaction. Written in Java
 * because the rows are re-encoded; the class name gives Flyway its version and description.
 */
final class V2__Series_as_column_chunks extends BaseJavaMigration {

  /** A schema-1 table: its name, key columns (the first the instrument or pair), value columns and kind. */
  private record OldTable(String name, List<String> keys, List<String> values, SeriesKind kind) {
  }

  private static final List<OldTable> OLD_TABLES = List.of(
      new OldTable("adjusted_prices", List.of("instrument"), List.of("price"), SeriesKind.ADJUSTED_PRICES),
      new OldTable("multiple_prices", List.of("instrument"), List.of("carry", "carry_contract", "price",
          "price_contract", "forward", "forward_contract"), SeriesKind.MULTIPLE_PRICES),
      new OldTable("contract_prices", List.of("instrument", "contract_date"), List.of("open", "high", "low",
          "final", "volume"), SeriesKind.CONTRACT_PRICES),
      new OldTable("fx_prices", List.of("pair"), List.of("price"), SeriesKind.FX_PRICES),
      new OldTable("roll_calendars", List.of("instrument"), List.of("current_contract", "next_contract",
          "carry_contract"), SeriesKind.ROLL_CALENDAR));

  private final boolean postgres;

  V2__Series_as_column_chunks(boolean postgres) {
    this.postgres = postgres;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE " + JdbcStore.CHUNKS + " (kind VARCHAR(32) NOT NULL, id VARCHAR(200) NOT NULL, "
          + "seq INTEGER NOT NULL, first_ts BIGINT NOT NULL, last_ts BIGINT NOT NULL, row_count INTEGER NOT NULL, "
          + "data " + (postgres ? "BYTEA" : "BLOB") + " NOT NULL, PRIMARY KEY (kind, id, seq))");
    }
    for (OldTable t : OLD_TABLES) {
      moveRows(c, t);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DROP TABLE " + t.name());
      }
    }
  }

  /** Every series of a schema-1 table re-encoded as one chunk. */
  private static void moveRows(Connection c, OldTable t) throws SQLException {
    String keys = String.join(", ", t.keys());
    String sql = "SELECT " + keys + ", ts, " + String.join(", ", t.values()) + " FROM " + t.name() + " ORDER BY "
        + keys + ", ts";
    int k = t.values().size();
    int kk = t.keys().size();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      String current = null;
      long[] times = new long[1024];
      double[][] values = new double[k][1024];
      int n = 0;
      while (rs.next()) {
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= kk; i++) {
          parts.add(rs.getString(i));
        }
        String id = String.join("/", parts);
        if (!Objects.equals(id, current)) {
          if (current != null) {
            JdbcStore.insertChunk(c, t.kind(), current, 0, ColumnChunks.trimmed(times, values, n));
          }
          current = id;
          n = 0;
        }
        if (n == times.length) {
          times = Arrays.copyOf(times, n * 2);
          for (int j = 0; j < k; j++) {
            values[j] = Arrays.copyOf(values[j], n * 2);
          }
        }
        times[n] = rs.getLong(kk + 1);
        for (int j = 0; j < k; j++) {
          double x = rs.getDouble(kk + 2 + j);
          values[j][n] = rs.wasNull() ? Double.NaN : x;
        }
        n++;
      }
      if (current != null) {
        JdbcStore.insertChunk(c, t.kind(), current, 0, ColumnChunks.trimmed(times, values, n));
      }
    }
  }
}
