package org.pystrade.data.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.results.ResultFrame;
import org.pystrade.core.results.ResultWriter;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.store.PandasMetadata;

/**
 * Writes result frames as Parquet files, through DuckDB: the first column {@code DATETIME}, a naive
 * {@code TIMESTAMP} in nanoseconds (pandas' {@code datetime64[ns]}), then the frame's columns as {@code DOUBLE}
 * under the names of pysystemtrade's golden exports, a missing value (NaN) as null; with pandas' metadata, so
 * that {@code pd.read_parquet(FILE)} gives a frame indexed by {@code DATETIME}. Each file is written to a temporary
 * file beside it and renamed. One thread at a time.
 */
public final class ParquetResultWriter implements ResultWriter {

  private final Connection engine;

  private ParquetResultWriter(Connection engine) {
    this.engine = engine;
  }

  /**
   * Starts a writer (an in-memory DuckDB engine).
   *
   * @return the writer; close it to release DuckDB
   * @throws DataException if DuckDB cannot start
   */
  public static ParquetResultWriter open() {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      return new ParquetResultWriter(DriverManager.getConnection("jdbc:duckdb:"));
    } catch (SQLException | ClassNotFoundException ex) {
      throw new DataException(ReasonCode.UNKNOWN, "cannot start DuckDB to write Parquet files: " + ex, ex);
    }
  }

  @Override
  public String extension() {
    return ParquetStore.EXTENSION;
  }

  @Override
  public void write(ResultFrame frame, Path file) throws IOException {
    ArgChecker.notNull(frame, "frame");
    ArgChecker.notNull(file, "file");
    var names = frame.columnNames();
    double[][] cols = new double[names.size()][];
    for (int c = 0; c < cols.length; c++) {
      cols[c] = frame.frame().column(names.get(c)).valuesView();
    }
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    try {
      Files.deleteIfExists(tmp);
      ParquetCopy.write(engine, "result", frame.frame().timesView(), cols, names, c -> false, ResultFrame.INDEX,
          true, PandasMetadata.json(ResultFrame.INDEX, ResultFrame.INDEX, names, c -> false), tmp);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException ex) {
      throw new IOException("cannot write " + frame.name() + " to " + file + ": " + ex.getMessage(), ex);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public void close() {
    try {
      engine.close();
    } catch (SQLException ex) {
      throw new DataException(ReasonCode.UNKNOWN, "cannot close DuckDB: " + ex.getMessage(), ex);
    }
  }
}
