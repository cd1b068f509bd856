package org.pystrade.data.arrow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampSecVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.csv.CsvConfig;
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
 * <p>Arrow's memory module needs the JVM flag {@code --add-opens=java.base/java.nio=ALL-UNNAMED}; without it,
 * opening the store is a {@link DataException} saying so. Reads may run on several threads at once; writes are
 * atomic per file and all-or-nothing per update (see {@link org.pystrade.data.store.FileStore}).
 */
public final class ArrowStore extends DataTypeFileStore {

  /** The file extension. */
  static final String EXTENSION = ".arrow";

  private final BufferAllocator allocator;

  private ArrowStore(Path root, StoreListener listener) {
    super(root, CsvConfig.codec(), listener, EXTENSION);
    this.allocator = ArrowFiles.allocator(location());
  }

  /**
   * Opens (or, on the first write, creates) an Arrow store.
   *
   * @param root the folder
   * @return the store; close it to release Arrow's memory
   * @throws DataException if Arrow cannot start (the JVM flag is missing)
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
   * @throws DataException if Arrow cannot start (the JVM flag is missing)
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

  private static Schema schema(SeriesKind kind) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field(kind.indexName(), FieldType.notNullable(new ArrowType.Timestamp(TimeUnit.SECOND, null)),
        null));
    for (String c : kind.columns()) {
      fields.add(new Field(c, FieldType.nullable(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)), null));
    }
    return new Schema(fields);
  }

  @Override
  protected SeriesColumns readFile(SeriesKey key, Path file) {
    SeriesKind kind = key.kind();
    int k = kind.columns().size();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        BufferAllocator child = allocator.newChildAllocator("read", 0, Long.MAX_VALUE);
        ArrowFileReader reader = new ArrowFileReader(ch, child)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      List<FieldVector> vectors = root.getFieldVectors();
      if (vectors.size() != k + 1 || !(vectors.get(0) instanceof TimeStampSecVector)) {
        throw new DataException(ReasonCode.MALFORMED_DATA, file + " is not an Arrow file of " + kind.label()
            + ": expected columns " + kind.indexName() + " (timestamp[s]) and " + kind.columns() + " but has "
            + root.getSchema().getFields());
      }
      List<long[]> times = new ArrayList<>();
      List<double[][]> values = new ArrayList<>();
      int total = 0;
      for (ArrowBlock block : reader.getRecordBlocks()) {
        reader.loadRecordBatch(block);
        int n = root.getRowCount();
        long[] t = new long[n];
        copyLongs(vectors.get(0).getDataBuffer(), t);
        double[][] v = new double[k][n];
        for (int c = 0; c < k; c++) {
          FieldVector fv = vectors.get(c + 1);
          if (!(fv instanceof Float8Vector f)) {
            throw new DataException(ReasonCode.MALFORMED_DATA, file + ": column " + fv.getName() + " is "
                + fv.getField().getType() + ", not double");
          }
          copyDoubles(f.getDataBuffer(), v[c]);
          if (f.getNullCount() > 0) {
            for (int i = 0; i < n; i++) {
              if (f.isNull(i)) {
                v[c][i] = Double.NaN;
              }
            }
          }
        }
        times.add(t);
        values.add(v);
        total += n;
      }
      long[] allTimes = new long[total];
      double[][] all = new double[k][total];
      int at = 0;
      for (int b = 0; b < times.size(); b++) {
        int n = times.get(b).length;
        System.arraycopy(times.get(b), 0, allTimes, at, n);
        for (int c = 0; c < k; c++) {
          System.arraycopy(values.get(b)[c], 0, all[c], at, n);
        }
        at += n;
      }
      for (int i = 1; i < total; i++) {
        if (allTimes[i] <= allTimes[i - 1]) {
          throw new DataException(ReasonCode.MALFORMED_DATA, file + ": row " + (i + 1) + " at "
              + Timestamps.format(allTimes[i]) + " does not follow " + Timestamps.format(allTimes[i - 1]));
        }
      }
      return new SeriesColumns(allTimes, all);
    } catch (IOException | RuntimeException ex) {
      if (ex instanceof DataException d) {
        throw d;
      }
      throw new DataException(ReasonCode.MALFORMED_DATA, "cannot read " + key + " from " + file + ": " + ex, ex);
    }
  }

  private static void copyLongs(ArrowBuf buf, long[] out) {
    ByteBuffer bb = buf.nioBuffer(0, out.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    bb.asLongBuffer().get(out);
  }

  private static void copyDoubles(ArrowBuf buf, double[] out) {
    ByteBuffer bb = buf.nioBuffer(0, out.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    bb.asDoubleBuffer().get(out);
  }

  @Override
  protected void writeFile(SeriesKey key, SeriesColumns data, Path target, Path finalFile) throws IOException {
    ArrowFiles.write(allocator, schema(key.kind()), data.times(), data.columns(), false, target,
        StandardOpenOption.CREATE_NEW);
  }

  @Override
  public void close() {
    allocator.close();
  }

}
