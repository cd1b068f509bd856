package org.pystrade.data.ipc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.util.ArgChecker;

/**
 * Arrow IPC files (the random-access "file" format, {@code .arrow}; Feather v2, readable by {@code pyarrow.ipc} and
 * {@code pandas.read_feather}) of a time column (a naive timestamp in seconds or nanoseconds) followed by
 * {@code double} columns, with string metadata on the schema. A file is read by copying Arrow's buffers into Java
 * arrays in bulk, never value by value; several record batches are concatenated.
 *
 * <p>A file written here carries, in its footer's metadata ({@value #CHECKSUM_KEY}), the CRC32C of its columns'
 * buffers (each column's validity bits when it has nulls, then its values); reading such a file checks it, so a file
 * damaged on disk is an error naming it, never a silently different number. Files written by other programs (e.g.
 * pyarrow) have no such entry and are read unchecked. The check costs a pass over the bytes read (CRC32C runs at
 * several GB/s on current processors).
 *
 * <p>Files of plain little-endian, uncompressed columns (what this class and pyarrow write by default) are read by
 * {@link ArrowFileParser}, straight from the file into arrays without Arrow's vectors and memory (the reason, measured,
 * is there); others (compressed, dictionary-encoded, ...) by Arrow's {@code ArrowFileReader}. Writing goes through
 * Arrow's vectors and writer, whose memory (one root allocator per instance, started on the first write) needs the
 * JVM flag {@code --add-opens=java.base/java.nio=ALL-UNNAMED}; without it a write is a {@link DataException} saying
 * so, and reading the plain files still works. Reads and writes may run on several threads at once.
 */
public final class ArrowIpc implements AutoCloseable {

  /** The footer metadata key of the checksum of a file written here. */
  static final String CHECKSUM_KEY = "pystrade.crc32c";

  /** Slack above a file's size for what reading it may allocate (Arrow rounds small buffers up). */
  private static final long ALLOCATION_SLACK = 1 << 20;

  private final String what;
  private BufferAllocator allocator;
  private String problem;

  private ArrowIpc(String what) {
    this.what = what;
  }

  /**
   * Prepares reading and writing Arrow files. Reading needs nothing more; Arrow's memory, which writing needs, is
   * started on the first write (see {@link #writable()}).
   *
   * @param what what the files are for, for messages
   * @return the files' reader and writer; close it when done
   */
  public static ArrowIpc open(String what) {
    ArgChecker.notNull(what, "what");
    return new ArrowIpc(what);
  }

  /**
   * Whether this JVM lets Arrow write files, starting Arrow's memory if it is not yet started.
   *
   * @return empty if files can be written, else why not (naming the JVM flag to add)
   */
  public synchronized Optional<String> writable() {
    if (allocator == null && problem == null) {
      BufferAllocator a = null;
      try {
        a = new RootAllocator();
        // Arrow writes through direct buffers it makes itself, which needs java.nio opened to it: found out now
        try (ArrowBuf probe = a.buffer(8)) {
          probe.nioBuffer(0, 8);
        }
        allocator = a;
      } catch (RuntimeException | LinkageError ex) {
        if (a != null) {
          a.close();
        }
        problem = "cannot start Apache Arrow's memory for " + what + ": run Java with "
            + "--add-opens=java.base/java.nio=ALL-UNNAMED (" + ex + ")";
      }
    }
    return Optional.ofNullable(problem);
  }

  private synchronized BufferAllocator allocator() {
    writable().ifPresent(p -> {
      throw new DataException(ReasonCode.UNKNOWN, p);
    });
    return allocator;
  }

