package org.pystrade.data.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.data.store.SeriesColumns;
import org.pystrade.data.store.SeriesKey;
import org.pystrade.data.store.StoreUpdate;

/** A database of schema 1 (a row per time) is moved to schema 2 (column chunks) on opening, rows kept. */
class SchemaMigrationTest {

  private static final InstrumentCode CORN = InstrumentCode.of("CORN");

  @Test
  void rowsOfSchemaOneAreReadBackAfterTheMoveToChunks(@TempDir Path dir) throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("old.db");
    Flyway.configure().dataSource(url, null, null).locations("classpath:org/pystrade/data/jdbc/migration/sqlite")
        .table("pystrade_schema_history").target("1").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO stored_series VALUES ('adjusted_prices', 'CORN'), "
          + "('contract_prices', 'CORN/20231200'), ('fx_prices', 'GBPUSD'), ('adjusted_prices', 'EMPTY')");
      s.executeUpdate("INSERT INTO adjusted_prices VALUES ('CORN', 200, 2.5), ('CORN', 100, NULL), ('CORN', 300, -1)");
      s.executeUpdate("INSERT INTO contract_prices VALUES ('CORN', '20231200', 100, 1, 2, 0.5, 1.5, NULL)");
      s.executeUpdate("INSERT INTO fx_prices VALUES ('GBPUSD', 100, 1.25)");
    }
    try (JdbcStore store = JdbcStore.open(url)) {
      SeriesColumns adjusted = store.read(SeriesKey.adjusted(CORN));
      assertThat(adjusted.times()).containsExactly(100, 200, 300);
      assertThat(adjusted.columns()[0]).containsExactly(Double.NaN, 2.5, -1);
      SeriesColumns contract = store.read(SeriesKey.contract(FuturesContract.parse("CORN/20231200")));
      assertThat(contract.columns()[3]).containsExactly(1.5);
      assertThat(contract.columns()[4][0]).isNaN();
      assertThat(store.fxPrices(FxPair.of("GBPUSD")).values()).containsExactly(1.25);
      assertThat(store.read(SeriesKey.adjusted(InstrumentCode.of("EMPTY"))).size()).isZero();
      assertThat(store.contents().adjusted()).containsExactly(InstrumentCode.of("CORN"), InstrumentCode.of("EMPTY"));
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'adjusted_prices'")) {
      rs.next();
      assertThat(rs.getInt(1)).as("schema 1's tables are dropped").isZero();
    }
  }

  @Test
  void appendsAddChunksAndManyAreRewrittenAsOne(@TempDir Path dir) throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("s.db");
    try (JdbcStore store = JdbcStore.open(url)) {
      SeriesKey key = SeriesKey.adjusted(CORN);
      for (int i = 0; i < JdbcStore.MAX_CHUNKS + 5; i++) {
        store.apply(StoreUpdate.builder().series(key, new SeriesColumns(new long[] {1000L * (i + 1)},
            new double[][] {{i}}), StoreUpdate.Mode.APPEND).build());
        assertThat(chunks(url)).isBetween(1, JdbcStore.MAX_CHUNKS);
      }
      SeriesColumns all = store.read(key);
      assertThat(all.size()).isEqualTo(JdbcStore.MAX_CHUNKS + 5);
      for (int i = 0; i < all.size(); i++) {
        assertThat(all.times()[i]).isEqualTo(1000L * (i + 1));
        assertThat(all.columns()[0][i]).isEqualTo(i);
      }
      assertThatThrownBy(() -> store.apply(StoreUpdate.builder().series(key, new SeriesColumns(new long[] {1000},
          new double[][] {{0}}), StoreUpdate.Mode.APPEND).build())).isInstanceOf(DataException.class)
          .hasMessageContaining("must follow the last row");
      store.apply(StoreUpdate.builder().series(key, new SeriesColumns(new long[] {5}, new double[][] {{7}}),
          StoreUpdate.Mode.REPLACE).build());
      assertThat(chunks(url)).isEqualTo(1);
      assertThat(store.read(key).times()).containsExactly(5);
    }
  }

  @Test
  void aChunkOfTheWrongShapeIsAnErrorNamingTheSeries(@TempDir Path dir) throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("s.db");
    try (JdbcStore store = JdbcStore.open(url)) {
      store.apply(StoreUpdate.builder().series(SeriesKey.adjusted(CORN), new SeriesColumns(new long[] {1, 2},
          new double[][] {{1, 2}}), StoreUpdate.Mode.REPLACE).build());
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE series_chunks SET data = X'0100000002000000' WHERE id = 'CORN'");
      }
      assertThatThrownBy(() -> store.read(SeriesKey.adjusted(CORN))).isInstanceOf(DataException.class)
          .hasMessageContaining("adjusted prices CORN").hasMessageContaining("expected 1 columns");
    }
  }

  private static int chunks(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM series_chunks")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
