package org.pystrade.data.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.RollCycle;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.store.ConfigKind;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.store.InstrumentConfig;
import org.pystrade.data.store.RollConfig;
import org.pystrade.data.store.SeriesColumns;
import org.pystrade.data.store.SeriesKey;
import org.pystrade.data.store.SeriesKind;
import org.pystrade.data.store.SpreadCost;
import org.pystrade.data.store.StoreContents;
import org.pystrade.data.store.StoreListener;
import org.pystrade.data.store.StoreUpdate;

/**
 * A store in a relational database: SQLite ({@code jdbc:sqlite:FILE}, the embedded default) or PostgreSQL
 * ({@code jdbc:postgresql://HOST:PORT/DB?user=U&password=P}). Opening it applies the schema's Flyway migrations
 * ({@code classpath:org/pystrade/data/jdbc/migration/VENDOR} and {@link V2__Series_as_column_chunks}): every
 * series in {@value #CHUNKS}, as one or more chunks of columns keyed by kind, id (instrument,
 * {@code INSTRUMENT/YYYYMMDD} contract, FX pair) and sequence number, each with its first and last time (naive
 * seconds since 1970, as {@link Timestamps}) and row count ({@link ColumnChunks} for the blob's layout: times and
 * values as 8-byte numbers, NaN kept); a table per configuration file; and the list of series stored
 * ({@code stored_series}, so that an empty series is still there). A replaced series is one chunk; an append adds
 * a chunk, and a series of more than {@value #MAX_CHUNKS} chunks is rewritten as one in the same transaction.
 *
 * <p>An update ({@link #apply}) is one transaction: a failure rolls it back. Reads use a small pool of
 * connections and may run on several threads at once, also during an update (SQLite in WAL mode, PostgreSQL's
 * read-committed isolation: a reader sees the series as committed before or after the update).
 */
public final class JdbcStore implements DataStore {

  /** The table of series chunks. */
  static final String CHUNKS = "series_chunks";
  /** Appends beyond this many chunks rewrite the series as one. */
  static final int MAX_CHUNKS = 32;

  /** The databases supported. */
  private enum Vendor {
    SQLITE("sqlite"), POSTGRESQL("postgresql");

    final String migrations;

    Vendor(String migrations) {
      this.migrations = migrations;
    }
  }

  private final String url;
  private final String shownUrl;
  private final Vendor vendor;
  private final StoreListener listener;
  private final ConnectionPool connections;
  private final Object writeLock = new Object();

