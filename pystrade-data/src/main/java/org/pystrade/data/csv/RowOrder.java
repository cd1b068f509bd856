package org.pystrade.data.csv;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.series.Timestamps;

/**
 * What to do with rows that are not in strictly increasing time order, per kind of file. pysystemtrade reads every
 * price file with pandas' {@code read_csv} and then:
 * <ul>
 *   <li>adjusted prices: {@code groupby(level=0).last()}, which sorts by time and, for a repeated timestamp, keeps
 *       the last non-NaN value (NaN if all are NaN) -- {@link #GROUP_LAST};</li>
 *   <li>FX prices: {@code sort_index()}, keeping repeated timestamps, which later make pandas' alignment fail --
 *       {@link #SORT_COLLAPSE_IDENTICAL};</li>
 *   <li>multiple prices: neither sorted nor de-duplicated -- {@link #REJECT_UNORDERED}.</li>
 * </ul>
 * A {@code TimeSeries} needs strictly increasing times, so repeated timestamps carrying identical values are
 * collapsed into one row (no information is lost), and what cannot be represented faithfully is reported as a
 * {@link DataException} naming the file and lines. Every repair is a warning kept with the table
 * ({@link PriceTable#warnings()}), naming the file, the first offending line and its timestamp, and logged by
 * {@link CsvFuturesSimData} whenever the table is loaded (parsed or read back from the cache).
 */
enum RowOrder {

  /** Sort (stable); a repeated timestamp keeps, per column, the last non-NaN value in file order. */
  GROUP_LAST,
  /** Sort (stable); a repeated timestamp with identical values is one row, with different values an error. */
  SORT_COLLAPSE_IDENTICAL,
  /** Out-of-order rows are an error; a repeated timestamp with identical values is one row, else an error. */
  REJECT_UNORDERED;

  /**
   * Applies the policy.
   *
   * @param table the table in file order
   * @return a table with strictly increasing times (the same instance if it already was), with a warning per kind
   *     of repair made
   * @throws DataException naming the file and lines if the policy rejects the rows
   */
  PriceTable apply(PriceTable table) {
    long[] t = table.timesArray();
    int n = t.length;
    int firstUnordered = -1;
    int unordered = 0;
    boolean duplicates = false;
    for (int i = 1; i < n; i++) {
      if (t[i] < t[i - 1]) {
        unordered++;
        if (firstUnordered < 0) {
          firstUnordered = i;
        }
      } else if (t[i] == t[i - 1]) {
        duplicates = true;
      }
    }
    if (firstUnordered < 0 && !duplicates) {
      return table;
    }
    List<String> notes = new ArrayList<>(table.notes());
    if (firstUnordered >= 0) {
      if (this == REJECT_UNORDERED) {
        throw new DataException(ReasonCode.MALFORMED_DATA,
            table.path() + " line " + table.line(firstUnordered) + ": rows out of time order: "
            + Timestamps.format(t[firstUnordered]) + " follows " + Timestamps.format(t[firstUnordered - 1])
            + " (line " + table.line(firstUnordered - 1) + ")");
      }
      notes.add("line " + table.line(firstUnordered) + ": " + Timestamps.format(t[firstUnordered])
          + " is earlier than " + Timestamps.format(t[firstUnordered - 1]) + " on line "
          + table.line(firstUnordered - 1) + "; rows sorted by time (" + unordered + (unordered == 1 ? " row" : " rows")
          + " out of order)");
    }
    // stable sort of row indexes by time (rare path)
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingLong(i -> t[i]));
    int nCols = table.columns().size();
    long[] outT = new long[n];
    int[] outLines = new int[n];
    double[][] outV = new double[nCols][n];
    int k = -1;
    int merged = 0;
    String firstRepeat = null;
    for (int j = 0; j < n; j++) {
      int row = order[j];
      if (k >= 0 && outT[k] == t[row]) {
        merged++;
        mergeInto(table, row, outV, k, outLines[k]);
        if (firstRepeat == null) {
          firstRepeat = "line " + table.line(row) + ": timestamp " + Timestamps.format(t[row]) + " repeats line "
              + outLines[k];
        }
        outLines[k] = table.line(row);
        continue;
      }
      k++;
      outT[k] = t[row];
      outLines[k] = table.line(row);
      for (int c = 0; c < nCols; c++) {
        outV[c][k] = table.column(c)[row];
      }
    }
    int rows = k + 1;
    if (merged > 0) {
      notes.add(firstRepeat + "; " + merged + (merged == 1 ? " repeated timestamp" : " repeated timestamps")
          + (this == GROUP_LAST ? " merged, keeping the last non-NaN value" : " with identical values merged"));
    }
    for (int c = 0; c < nCols; c++) {
      outV[c] = Arrays.copyOf(outV[c], rows);
    }
    return new PriceTable(table.path(), table.columns(), Arrays.copyOf(outT, rows), outV,
        Arrays.copyOf(outLines, rows)).withNotes(notes);
  }

  private void mergeInto(PriceTable table, int row, double[][] outV, int k, int previousLine) {
    int nCols = outV.length;
    if (this == GROUP_LAST) {
      for (int c = 0; c < nCols; c++) {
        double v = table.column(c)[row];
        if (v == v) {
          outV[c][k] = v;
        }
      }
      return;
    }
    for (int c = 0; c < nCols; c++) {
      double v = table.column(c)[row];
      if (Double.doubleToLongBits(v) != Double.doubleToLongBits(outV[c][k])) {
        throw new DataException(ReasonCode.MALFORMED_DATA, table.path() + " line " + table.line(row) + ": timestamp "
            + Timestamps.format(table.timesArray()[row]) + " repeats line " + previousLine + " with a different "
            + table.columns().get(c) + " (" + v + " vs " + outV[c][k] + ")");
      }
    }
  }
}
