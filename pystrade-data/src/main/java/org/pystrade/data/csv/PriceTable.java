package org.pystrade.data.csv;

import java.nio.file.Path;
import java.util.List;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;

/**
 * A parsed price file: timestamps, one primitive column per value column, the 1-based line number of each row (for
 * messages) and the warnings that reading it gave (rows sorted or merged, see {@link RowOrder}). Arrays are owned by
 * the table and never modified after construction. The warnings are kept with the table, and in its cache entry, so
 * that a table read back from the cache warns exactly as the parse did.
 */
final class PriceTable {

  private final Path path;
  private final List<String> columns;
  private final long[] times;
  private final double[][] values;
  private final int[] lines;
  private final int firstLine;
  private final List<String> notes;
  /** The content key of the source bytes the table was parsed from, or null if not known (no cache). */
  private final ContentKey contentKey;
  /** The first column's series, once made: its timestamps are checked, the other columns' series share them. */
  private TimeSeries checked;

  /**
   * Creates a table (arrays are not copied).
   *
   * @param path the source file
   * @param columns the value column names
   * @param times the timestamps, seconds
   * @param values one array per column, same length as {@code times}
   * @param lines the 1-based line number of each row, same length; null if unknown (a table read from a cache)
   */
  PriceTable(Path path, List<String> columns, long[] times, double[][] values, int[] lines) {
    this(path, columns, times, values, lines, -1, List.of(), null);
  }

  /**
   * Creates a table whose rows are consecutive lines of the file (no blank line between them), without an array
   * of line numbers.
   *
   * @param path the source file
   * @param columns the value column names
   * @param times the timestamps, seconds
   * @param values one array per column, same length as {@code times}
   * @param firstLine the 1-based line number of row 0
   */
  PriceTable(Path path, List<String> columns, long[] times, double[][] values, int firstLine) {
    this(path, columns, times, values, null, firstLine, List.of(), null);
  }

  private PriceTable(Path path, List<String> columns, long[] times, double[][] values, int[] lines, int firstLine,
      List<String> notes, ContentKey contentKey) {
    this.path = path;
    this.columns = List.copyOf(columns);
    this.times = times;
    this.values = values;
    this.lines = lines;
    this.firstLine = firstLine;
    this.notes = List.copyOf(notes);
    this.contentKey = contentKey;
  }

  /**
   * The same table with warnings (arrays are not copied).
   *
   * @param notes the warnings, each without the file name that {@link #warnings()} puts before it
   * @return the table
   */
  PriceTable withNotes(List<String> notes) {
    return new PriceTable(path, columns, times, values, lines, firstLine, notes, contentKey);
  }

  /**
   * The same table, known to be parsed from the source bytes of a content key (arrays are not copied).
   *
   * @param key the content key of those bytes
   * @return the table
   */
  PriceTable withContentKey(ContentKey key) {
    return new PriceTable(path, columns, times, values, lines, firstLine, notes, key);
  }

  /**
   * The content key of the source bytes this table was parsed from (or read back from the cache for).
   *
   * @return the key, or null if the table was not loaded through the cache
   */
  ContentKey contentKey() {
    return contentKey;
  }

  /**
   * The warnings reading the file gave, without the file name: what the cache stores.
   *
   * @return the notes, in the order they arose
   */
  List<String> notes() {
    return notes;
  }

  /**
   * The warnings reading the file gave, each starting with the file ({@code "FILE line 12: ..."}); logged by
   * {@link CsvFuturesSimData} whenever the table is loaded, from the file or from the cache.
   *
   * @return the warnings, empty if none
   */
  List<String> warnings() {
    return notes.stream().map(n -> path + " " + n).toList();
  }

  Path path() {
    return path;
  }

  List<String> columns() {
    return columns;
  }

  int size() {
    return times.length;
  }

  long[] timesArray() {
    return times;
  }

  double[] column(int i) {
    return values[i];
  }

  /** The 1-based line of a row, or -1 if unknown. */
  int line(int row) {
    if (lines != null) {
      return lines[row];
    }
    return firstLine < 0 ? -1 : firstLine + row;
  }

  /**
   * The index of a column.
   *
   * @param name the column name
   * @return the index
   * @throws DataException naming the file and its columns if absent
   */
  int columnIndex(String name) {
    int i = columns.indexOf(name);
    if (i < 0) {
      throw new DataException(ReasonCode.MALFORMED_DATA,
          "missing column " + name + " in " + path + "; columns: " + columns);
    }
    return i;
  }

  /**
   * A column as a series (the timestamps must be strictly increasing, see {@link RowOrder}).
   *
   * @param i the column index
   * @return the series
   */
  TimeSeries series(int i) {
    // the table's arrays are built by the loader and never modified again: the series owns them (several columns
    // share the timestamps, checked once: the other columns' series take the first one's)
    TimeSeries base = checked;
    if (base == null) {
      base = TimeSeries.ofOwned(times, values[i]);
      checked = base;
      return base;
    }
    return base.withValuesOwned(values[i]);
  }
}
