package org.pystrade.data.arrow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.results.ResultFrame;
import org.pystrade.core.results.ResultWriter;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.ipc.ArrowIpc;
import org.pystrade.data.store.PandasMetadata;

/**
 * Writes result frames as Apache Arrow IPC files (the random-access "file" format, {@code .arrow}; Feather v2):
 * one record batch, the first column {@code DATETIME}, a naive {@code timestamp[ns]} (pandas' {@code
 * datetime64[ns]}), then the frame's columns as {@code double} under the names of pysystemtrade's golden exports, a
 * missing value (NaN) as null, as in {@link org.pystrade.data.parquet.ParquetResultWriter}; the schema carries
 * pandas' metadata, so that {@code pd.read_feather(FILE)} gives a frame indexed by {@code DATETIME}. Each file is
 * written to a temporary file beside it and renamed.
 *
 * <p>Arrow's memory module needs the JVM flag {@code --add-opens=java.base/java.nio=ALL-UNNAMED}; without it,
 * {@link #open()} is a {@link DataException} saying so.
 */
public final class ArrowResultWriter implements ResultWriter {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final ArrowIpc ipc;

  private ArrowResultWriter(ArrowIpc ipc) {
    this.ipc = ipc;
  }

  /**
   * Starts a writer (Arrow's memory).
   *
   * @return the writer; close it to release Arrow's memory
   * @throws DataException if Arrow cannot start (the JVM flag is missing)
   */
  public static ArrowResultWriter open() {
    ArrowIpc ipc = ArrowIpc.open("writing result files");
    ipc.writable().ifPresent(p -> {
      throw new DataException(ReasonCode.UNKNOWN, p);
    });
    return new ArrowResultWriter(ipc);
  }

  @Override
  public String extension() {
    return ArrowStore.EXTENSION;
  }

  @Override
  public void write(ResultFrame frame, Path file) throws IOException {
    ArgChecker.notNull(frame, "frame");
    ArgChecker.notNull(file, "file");
    List<String> names = frame.columnNames();
    long[] seconds = frame.frame().timesView();
    long[] nanos = new long[seconds.length];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = Math.multiplyExact(seconds[i], NANOS_PER_SECOND);
    }
    double[][] cols = new double[names.size()][];
    for (int c = 0; c < cols.length; c++) {
      cols[c] = frame.frame().column(names.get(c)).valuesView();
    }
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    try {
      ipc.write(new ArrowIpc.Table(ResultFrame.INDEX, TimeUnit.NANOSECONDS, names, nanos, cols, Map.of("pandas",
          PandasMetadata.json(ResultFrame.INDEX, ResultFrame.INDEX, names, c -> false))), true, tmp,
          StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException ex) {
      throw new IOException("cannot write " + frame.name() + " to " + file + ": " + ex.getMessage(), ex);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public void close() {
    ipc.close();
  }
}
