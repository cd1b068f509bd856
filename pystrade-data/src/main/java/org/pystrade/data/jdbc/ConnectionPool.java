package org.pystrade.data.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections of one database, reused: a connection is opened when none is free (running the statements that
 * set the session up, such as SQLite's pragmas), given back after use (rolled back if a transaction was left open),
 * and every connection ever opened is closed with the pool. Shared by the data store ({@link JdbcStore}) and the
 * production state store, which differ only in their driver properties and session statements.
 */
public final class ConnectionPool {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionPool.class);

  private final String url;
  private final String shownUrl;
  private final Properties properties;
  private final List<String> sessionStatements;
  private final ConcurrentLinkedDeque<Connection> free = new ConcurrentLinkedDeque<>();
  private final List<Connection> all = new ArrayList<>();
  private volatile boolean closed;

  /**
   * A pool of connections to a database.
   *
   * @param url the JDBC URL
   * @param shownUrl the URL as messages show it (without a password)
   * @param properties the driver's connection properties
   * @param sessionStatements statements run on every new connection, in order
   */
  public ConnectionPool(String url, String shownUrl, Properties properties, List<String> sessionStatements) {
    this.url = ArgChecker.notNull(url, "url");
    this.shownUrl = ArgChecker.notNull(shownUrl, "shownUrl");
    this.properties = new Properties();
    this.properties.putAll(ArgChecker.notNull(properties, "properties"));
    this.sessionStatements = List.copyOf(sessionStatements);
  }

  /**
   * A free connection, or a new one.
   *
   * @return the connection, to be given back with {@link #giveBack}
   * @throws SQLException if a new connection cannot be opened or set up
   * @throws IllegalStateException if the pool is closed
   */
  public Connection borrow() throws SQLException {
    if (closed) {
      throw new IllegalStateException(shownUrl + " is closed");
    }
    Connection c = free.pollFirst();
    if (c != null) {
      return c;
    }
    c = DriverManager.getConnection(url, properties);
    if (!sessionStatements.isEmpty()) {
      try (Statement s = c.createStatement()) {
        for (String sql : sessionStatements) {
          s.execute(sql);
        }
      }
    }
    synchronized (all) {
      all.add(c);
    }
    return c;
  }

  /**
   * Gives a connection back: a transaction left open is rolled back; a connection that fails to reset is dropped.
   *
   * @param c a connection of this pool
   */
  public void giveBack(Connection c) {
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
      free.addFirst(c);
    } catch (SQLException ex) {
      LOG.warn("dropping a connection to {}: {}", shownUrl, ex.toString());
      closeQuietly(c);
    }
  }

  /** Closes every connection the pool opened; it opens none after. */
  public void close() {
    closed = true;
    synchronized (all) {
      all.forEach(ConnectionPool::closeQuietly);
      all.clear();
    }
    free.clear();
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ex) {
      // closing anyway
    }
  }
}