  /**
   * A table read from or written to a file.
   *
   * @param timeName the time column's name
   * @param unit the time column's unit, {@link TimeUnit#SECONDS} or {@link TimeUnit#NANOSECONDS}
   * @param names the value columns' names
   * @param times the times, in {@code unit}
   * @param columns the value columns, each as long as {@code times}
   * @param metadata the schema's metadata
   */
  public record Table(String timeName, TimeUnit unit, List<String> names, long[] times, double[][] columns,
      Map<String, String> metadata) {

    /**
     * Checks the shapes and copies the lists.
     *
     * @param timeName the time column's name
     * @param unit the time column's unit
     * @param names the value columns' names
     * @param times the times
     * @param columns the value columns
     * @param metadata the schema's metadata
     */
    public Table {
      ArgChecker.notNull(timeName, "timeName");
      ArgChecker.isTrue(unit == TimeUnit.SECONDS || unit == TimeUnit.NANOSECONDS, "unit must be seconds or "
          + "nanoseconds, not {}", unit);
      names = List.copyOf(names);
      ArgChecker.notNull(times, "times");
      ArgChecker.notNull(columns, "columns");
      ArgChecker.isTrue(columns.length == names.size(), "{} columns for {} names", columns.length, names.size());
      for (double[] c : columns) {
        ArgChecker.isTrue(c != null && c.length == times.length, "every column must have {} values", times.length);
      }
      metadata = Map.copyOf(metadata);
    }
  }

  /**
   * The schema of a file, read from its footer without its data.
   *
   * @param timeName the time column's name
   * @param unit the time column's unit
   * @param names the value columns' names
   * @param metadata the schema's metadata
   */
  public record Header(String timeName, TimeUnit unit, List<String> names, Map<String, String> metadata) {

    /**
     * Copies the lists.
     *
     * @param timeName the time column's name
     * @param unit the time column's unit
     * @param names the value columns' names
     * @param metadata the schema's metadata
     */
    public Header {
      ArgChecker.notNull(timeName, "timeName");
      ArgChecker.notNull(unit, "unit");
      names = List.copyOf(names);
      metadata = Map.copyOf(metadata);
    }
  }

