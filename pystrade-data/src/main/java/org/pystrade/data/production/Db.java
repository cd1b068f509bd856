package org.pystrade.data.production;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.data.jdbc.ConnectionPool;

/**
 * The database behind a production store: a pool of connections for reads, one writer at a time, and the
 * transaction of the current thread, which every write and read on that thread joins.
 */
final class Db {


  /** Work on a connection. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /** Maps a row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final String url;
  private final String shownUrl;
  private final boolean sqlite;
  private final ConnectionPool connections;
  private final Object writeLock = new Object();
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  Db(String url, String shownUrl) {
    this.url = url;
    this.shownUrl = shownUrl;
    if (url.startsWith("jdbc:sqlite:")) {
      sqlite = true;
    } else if (url.startsWith("jdbc:postgresql:")) {
      sqlite = false;
    } else {
      throw new DataException(ReasonCode.CONFIG_ERROR, "unsupported database URL " + shownUrl
          + ": expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
    }
    connections = new ConnectionPool(url, shownUrl, new Properties(), sqlite ? List.of("PRAGMA journal_mode=WAL",
        "PRAGMA busy_timeout=30000", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON") : List.of());
    try {
      Flyway.configure(Db.class.getClassLoader())
          .dataSource(url, null, null)
          .locations("classpath:org/pystrade/data/production/migration/" + (sqlite ? "sqlite" : "postgresql"))
          .table("pystrade_production_schema_history")
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    } catch (FlywayException ex) {
      throw new DataException(ReasonCode.MISSING_DATA, "cannot open or migrate the production state "
          + shownUrl + ": " + ex.getMessage(), ex);
    }
  }

  String shownUrl() {
    return shownUrl;
  }

  private Connection borrow() throws SQLException {
    return connections.borrow();
  }

  private void giveBack(Connection c) {
    connections.giveBack(c);
  }

  void close() {
    connections.close();
  }

  /** Reads, on the thread's transaction if there is one (so that it sees its own writes). */
  <T> T read(String what, SqlWork<T> work) {
    Connection tx = current.get();
    try {
      if (tx != null) {
        return work.run(tx);
      }
      Connection c = borrow();
      try {
        return work.run(c);
      } finally {
        giveBack(c);
      }
    } catch (SQLException ex) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "cannot read " + what + " from " + shownUrl + ": "
          + ex.getMessage(), ex);
    }
  }

  /**
   * Writes in one transaction: the thread's if there is one (the caller commits or rolls back), else a new one,
   * committed when the work ends and rolled back if it fails.
   */
  <T> T write(String what, SqlWork<T> work) {
    Connection tx = current.get();
    if (tx != null) {
      try {
        return work.run(tx);
      } catch (SQLException ex) {
        throw failure(what, ex);
      }
    }
    synchronized (writeLock) {
      Connection c;
      try {
        c = borrow();
        c.setAutoCommit(false);
      } catch (SQLException ex) {
        throw new DataException(ReasonCode.MISSING_DATA, "cannot connect to " + shownUrl + ": "
            + ex.getMessage(), ex);
      }
      current.set(c);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error ex) {
        try {
          c.rollback();
        } catch (SQLException rollbackFailure) {
          ex.addSuppressed(rollbackFailure);
        }
        if (ex instanceof DataException d) {
          throw new DataException(d.code(), what + " failed, nothing written: " + d.getMessage(), d);
        }
        if (ex instanceof SQLException s) {
          throw failure(what, s);
        }
        if (ex instanceof IllegalArgumentException i) {
          throw new DataException(ReasonCode.BAD_VALUE, what + " failed, nothing written: " + i.getMessage(), i);
        }
        if (ex instanceof RuntimeException r) {
          throw r;
        }
        throw (Error) ex;
      } finally {
        current.remove();
        giveBack(c);
      }
    }
  }

  private DataException failure(String what, SQLException ex) {
    return new DataException(ReasonCode.BAD_VALUE, what + " in " + shownUrl + " failed, nothing written: "
        + ex.getMessage(), ex);
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  static long insertReturningId(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(ps, params);
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        if (!rs.next()) {
          throw new SQLException("no id generated by " + sql);
        }
        return rs.getLong(1);
      }
    }
  }

  static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    }
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p == null) {
        ps.setNull(i + 1, java.sql.Types.NULL);
      } else if (p instanceof String s) {
        ps.setString(i + 1, s);
      } else if (p instanceof Long l) {
        ps.setLong(i + 1, l);
      } else if (p instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (p instanceof Double d) {
        ps.setDouble(i + 1, d);
      } else {
        throw new IllegalArgumentException("cannot bind " + p.getClass());
      }
    }
  }
}
