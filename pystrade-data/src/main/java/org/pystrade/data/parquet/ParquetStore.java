package org.pystrade.data.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.duckdb.DuckDBConnection;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.csv.CsvConfig;
import org.pystrade.data.store.DataTypeFileStore;
import org.pystrade.data.store.PandasMetadata;
import org.pystrade.data.store.SeriesColumns;
import org.pystrade.data.store.SeriesKey;
import org.pystrade.data.store.SeriesKind;
import org.pystrade.data.store.StoreListener;

/**
 * Parquet files, one per series, as pysystemtrade 1.80's {@code ParquetAccess} lays them out
 * ({@code ROOT/DATA_TYPE/IDENTIFIER.parquet}):
 *
 * <pre>
 * ROOT/futures_adjusted_prices/INSTRUMENT.parquet             price
 * ROOT/futures_multiple_prices/INSTRUMENT.parquet             CARRY, CARRY_CONTRACT, PRICE, PRICE_CONTRACT, FORWARD, FORWARD_CONTRACT
 * ROOT/futures_contract_prices/INSTRUMENT#YYYYMMDD.parquet    OPEN, HIGH, LOW, FINAL, VOLUME
 * ROOT/spotfx_prices/XXXYYY.parquet                           price
 * ROOT/futures_roll_calendars/INSTRUMENT.parquet              current_contract, next_contract, carry_contract
 * ROOT/csvconfig/instrumentconfig.csv, rollconfig.csv, spreadcosts.csv
 * </pre>
 *
 * Each file is what pandas' {@code to_parquet} writes for pysystemtrade's data frame: the value columns (prices as
 * DOUBLE, NaN as null; contract ids as text, {@code "20231200"}, as pysystemtrade writes them) followed by the index,
 * a naive {@code TIMESTAMP} in nanoseconds named {@code __index_level_0__}, and pandas' schema metadata, so that
 * pysystemtrade's {@code pd.read_parquet} reads the index back as its index. pysystemtrade keeps roll calendars and
 * configuration in CSV files whatever stores its prices; so does this store for the configuration
 * ({@code csvconfig}, see {@link CsvConfig}), while roll calendars get a folder of their own.
 *
 * <p>Reads run on a small pool of DuckDB connections to one in-memory engine, several at once; writes are atomic
 * per file and all-or-nothing per update (see {@link org.pystrade.data.store.FileStore}).
 */
public final class ParquetStore extends DataTypeFileStore {

  /** The file extension. */
  static final String EXTENSION = ".parquet";
  /** The index column pandas writes for an unnamed index. */
  static final String INDEX = "__index_level_0__";
  /** How many times a file replaced while it is read is read again. */
  private static final int READ_ATTEMPTS = 5;

  private final Connection engine;
  private final ConcurrentLinkedDeque<Connection> pool = new ConcurrentLinkedDeque<>();
  private final List<Connection> all = new ArrayList<>();
  private volatile boolean closed;