  private JdbcStore(String url, StoreListener listener) {
    this.url = url;
    this.shownUrl = displayUrl(url);
    this.listener = listener;
    if (url.startsWith("jdbc:sqlite:")) {
      vendor = Vendor.SQLITE;
    } else if (url.startsWith("jdbc:postgresql:")) {
      vendor = Vendor.POSTGRESQL;
    } else {
      throw new DataException(ReasonCode.CONFIG_ERROR, "unsupported database URL " + shownUrl
          + ": expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
    }
    Properties p = new Properties();
    if (vendor == Vendor.POSTGRESQL) {
      p.setProperty("reWriteBatchedInserts", "true");
    }
    this.connections = new ConnectionPool(url, shownUrl, p, vendor == Vendor.SQLITE
        ? List.of("PRAGMA journal_mode=WAL", "PRAGMA busy_timeout=30000", "PRAGMA synchronous=NORMAL") : List.of());
    migrate();
  }

  /**
   * Opens a database store, creating or upgrading its schema.
   *
   * @param jdbcUrl {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...} (user and password as URL
   *     parameters)
   * @return the store; close it to release its connections
   * @throws DataException if the database cannot be reached or migrated
   */
  public static JdbcStore open(String jdbcUrl) {
    return open(jdbcUrl, StoreListener.NONE);
  }

  /**
   * Opens a database store with a listener of updates.
   *
   * @param jdbcUrl the URL
   * @param listener told of each part written by an update (inside its transaction)
   * @return the store
   * @throws DataException if the database cannot be reached or migrated
   */
  public static JdbcStore open(String jdbcUrl, StoreListener listener) {
    ArgChecker.notBlank(jdbcUrl, "jdbcUrl");
    ArgChecker.notNull(listener, "listener");
    return new JdbcStore(jdbcUrl, listener);
  }

  /**
   * A JDBC URL as shown in messages: a {@code password=} parameter's value replaced by {@code ***}.
   *
   * @param url the URL
   * @return the URL to show
   */
  public static String displayUrl(String url) {
    return url.replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
  }

  private void migrate() {
    try {
      Flyway.configure(JdbcStore.class.getClassLoader())
          .dataSource(url, null, null)
          .locations("classpath:org/pystrade/data/jdbc/migration/" + vendor.migrations)
          .table("pystrade_schema_history")
          .javaMigrations(new V2__Series_as_column_chunks(vendor == Vendor.POSTGRESQL))
          .load()
          .migrate();
    } catch (FlywayException ex) {
      throw new DataException(ReasonCode.MISSING_DATA, "cannot open or migrate the database " + shownUrl + ": "
          + ex.getMessage(), ex);
    }
  }

  @Override
  public String location() {
    return shownUrl;
  }

  // ------------------------------------------------------------------ connections

  private Connection borrow() throws SQLException {
    return connections.borrow();
  }

  private void giveBack(Connection c) {
    connections.giveBack(c);
  }

  @Override
  public void close() {
    connections.close();
  }

  private static String kindName(SeriesKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  // ------------------------------------------------------------------ reads

  @Override
  public StoreContents contents() {
    List<InstrumentCode> adjusted = new ArrayList<>();
    List<InstrumentCode> multiple = new ArrayList<>();
    List<InstrumentCode> rolls = new ArrayList<>();
    List<FuturesContract> contracts = new ArrayList<>();
    List<FxPair> fx = new ArrayList<>();
    Set<ConfigKind> tables = EnumSet.noneOf(ConfigKind.class);
    try {
      Connection c = borrow();
      try (Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("SELECT kind, id FROM stored_series")) {
          while (rs.next()) {
            String id = rs.getString(2);
            switch (SeriesKind.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT))) {
              case ADJUSTED_PRICES -> adjusted.add(InstrumentCode.of(id));
              case MULTIPLE_PRICES -> multiple.add(InstrumentCode.of(id));
              case ROLL_CALENDAR -> rolls.add(InstrumentCode.of(id));
              case CONTRACT_PRICES -> contracts.add(FuturesContract.parse(id));
              case FX_PRICES -> fx.add(FxPair.of(id));
            }
          }
        }
        try (ResultSet rs = s.executeQuery("SELECT name FROM stored_config")) {
          while (rs.next()) {
            tables.add(ConfigKind.valueOf(rs.getString(1)));
          }
        }
      } finally {
        giveBack(c);
      }
    } catch (SQLException ex) {
      throw sqlFailure("cannot list", ex);
    }
    return new StoreContents(adjusted, multiple, rolls, contracts, fx, tables);
  }

  private DataException sqlFailure(String what, SQLException ex) {
    return new DataException(ReasonCode.MALFORMED_DATA, what + " " + shownUrl + ": " + ex.getMessage(), ex);
  }

  @Override
  public SeriesColumns read(SeriesKey key) {
    ArgChecker.notNull(key, "key");
    try {
      Connection c = borrow();
      try {
        return readChunks(c, key);
      } finally {
        giveBack(c);
      }
    } catch (SQLException ex) {
      throw sqlFailure("cannot read " + key + " from", ex);
    }
  }

  private SeriesColumns readChunks(Connection c, SeriesKey key) throws SQLException {
    List<byte[]> chunks = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT data FROM " + CHUNKS
        + " WHERE kind = ? AND id = ? ORDER BY seq")) {
      ps.setString(1, kindName(key.kind()));
      ps.setString(2, key.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          chunks.add(rs.getBytes(1));
        }
      }
    }
    if (chunks.isEmpty() && !isStored(c, key)) {
      throw new DataException(ReasonCode.MISSING_DATA, "no " + key + " in " + shownUrl);
    }
    try {
      return ColumnChunks.decode(chunks, key.kind().columns().size(), key + " in " + shownUrl);
    } catch (IllegalArgumentException ex) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "cannot read " + ex.getMessage(), ex);
    }
  }

  private static boolean isStored(Connection c, SeriesKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM stored_series WHERE kind = ? AND id = ?")) {
      ps.setString(1, kindName(key.kind()));
      ps.setString(2, key.id());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> config(String sql, RowReader<T> reader) {
    List<T> out = new ArrayList<>();
    try {
      Connection c = borrow();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          try {
            out.add(reader.read(rs));
          } catch (IllegalArgumentException ex) {
            throw new DataException(ReasonCode.BAD_VALUE, "invalid configuration row in " + shownUrl + ": "
                + ex.getMessage(), ex);
          }
        }
      } finally {
        giveBack(c);
      }
    } catch (SQLException ex) {
      throw sqlFailure("cannot read configuration from", ex);
    }
    return out;
  }

  private static double number(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  @Override
  public List<InstrumentConfig> instrumentConfig() {
    return config("SELECT instrument, description, point_size, currency, asset_class, per_block, percentage, "
        + "per_trade, region FROM instrument_config ORDER BY position", rs -> new InstrumentConfig(
            InstrumentCode.of(rs.getString(1)), rs.getString(2), number(rs, 3), Currency.of(rs.getString(4)),
            rs.getString(5), number(rs, 6), number(rs, 7), number(rs, 8), rs.getString(9)));
  }

  @Override
  public List<RollConfig> rollConfig() {
    return config("SELECT instrument, hold_roll_cycle, roll_offset_days, carry_offset, priced_roll_cycle, "
        + "expiry_offset FROM roll_config ORDER BY position", rs -> new RollConfig(InstrumentCode.of(rs.getString(1)),
            RollCycle.of(rs.getString(2)), rs.getInt(3), rs.getInt(4), RollCycle.of(rs.getString(5)),
            rs.getInt(6)));
  }

  @Override
  public List<SpreadCost> spreadCosts() {
    return config("SELECT instrument, spread_cost FROM spread_costs ORDER BY position",
        rs -> SpreadCost.of(InstrumentCode.of(rs.getString(1)), number(rs, 2)));
  }

  // ------------------------------------------------------------------ writes

  @Override
  public void apply(StoreUpdate update) {
    ArgChecker.notNull(update, "update");
    if (update.isEmpty()) {
      return;
    }
    synchronized (writeLock) {
      Connection c;
      try {
        c = borrow();
      } catch (SQLException ex) {
        throw sqlFailure("cannot connect to", ex);
      }
      try {
        c.setAutoCommit(false);
        for (StoreUpdate.SeriesWrite w : update.seriesWrites()) {
          writeSeries(c, w);
          listener.written(w.key().toString());
        }
        for (ConfigKind kind : update.configWrites()) {
          writeConfig(c, kind, update);
          listener.written(kind.baseName());
        }
        c.commit();
      } catch (SQLException | RuntimeException | Error ex) {
        try {
          c.rollback();
        } catch (SQLException rollbackFailure) {
          ex.addSuppressed(rollbackFailure);
        }
        String what = "update of " + shownUrl + " failed, nothing written (" + update + "): ";
        if (ex instanceof DataException d) {
          throw new DataException(d.code(), what + d.getMessage(), d);
        }
        throw new DataException(ReasonCode.UNKNOWN, what + ex, ex);
      } finally {
        giveBack(c);
      }
    }
  }

  private void writeSeries(Connection c, StoreUpdate.SeriesWrite w) throws SQLException {
    SeriesKey key = w.key();
    String kind = kindName(key.kind());
    SeriesColumns data = w.data();
    if (w.mode() == StoreUpdate.Mode.REPLACE) {
      deleteChunks(c, key);
      if (data.size() > 0) {
        insertChunk(c, key.kind(), key.id(), 0, data);
      }
    } else if (data.size() > 0) {
      int chunks = 0;
      int lastSeq = -1;
      long last = Long.MIN_VALUE;
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MAX(seq), MAX(last_ts) FROM " + CHUNKS
          + " WHERE kind = ? AND id = ?")) {
        ps.setString(1, kind);
        ps.setString(2, key.id());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next() && rs.getInt(1) > 0) {
            chunks = rs.getInt(1);
            lastSeq = rs.getInt(2);
            last = rs.getLong(3);
          }
        }
      }
      if (chunks > 0 && data.times()[0] <= last) {
        throw new DataException(ReasonCode.BAD_VALUE, "cannot append to " + key + ": appended rows must "
            + "follow the last row " + Timestamps.format(last) + " but start at "
            + Timestamps.format(data.times()[0]));
      }
      if (chunks + 1 > MAX_CHUNKS) {
        SeriesColumns all = readChunks(c, key).append(data);
        deleteChunks(c, key);
        insertChunk(c, key.kind(), key.id(), 0, all);
      } else {
        insertChunk(c, key.kind(), key.id(), lastSeq + 1, data);
      }
    }
    String upsert = vendor == Vendor.SQLITE
        ? "INSERT OR IGNORE INTO stored_series (kind, id) VALUES (?, ?)"
        : "INSERT INTO stored_series (kind, id) VALUES (?, ?) ON CONFLICT DO NOTHING";
    try (PreparedStatement ps = c.prepareStatement(upsert)) {
      ps.setString(1, kind);
      ps.setString(2, key.id());
      ps.executeUpdate();
    }
  }

  private static void deleteChunks(Connection c, SeriesKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + CHUNKS + " WHERE kind = ? AND id = ?")) {
      ps.setString(1, kindName(key.kind()));
      ps.setString(2, key.id());
      ps.executeUpdate();
    }
  }

  /**
   * Inserts one chunk of a series.
   *
   * @param c the connection, in a transaction
   * @param kind the series' kind
   * @param id the series' id
   * @param seq the chunk's sequence number
   * @param data its rows, at least one
   * @throws SQLException if it cannot be inserted
   */
  static void insertChunk(Connection c, SeriesKind kind, String id, int seq, SeriesColumns data)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + CHUNKS
        + " (kind, id, seq, first_ts, last_ts, row_count, data) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, kindName(kind));
      ps.setString(2, id);
      ps.setInt(3, seq);
      ps.setLong(4, data.times()[0]);
      ps.setLong(5, data.times()[data.size() - 1]);
      ps.setInt(6, data.size());
      ps.setBytes(7, ColumnChunks.encode(data));
      ps.executeUpdate();
    }
  }

  private void writeConfig(Connection c, ConfigKind kind, StoreUpdate update) throws SQLException {
    String tableName = switch (kind) {
      case INSTRUMENT_CONFIG -> "instrument_config";
      case ROLL_CONFIG -> "roll_config";
      case SPREAD_COSTS -> "spread_costs";
    };
    try (Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM " + tableName);
    }
    switch (kind) {
      case INSTRUMENT_CONFIG -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO instrument_config (position, instrument, "
            + "description, point_size, currency, asset_class, per_block, percentage, per_trade, region) VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          int pos = 0;
          for (InstrumentConfig r : update.instrumentConfig().orElseThrow()) {
            ps.setInt(1, pos++);
            ps.setString(2, r.instrument().value());
            ps.setString(3, r.description());
            setNumber(ps, 4, r.pointSize());
            ps.setString(5, r.currency().code());
            ps.setString(6, r.assetClass());
            setNumber(ps, 7, r.perBlock());
            setNumber(ps, 8, r.percentage());
            setNumber(ps, 9, r.perTrade());
            ps.setString(10, r.region());
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
      case ROLL_CONFIG -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO roll_config (position, instrument, "
            + "hold_roll_cycle, roll_offset_days, carry_offset, priced_roll_cycle, expiry_offset) VALUES "
            + "(?, ?, ?, ?, ?, ?, ?)")) {
          int pos = 0;
          for (RollConfig r : update.rollConfig().orElseThrow()) {
            ps.setInt(1, pos++);
            ps.setString(2, r.instrument().value());
            ps.setString(3, r.holdCycle().letters());
            ps.setInt(4, r.rollOffsetDays());
            ps.setInt(5, r.carryOffset());
            ps.setString(6, r.pricedCycle().letters());
            ps.setInt(7, r.expiryOffset());
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
      case SPREAD_COSTS -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO spread_costs (position, instrument, "
            + "spread_cost) VALUES (?, ?, ?)")) {
          int pos = 0;
          for (SpreadCost r : update.spreadCosts().orElseThrow()) {
            ps.setInt(1, pos++);
            ps.setString(2, r.instrument().value());
            setNumber(ps, 3, r.spreadCost());
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
    }
    String mark = vendor == Vendor.SQLITE ? "INSERT OR IGNORE INTO stored_config (name) VALUES (?)"
        : "INSERT INTO stored_config (name) VALUES (?) ON CONFLICT DO NOTHING";
    try (PreparedStatement ps = c.prepareStatement(mark)) {
      ps.setString(1, kind.name());
      ps.executeUpdate();
    }
  }

  private static void setNumber(PreparedStatement ps, int i, double v) throws SQLException {
    if (v != v) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  @Override
  public String toString() {
    return "JdbcStore[" + shownUrl + "]";
  }
}
