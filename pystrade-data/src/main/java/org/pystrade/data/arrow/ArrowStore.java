package org.pystrade.data.arrow;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.csv.CsvConfig;
import org.pystrade.data.ipc.ArrowIpc;
import org.pystrade.data.store.DataTypeFileStore;
import org.pystrade.data.store.SeriesColumns;
import org.pystrade.data.store.SeriesKey;
import org.pystrade.data.store.SeriesKind;
import org.pystrade.data.store.StoreListener;

/**
 * Apache Arrow IPC files (the random-access "file" format, {@code .arrow}, readable by {@code pyarrow.ipc} and
 * {@code pandas.read_feather}), one per series, in the folders of pysystemtrade's parquet layout:
 *
 * <pre>
 * ROOT/futures_adjusted_prices/INSTRUMENT.arrow             DATETIME, price
 * ROOT/futures_multiple_prices/INSTRUMENT.arrow             DATETIME, CARRY, CARRY_CONTRACT, PRICE, PRICE_CONTRACT, FORWARD, FORWARD_CONTRACT
 * ROOT/futures_contract_prices/INSTRUMENT#YYYYMMDD.arrow    DATETIME, OPEN, HIGH, LOW, FINAL, VOLUME
 * ROOT/spotfx_prices/XXXYYY.arrow                           DATETIME, PRICE
 * ROOT/futures_roll_calendars/INSTRUMENT.arrow              DATE_TIME, current_contract, next_contract, carry_contract
 * ROOT/csvconfig/instrumentconfig.csv, rollconfig.csv, spreadcosts.csv
 * </pre>
 *
 * The time column is a naive {@code timestamp[s]}, every other column a {@code double} (contract ids as
 * {@code 20231200.0}; NaN stored as NaN, and a null read as NaN), in one record batch: a file is read by copying
 * its buffers into Java arrays, without a per-value call.
 *
 * <p>Files are read straight into arrays (see {@link ArrowIpc}), with no JVM flag. Writing goes through Arrow's
 * memory module, which needs the JVM flag {@code --add-opens=java.base/java.nio=ALL-UNNAMED}; without it, a write is
 * a {@link DataException} saying so. Reads may run on several threads at once; writes are
 * atomic per file and all-or-nothing per update (see {@link org.pystrade.data.store.FileStore}).
 */
public final class ArrowStore extends DataTypeFileStore {

  /** The file extension. */
  static final String EXTENSION = ".arrow";

  private final ArrowIpc ipc;

  private ArrowStore(Path root, StoreListener listener) {
    super(root, CsvConfig.codec(), listener, EXTENSION);
    this.ipc = ArrowIpc.open(location());
  }

  /**
   * Opens (or, on the first write, creates) an Arrow store.
   *
   * @param root the folder
   * @return the store; close it to release Arrow's memory
   */
  public static ArrowStore open(Path root) {
    return open(root, StoreListener.NONE);
  }

  /**
   * Opens an Arrow store with a listener of updates.
   *
   * @param root the folder
   * @param listener told of each part written
   * @return the store; close it to release Arrow's memory
   */
  public static ArrowStore open(Path root, StoreListener listener) {
    ArgChecker.notNull(root, "root");
    ArgChecker.notNull(listener, "listener");
    return new ArrowStore(root, listener);
  }

  @Override
  public String location() {
    return "arrow:" + root();
  }

  @Override
  protected SeriesColumns readFile(SeriesKey key, Path file) {
    SeriesKind kind = key.kind();
    ArrowIpc.Table table;
    try {
      table = ipc.read(file);
    } catch (IOException ex) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "cannot read " + key + " from " + file + ": " + ex, ex);
    }
    if (table.unit() != TimeUnit.SECONDS || !table.names().equals(kind.columns())) {
      throw new DataException(ReasonCode.MALFORMED_DATA, file + " is not an Arrow file of " + kind.label()
          + ": expected columns " + kind.indexName() + " (timestamp[s]) and " + kind.columns() + " but has "
          + table.timeName() + " (timestamp in " + table.unit() + ") and " + table.names());
    }
    long[] times = table.times();
    for (int i = 1; i < times.length; i++) {
      if (times[i] <= times[i - 1]) {
        throw new DataException(ReasonCode.MALFORMED_DATA, file + ": row " + (i + 1) + " at "
            + Timestamps.format(times[i]) + " does not follow " + Timestamps.format(times[i - 1]));
      }
    }
    return new SeriesColumns(times, table.columns());
  }

  @Override
  protected void writeFile(SeriesKey key, SeriesColumns data, Path target, Path finalFile) throws IOException {
    SeriesKind kind = key.kind();
    ipc.write(new ArrowIpc.Table(kind.indexName(), TimeUnit.SECONDS, kind.columns(), data.times(), data.columns(),
        Map.of()), false, target, StandardOpenOption.CREATE_NEW);
  }

  @Override
  public void close() {
    ipc.close();
  }

}
