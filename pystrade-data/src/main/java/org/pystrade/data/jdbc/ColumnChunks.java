package org.pystrade.data.jdbc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.pystrade.data.store.SeriesColumns;

/**
 * A series' rows as the database keeps them: one or more chunks, each a blob of its times and then each value
 * column, little-endian: {@code int rows, int columns, long[rows] times, double[rows] per column}. NaN keeps its
 * bits. A whole series reads in one query and a few copies, where a row per time costs a driver call per cell (the
 * measured reason, docs/DATA.md: the universe took 6 to 19 s to read from SQLite as rows).
 */
final class ColumnChunks {

  private static final int HEADER = 8;

  private ColumnChunks() {
  }

  /**
   * Encodes rows as one chunk.
   *
   * @param data the rows
   * @return the blob
   */
  static byte[] encode(SeriesColumns data) {
    int n = data.size();
    int k = data.columns().length;
    ByteBuffer b = ByteBuffer.allocate(HEADER + 8 * n * (k + 1)).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(n).putInt(k);
    b.asLongBuffer().put(data.times());
    for (int j = 0; j < k; j++) {
      b.position(HEADER + 8 * n * (j + 1));
      b.asDoubleBuffer().put(data.columns()[j]);
    }
    return b.array();
  }

  /**
   * Decodes chunks, in order, into one series.
   *
   * @param chunks the blobs, oldest first
   * @param columns the number of value columns expected
   * @param what the series, for messages
   * @return the rows
   * @throws IllegalArgumentException if a blob is not a chunk of that many columns, or the chunks' times do not
   *     increase
   */
  static SeriesColumns decode(List<byte[]> chunks, int columns, String what) {
    int total = 0;
    for (byte[] c : chunks) {
      ByteBuffer b = ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN);
      if (c.length < HEADER) {
        throw new IllegalArgumentException(what + ": a chunk of " + c.length + " bytes has no header");
      }
      int n = b.getInt();
      int k = b.getInt();
      if (k != columns || n < 0 || c.length != HEADER + 8L * n * (k + 1)) {
        throw new IllegalArgumentException(what + ": a chunk of " + c.length + " bytes says " + n + " rows of " + k
            + " columns, expected " + columns + " columns");
      }
      total += n;
    }
    long[] times = new long[total];
    double[][] values = new double[columns][total];
    int at = 0;
    for (byte[] c : chunks) {
      ByteBuffer b = ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN);
      int n = b.getInt(0);
      b.position(HEADER);
      b.slice().order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(times, at, n);
      for (int j = 0; j < columns; j++) {
        b.position(HEADER + 8 * n * (j + 1));
        b.slice().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values[j], at, n);
      }
      at += n;
    }
    return new SeriesColumns(times, values);
  }

  /**
   * Rows with sorted, strictly increasing times from a copy of arrays that may be longer.
   *
   * @param times the times
   * @param values the columns
   * @param n the number of rows to keep
   * @return the series
   */
  static SeriesColumns trimmed(long[] times, double[][] values, int n) {
    double[][] cols = new double[values.length][];
    for (int j = 0; j < values.length; j++) {
      cols[j] = Arrays.copyOf(values[j], n);
    }
    return new SeriesColumns(Arrays.copyOf(times, n), cols);
  }
}
