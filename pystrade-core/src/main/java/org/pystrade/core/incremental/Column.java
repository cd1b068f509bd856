package org.pystrade.core.incremental;

import java.util.Arrays;

/**
 * A growable column of doubles, one per row of an instrument's business days (row 0 its first day); rows not set yet
 * are NaN. Rows are overwritten when a day is computed again.
 */
final class Column {

  private double[] values;

  Column(int capacity) {
    values = new double[Math.max(capacity, 16)];
    Arrays.fill(values, Double.NaN);
  }

  /** Makes room for rows up to {@code rows - 1} without growing again. */
  void reserve(int rows) {
    if (rows > values.length) {
      int old = values.length;
      values = Arrays.copyOf(values, rows);
      Arrays.fill(values, old, rows, Double.NaN);
    }
  }

  double get(int row) {
    return row < values.length ? values[row] : Double.NaN;
  }

  void set(int row, double v) {
    if (row >= values.length) {
      int old = values.length;
      values = Arrays.copyOf(values, Math.max(row + 1, old + (old >> 1)));
      Arrays.fill(values, old, values.length, Double.NaN);
    }
    values[row] = v;
  }

  /** The rows {@code from} (inclusive) to {@code to} (exclusive) as a new array. */
  double[] copy(int from, int to) {
    double[] out = new double[to - from];
    int avail = Math.max(0, Math.min(to, values.length) - from);
    System.arraycopy(values, from, out, 0, avail);
    Arrays.fill(out, avail, out.length, Double.NaN);
    return out;
  }
}
