package org.pystrade.data.arrow;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.types.pojo.Schema;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;

/**
 * Arrow IPC files for the store and the result writer: starting Arrow's memory (which needs {@code java.nio}
 * opened to it) and writing one record batch of a time column and {@code double} columns.
 */
final class ArrowFiles {

  private ArrowFiles() {
  }

  /**
   * Starts Arrow's memory, checking at once that the JVM lets Arrow make its direct buffers.
   *
   * @param what what Arrow is started for, for the message
   * @return the allocator; close it when done
   * @throws DataException naming the JVM flag if it is missing
   */
  static BufferAllocator allocator(String what) {
    BufferAllocator a = null;
    try {
      a = new RootAllocator();
      // Arrow reads files into direct buffers it makes itself, which needs java.nio opened to it: found out now
      try (ArrowBuf probe = a.buffer(8)) {
        probe.nioBuffer(0, 8);
      }
      return a;
    } catch (RuntimeException | LinkageError ex) {
      if (a != null) {
        a.close();
      }
      throw new DataException(ReasonCode.UNKNOWN, "cannot start Apache Arrow for " + what + ": run Java with "
          + "--add-opens=java.base/java.nio=ALL-UNNAMED (" + ex + ")", ex);
    }
  }

  /**
   * Writes one record batch: the schema's first field a timestamp, the others doubles.
   *
   * @param allocator the allocator
   * @param schema the schema
   * @param times the time column in the schema's unit
   * @param cols the value columns, each of the time column's length
   * @param nanAsNull whether a NaN is written as null (else as NaN)
   * @param target the file
   * @param options how the file is opened ({@code WRITE} is added)
   * @throws IOException if writing fails
   */
  static void write(BufferAllocator allocator, Schema schema, long[] times, double[][] cols, boolean nanAsNull,
      Path target, OpenOption... options) throws IOException {
    int n = times.length;
    try (BufferAllocator child = allocator.newChildAllocator("write", 0, Long.MAX_VALUE);
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
      OpenOption[] opts = Arrays.copyOf(options, options.length + 1);
      opts[options.length] = StandardOpenOption.WRITE;
      try (FileChannel ch = FileChannel.open(target, opts);
          ArrowFileWriter writer = new ArrowFileWriter(root, null, ch)) {
        writer.start();
        writer.writeBatch();
        writer.end();
      }
    }
  }

}