  private ParquetStore(Path root, StoreListener listener) {
    super(root, CsvConfig.codec(), listener, EXTENSION);
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      Properties p = new Properties();
      p.setProperty("threads", "1");
      this.engine = DriverManager.getConnection("jdbc:duckdb:", p);
    } catch (SQLException | ClassNotFoundException ex) {
      throw new DataException(ReasonCode.UNKNOWN, "cannot start DuckDB for " + location() + ": " + ex, ex);
    }
  }

  /**
   * Opens (or, on the first write, creates) a Parquet store.
   *
   * @param root the folder
   * @return the store; close it to release DuckDB
   */
  public static ParquetStore open(Path root) {
    return open(root, StoreListener.NONE);
  }

  /**
   * Opens a Parquet store with a listener of updates.
   *
   * @param root the folder
   * @param listener told of each part written
   * @return the store; close it to release DuckDB
   */
  public static ParquetStore open(Path root, StoreListener listener) {
    ArgChecker.notNull(root, "root");
    ArgChecker.notNull(listener, "listener");
    return new ParquetStore(root, listener);
  }

  @Override
  public String location() {
    return "parquet:" + root();
  }

  /** The column names of a kind in the files: pysystemtrade's, with {@code price} for FX. */
  static List<String> fileColumns(SeriesKind kind) {
    return kind == SeriesKind.FX_PRICES ? List.of("price") : kind.columns();
  }

  private Connection borrow() throws SQLException {
    if (closed) {
      throw new IllegalStateException(location() + " is closed");
    }
    Connection c = pool.pollFirst();
    if (c == null) {
      c = ((DuckDBConnection) engine).duplicate();
      synchronized (all) {
        all.add(c);
      }
    }
    return c;
  }

  private void giveBack(Connection c) {
    pool.addFirst(c);
  }

  @Override
  protected SeriesColumns readFile(SeriesKey key, Path file) {
    SeriesKind kind = key.kind();
    List<String> names = fileColumns(kind);
    StringBuilder sql = new StringBuilder("SELECT epoch_ns(").append(ParquetCopy.quote(INDEX)).append(")");
    for (int c = 0; c < names.size(); c++) {
      sql.append(", ");
      if (kind.isContractColumn(c)) {
        sql.append("TRY_CAST(").append(ParquetCopy.quote(names.get(c))).append(" AS DOUBLE)");
      } else {
        sql.append("CAST(").append(ParquetCopy.quote(names.get(c))).append(" AS DOUBLE)");
      }
    }
    // no ORDER BY: files are written in time order (a sort would materialise every row first); rows found out of
    // order are sorted here
    sql.append(" FROM read_parquet(").append(ParquetCopy.literal(file.toString())).append(")");
    // DuckDB opens the file by name more than once during a read: a file replaced meanwhile (an update renaming a
    // new file onto it) can fail the read; it is then read again, as it now is
    for (int attempt = 1; ; attempt++) {
      Object before = identity(file);
      try {
        Connection c = borrow();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
          SeriesColumns result = collect(rs, names.size(), file);
          if (before != null && before.equals(identity(file)) || attempt == READ_ATTEMPTS) {
            return result;
          }
        } finally {
          giveBack(c);
        }
      } catch (SQLException | DataException ex) {
        if (attempt == READ_ATTEMPTS || before == null || before.equals(identity(file))) {
          throw ex instanceof DataException d ? d : new DataException(ReasonCode.MALFORMED_DATA, "cannot read "
              + key + " from " + file + ": " + ex.getMessage(), ex);
        }
      }
    }
  }

  /** The file's identity (device and inode), or null if it cannot be read. */
  private static Object identity(Path file) {
    try {
      return java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    } catch (IOException ex) {
      return null;
    }
  }

  private static SeriesColumns collect(ResultSet rs, int k, Path file) throws SQLException {
    int cap = 4096;
    long[] t = new long[cap];
    double[][] v = new double[k][cap];
    int n = 0;
    while (rs.next()) {
      if (n == cap) {
        cap *= 2;
        t = java.util.Arrays.copyOf(t, cap);
        for (int c = 0; c < k; c++) {
          v[c] = java.util.Arrays.copyOf(v[c], cap);
        }
      }
      long ns = rs.getLong(1);
      if (rs.wasNull()) {
        throw new DataException(ReasonCode.MALFORMED_DATA, file + ": row " + (n + 1) + " has no timestamp");
      }
      t[n] = Math.floorDiv(ns, 1_000_000_000L);
      for (int c = 0; c < k; c++) {
        double x = rs.getDouble(c + 2);
        v[c][n] = rs.wasNull() ? Double.NaN : x;
      }
      n++;
    }
    long[] times = java.util.Arrays.copyOf(t, n);
    double[][] cols = new double[k][];
    for (int c = 0; c < k; c++) {
      cols[c] = java.util.Arrays.copyOf(v[c], n);
    }
    boolean sorted = true;
    for (int i = 1; i < n && sorted; i++) {
      sorted = times[i] > times[i - 1];
    }
    if (!sorted) {
      sortByTime(times, cols);
    }
    for (int i = 1; i < n; i++) {
      if (times[i] == times[i - 1]) {
        throw new DataException(ReasonCode.MALFORMED_DATA, file + ": timestamp "
            + org.pystrade.core.series.Timestamps.format(times[i]) + " appears twice");
      }
    }
    return new SeriesColumns(times, cols);
  }

  /** Sorts the rows by time (stable), in place. */
  private static void sortByTime(long[] times, double[][] cols) {
    Integer[] order = new Integer[times.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
    long[] t = times.clone();
    for (int i = 0; i < order.length; i++) {
      times[i] = t[order[i]];
    }
    for (double[] c : cols) {
      double[] v = c.clone();
      for (int i = 0; i < order.length; i++) {
        c[i] = v[order[i]];
      }
    }
  }

  @Override
  protected void writeFile(SeriesKey key, SeriesColumns data, Path target, Path finalFile) throws IOException {
    SeriesKind kind = key.kind();
    List<String> names = fileColumns(kind);
    synchronized (engine) {
      try {
        ParquetCopy.write(engine, "w", data.times(), data.columns(), names, kind::isContractColumn, INDEX, false,
            PandasMetadata.json(INDEX, null, names, kind::isContractColumn), target);
      } catch (SQLException ex) {
        throw new IOException("cannot write " + key + " to " + target + ": " + ex.getMessage(), ex);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (all) {
      for (Connection c : all) {
        closeQuietly(c);
      }
      all.clear();
    }
    pool.clear();
    closeQuietly(engine);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ex) {
      // closing: nothing to do
    }
  }
}
