package org.pystrade.data.production;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.pystrade.data.testing.ProductionStoreContract;
import org.pystrade.data.testing.TestPostgres;

/**
 * The production store contract on a real PostgreSQL started by the test: one database per store. Skipped, saying
 * why, only when PostgreSQL cannot start here.
 */
class PostgresProductionStoreTest extends ProductionStoreContract {

  private static TestPostgres postgres;

  @BeforeAll
  static void start() {
    postgres = TestPostgres.start("PostgreSQL production store tests");
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
  protected ProductionStore open(Path dir, WriteListener listener) {
    return ProductionStore.open(postgres.urlFor(dir), listener);
  }
}