  /**
   * Writes a table as one record batch.
   *
   * @param table the table
   * @param nanAsNull whether a NaN is written as null (else as NaN, bits kept)
   * @param target the file
   * @param options how the file is opened ({@code WRITE} is added)
   * @throws IOException if writing fails
   */
  public void write(Table table, boolean nanAsNull, Path target, OpenOption... options) throws IOException {
    ArgChecker.notNull(table, "table");
    ArgChecker.notNull(target, "target");
    List<Field> fields = new ArrayList<>(table.names().size() + 1);
    fields.add(new Field(table.timeName(), FieldType.notNullable(new ArrowType.Timestamp(
        table.unit() == TimeUnit.SECONDS ? org.apache.arrow.vector.types.TimeUnit.SECOND
            : org.apache.arrow.vector.types.TimeUnit.NANOSECOND, null)), null));
    for (String c : table.names()) {
      fields.add(new Field(c, FieldType.nullable(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE)), null));
    }
    Schema schema = new Schema(fields, table.metadata().isEmpty() ? null : table.metadata());
    long[] times = table.times();
    double[][] cols = table.columns();
    int n = times.length;
    try (BufferAllocator child = allocator().newChildAllocator("write", 0, Long.MAX_VALUE);
        VectorSchemaRoot root = VectorSchemaRoot.create(schema, child)) {
      List<FieldVector> vectors = root.getFieldVectors();
      TimeStampVector tv = (TimeStampVector) vectors.get(0);
      tv.allocateNew(n);
      for (int i = 0; i < n; i++) {
        tv.set(i, times[i]);
      }
      tv.setValueCount(n);
      for (int c = 0; c < cols.length; c++) {
        Float8Vector f = (Float8Vector) vectors.get(c + 1);
        f.allocateNew(n);
        double[] v = cols[c];
        for (int i = 0; i < n; i++) {
          if (nanAsNull && v[i] != v[i]) {
            f.setNull(i);
          } else {
            f.set(i, v[i]);
          }
        }
        f.setValueCount(n);
      }
      root.setRowCount(n);
      CRC32C crc = new CRC32C();
      update(crc, vectors, n);
      OpenOption[] opts = Arrays.copyOf(options, options.length + 1);
      opts[options.length] = StandardOpenOption.WRITE;
      try (FileChannel ch = FileChannel.open(target, opts);
          ArrowFileWriter writer = new ArrowFileWriter(root, null, ch, Map.of(CHECKSUM_KEY,
              Long.toHexString(crc.getValue())))) {
        writer.start();
        writer.writeBatch();
        writer.end();
      }
    }
  }

  /**
   * Reads a file's schema from its footer, without its data.
   *
   * @param file the file
   * @return its header
   * @throws IOException if the file cannot be read
   * @throws DataException if it is not a file of a time column and {@code double} columns (or not Arrow at all)
   */
  public Header header(Path file) throws IOException {
    try {
      return ArrowFileParser.header(file);
    } catch (ArrowFileParser.Unsupported ex) {
      // read below by Arrow's reader
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return withReader(file, ch, (reader, root) -> header(file, root));
    }
  }

  /** What is read from a file. */
  @FunctionalInterface
  private interface Reading<T> {
    T read(ArrowFileReader reader, VectorSchemaRoot root) throws IOException;
  }

  /**
   * Runs a reading of a file in Arrow memory of its own, bounded by the file's size. Arrow's reader does not release
   * what it allocated when a damaged file makes it fail midway (e.g. a record batch longer than the file): such
   * memory (bounded by the file's size) is left to the process rather than reported at error level as a leak when
   * the allocator closes; a file that reads well releases everything.
   */
  private static <T> T withReader(Path file, FileChannel ch, Reading<T> reading) throws IOException {
    long size = ch.size();
    BufferAllocator memory;
    try {
      memory = new RootAllocator(2 * size + ALLOCATION_SLACK);
    } catch (RuntimeException | LinkageError ex) {
      throw new DataException(ReasonCode.UNKNOWN, "cannot read " + file + ", which needs Apache Arrow's reader "
          + "(compressed or dictionary-encoded columns): run Java with --add-opens=java.base/java.nio=ALL-UNNAMED ("
          + ex + ")", ex);
    }
    boolean released = false;
    try (ArrowFileReader reader = new ArrowFileReader(ch, memory)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      for (ArrowBlock block : reader.getRecordBlocks()) {
        // checked before Arrow allocates for it
        if (block.getOffset() < 0 || block.getMetadataLength() <= 0 || block.getBodyLength() < 0
            || block.getOffset() + block.getMetadataLength() + block.getBodyLength() > size) {
          throw new DataException(ReasonCode.MALFORMED_DATA, "Arrow file " + file + " is damaged: a record batch of "
              + block.getMetadataLength() + " + " + block.getBodyLength() + " bytes at " + block.getOffset()
              + " does not fit its " + size + " bytes");
        }
      }
      T out = reading.read(reader, root);
      released = true;
      return out;
    } catch (RuntimeException ex) {
      throw malformed(file, ex);
    } finally {
      if (released) {
        memory.close();
      }
    }
  }

  private static Header header(Path file, VectorSchemaRoot root) {
    List<FieldVector> vectors = root.getFieldVectors();
    if (vectors.isEmpty() || !(vectors.get(0) instanceof TimeStampVector)
        || !(vectors.get(0).getField().getType() instanceof ArrowType.Timestamp ts)
        || ts.getTimezone() != null) {
      throw new DataException(ReasonCode.MALFORMED_DATA, file + " is not an Arrow file of a naive timestamp column"
          + " followed by double columns: its columns are " + root.getSchema().getFields());
    }
    TimeUnit unit = switch (ts.getUnit()) {
      case SECOND -> TimeUnit.SECONDS;
      case NANOSECOND -> TimeUnit.NANOSECONDS;
      default -> throw new DataException(ReasonCode.MALFORMED_DATA, file + ": time column " + vectors.get(0)
          .getName() + " is in " + ts.getUnit() + ", not seconds or nanoseconds");
    };
    List<String> names = new ArrayList<>(vectors.size() - 1);
    for (FieldVector fv : vectors.subList(1, vectors.size())) {
      if (!(fv instanceof Float8Vector)) {
        throw new DataException(ReasonCode.MALFORMED_DATA, file + ": column " + fv.getName() + " is "
            + fv.getField().getType() + ", not double");
      }
      names.add(fv.getName());
    }
    Map<String, String> meta = root.getSchema().getCustomMetadata();
    return new Header(vectors.get(0).getName(), unit, names, meta == null ? Map.of() : meta);
  }

  /**
   * Reads a whole file: every record batch, concatenated; a null value is read as NaN. What reading allocates is
   * bounded by the file's size, so a corrupt file is an error, never a huge allocation.
   *
   * @param file the file
   * @return its table
   * @throws IOException if the file cannot be read
   * @throws DataException if it is not a file of a time column and {@code double} columns (or not Arrow at all), or
   *     if its checksum does not match its columns
   */
  public Table read(Path file) throws IOException {
    return read(file, false);
  }

  /**
   * Reads a whole file, as {@link #read(Path)} does, optionally requiring that it carries a checksum.
   *
   * @param file the file
   * @param requireChecksum whether a file without a checksum (not written here) is an error
   * @return its table
   * @throws IOException if the file cannot be read
   * @throws DataException if it is not a file of a time column and {@code double} columns (or not Arrow at all), if
   *     its checksum does not match its columns, or if it has none and one is required
   */
  public Table read(Path file, boolean requireChecksum) throws IOException {
    try {
      return ArrowFileParser.read(file, requireChecksum);
    } catch (ArrowFileParser.Unsupported ex) {
      return readWithArrowReader(file, requireChecksum);
    }
  }

  /** Reads a file with Arrow's own reader (what {@link #read(Path, boolean)} does with files it cannot parse). */
  static Table readWithArrowReader(Path file, boolean requireChecksum) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return withReader(file, ch, (reader, root) -> read(file, reader, root, requireChecksum));
    }
  }

  private static Table read(Path file, ArrowFileReader reader, VectorSchemaRoot root, boolean requireChecksum)
      throws IOException {
    Header header = header(file, root);
    List<FieldVector> vectors = root.getFieldVectors();
    int k = header.names().size();
    List<long[]> times = new ArrayList<>(1);
    List<double[][]> values = new ArrayList<>(1);
    Map<String, String> footer = reader.getMetaData();
    String expected = footer == null ? null : footer.get(CHECKSUM_KEY);
    if (expected == null && requireChecksum) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "Arrow file " + file + " has no checksum");
    }
    CRC32C crc = new CRC32C();
    for (ArrowBlock block : reader.getRecordBlocks()) {
      reader.loadRecordBatch(block);
      int n = root.getRowCount();
      if (expected != null) {
        update(crc, vectors, n);
      }
      long[] t = new long[n];
      copyLongs(vectors.get(0).getDataBuffer(), t);
      double[][] v = new double[k][];
      for (int c = 0; c < k; c++) {
        Float8Vector f = (Float8Vector) vectors.get(c + 1);
        v[c] = new double[n];
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
    }
    if (expected != null && !expected.equals(Long.toHexString(crc.getValue()))) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "Arrow file " + file + " is damaged: the checksum of its "
          + "columns is " + Long.toHexString(crc.getValue()) + ", written as " + expected);
    }
    return table(file, header, times, values);
  }

  /** A file's table from its record batches' columns, concatenated in order (no copy for one batch). */
  static Table table(Path file, Header header, List<long[]> times, List<double[][]> values) {
    if (times.size() == 1) {
      return new Table(header.timeName(), header.unit(), header.names(), times.get(0), values.get(0),
          header.metadata());
    }
    long total = 0;
    for (long[] t : times) {
      total += t.length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new DataException(ReasonCode.MALFORMED_DATA, file + " has " + total + " rows, too many to read");
    }
    int k = header.names().size();
    long[] allTimes = new long[(int) total];
    double[][] all = new double[k][(int) total];
    int at = 0;
    for (int b = 0; b < times.size(); b++) {
      int n = times.get(b).length;
      System.arraycopy(times.get(b), 0, allTimes, at, n);
      for (int c = 0; c < k; c++) {
        System.arraycopy(values.get(b)[c], 0, all[c], at, n);
      }
      at += n;
    }
    return new Table(header.timeName(), header.unit(), header.names(), allTimes, all, header.metadata());
  }

  private static DataException malformed(Path file, RuntimeException ex) {
    if (ex instanceof DataException d) {
      return d;
    }
    return new DataException(ReasonCode.MALFORMED_DATA, "cannot read Arrow file " + file + ": " + ex, ex);
  }

  /** Adds the vectors' buffers to a checksum: each one's validity bits when it has nulls, then its values. */
  private static void update(CRC32C crc, List<FieldVector> vectors, int rows) {
    for (FieldVector v : vectors) {
      if (v.getNullCount() > 0) {
        crc.update(v.getValidityBuffer().nioBuffer(0, (rows + 7) / 8));
      }
      crc.update(v.getDataBuffer().nioBuffer(0, rows * 8));
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

  /** Releases Arrow's memory. */
  @Override
  public synchronized void close() {
    if (allocator != null) {
      allocator.close();
    }
  }
}
