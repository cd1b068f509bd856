package org.pystrade.core.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pystrade.core.util.ArgChecker;

/**
 * An immutable table of named {@code double} columns sharing one strictly increasing timestamp index: the pandas
 * {@code DataFrame} of pystrade. NaN means missing, as in {@link TimeSeries}.
 */
public final class SeriesFrame {

  private final long[] times;
  private final List<String> names;
  private final double[][] columns;
  /** True when the frame is the result of {@link #ffill()}: filling again changes nothing. */
  private final boolean forwardFilled;

  private SeriesFrame(long[] times, List<String> names, double[][] columns) {
    this(times, names, columns, false);
  }

  private SeriesFrame(long[] times, List<String> names, double[][] columns, boolean forwardFilled) {
    this.times = times;
    this.names = names;
    this.columns = columns;
    this.forwardFilled = forwardFilled;
  }

  /**
   * Joins named series on the union of their indexes (pandas' {@code concat(axis=1)}); each column is NaN where its
   * series has no row.
   *
   * @param series the columns by name, in order
   * @return the frame
   */
  public static SeriesFrame concat(Map<String, TimeSeries> series) {
    return concat(series, Mapper.SEQUENTIAL);
  }

  /**
   * {@link #concat(Map)} with each column's alignment run by {@code mapper} (a parallel map for a wide frame): the
   * same frame whatever the mapper.
   *
   * @param series the columns by name, in order
   * @param mapper how the per-column work is run
   * @return the frame
   */
  public static SeriesFrame concat(Map<String, TimeSeries> series, Mapper mapper) {
    ArgChecker.notNull(series, "series");
    ArgChecker.notNull(mapper, "mapper");
    TimeSeries first = null;
    boolean allSame = true;
    for (TimeSeries s : series.values()) {
      if (first == null) {
        first = s;
      } else if (!s.hasSameTimes(first)) {
        allSame = false;
        break;
      }
    }
    if (first == null) {
      return new SeriesFrame(new long[0], List.of(), new double[0][]);
    }
    if (allSame) {
      return concatOwned(first.timesView().clone(), series, mapper);
    }
    List<long[]> indexes = new ArrayList<>(series.size());
    for (TimeSeries s : series.values()) {
      indexes.add(s.timesView());
    }
    return concatOwned(Index.unionAll(indexes), series, mapper);
  }

  /**
   * Joins named series on a given index: each column takes the value at exactly the same timestamp, NaN if absent.
   *
   * @param times the index
   * @param series the columns by name, in order
   * @return the frame
   */
  public static SeriesFrame concatOn(long[] times, Map<String, TimeSeries> series) {
    ArgChecker.notNull(times, "times");
    return concatOwned(times.clone(), series, Mapper.SEQUENTIAL);
  }

  private static SeriesFrame concatOwned(long[] times, Map<String, TimeSeries> series, Mapper mapper) {
    List<String> names = new ArrayList<>(series.keySet());
    // immutable on both sides: a series already on this index lends its values array
    List<double[]> cols = mapper.map(new ArrayList<>(series.values()),
        s -> Arrays.equals(s.timesView(), times) ? s.valuesView() : s.reindexValues(times));
    return new SeriesFrame(times, Collections.unmodifiableList(names), cols.toArray(new double[0][]));
  }

  /**
   * Creates a frame from raw columns (copied).
   *
   * @param times the index, strictly increasing
   * @param names column names
   * @param columns column values, each of the index's length
   * @return the frame
   */
  public static SeriesFrame of(long[] times, List<String> names, double[][] columns) {
    ArgChecker.notNull(times, "times");
    ArgChecker.notNull(columns, "columns");
    double[][] cols = new double[columns.length][];
    for (int c = 0; c < columns.length; c++) {
      ArgChecker.notNull(columns[c], "column");
      cols[c] = columns[c].clone();
    }
    return ofOwned(times.clone(), names, cols);
  }

  /**
   * Creates a frame that takes ownership of freshly built arrays, without copying them: for code that has just
   * built the columns (and the index, or holds it from an immutable series) and will never modify them. Checked
   * as {@link #of(long[], List, double[][])}.
   *
   * @param times the index, strictly increasing, never to be modified afterwards
   * @param names column names
   * @param columns column values, each of the index's length, owned by the frame from now on
   * @return the frame
   */
  public static SeriesFrame ofOwned(long[] times, List<String> names, double[][] columns) {
    ArgChecker.notNull(times, "times");
    ArgChecker.notNull(names, "names");
    ArgChecker.notNull(columns, "columns");
    ArgChecker.isTrue(names.size() == columns.length, "names and columns must have the same size");
    TimeSeries.checkIncreasing(times);
    for (int c = 0; c < columns.length; c++) {
      ArgChecker.isTrue(columns[c].length == times.length, "column {} must have {} rows but had {}", names.get(c),
          times.length, columns[c].length);
    }
    return new SeriesFrame(times, List.copyOf(names), columns.clone());
  }

  /**
   * Number of rows.
   *
   * @return the row count
   */
  public int rowCount() {
    return times.length;
  }

  /**
   * The column names in order.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  /**
   * A copy of the index.
   *
   * @return the timestamps
   */
  public long[] timestamps() {
    return times.clone();
  }

  /**
   * The index without copying, for read-only use in loops. The array is the frame's own: modifying it breaks the
   * immutability of this frame and of the series sharing its index. Use {@link #timestamps()} for a copy.
   *
   * @return the internal timestamp array, never to be modified
   */
  public long[] timesView() {
    return times;
  }

  /**
   * A column as a series.
   *
   * @param name the column name
   * @return the column
   * @throws IllegalArgumentException if there is no such column
   */
  public TimeSeries column(String name) {
    int c = names.indexOf(name);
    ArgChecker.isTrue(c >= 0, "no column '{}'; columns are {}", name, names);
    // frames and series are both immutable: the column array can be shared
    return TimeSeries.wrap(times, columns[c]);
  }

  /**
   * A column by its position, sharing the frame's arrays.
   *
   * @param index the column's position in {@link #names()}
   * @return the column as a series
   */
  public TimeSeries column(int index) {
    ArgChecker.isTrue(index >= 0 && index < columns.length, "no column {}; the frame has {}", index, columns.length);
    return TimeSeries.wrap(times, columns[index]);
  }

  /**
   * The value of a cell.
   *
   * @param row the row
   * @param col the column position
   * @return the value, NaN if missing
   */
  public double get(int row, int col) {
    return columns[col][row];
  }

  /**
   * Some of the columns, in the given order (the arrays are shared: both frames are immutable).
   *
   * @param selected column names, each present in this frame
   * @return the frame on the same index
   * @throws IllegalArgumentException naming a column that is not present
   */
  public SeriesFrame select(List<String> selected) {
    ArgChecker.notNull(selected, "selected");
    double[][] cols = new double[selected.size()][];
    for (int i = 0; i < cols.length; i++) {
      int c = names.indexOf(selected.get(i));
      ArgChecker.isTrue(c >= 0, "no column '{}'; columns are {}", selected.get(i), names);
      cols[i] = columns[c];
    }
    return new SeriesFrame(times, List.copyOf(selected), cols, forwardFilled);
  }

  /**
   * Forward-fills every column.
   *
   * @return the filled frame
   */
  public SeriesFrame ffill() {
    return ffill(Mapper.SEQUENTIAL);
  }

  /**
   * {@link #ffill()} with each column's fill run by {@code mapper} (a parallel map for a wide frame): the same frame
   * whatever the mapper.
   *
   * @param mapper how the per-column work is run
   * @return the filled frame
   */
  public SeriesFrame ffill(Mapper mapper) {
    ArgChecker.notNull(mapper, "mapper");
    if (forwardFilled) {
      return this;
    }
    // a column with nothing to fill (no NaN after its first value) is shared, not copied
    List<double[]> cols = mapper.map(Arrays.asList(columns), c -> Kernels.hasGap(c) ? Kernels.ffill(c) : c);
    return new SeriesFrame(times, names, cols.toArray(new double[0][]), true);
  }

  /**
   * How a frame's per-column work is run: in order on the caller's thread ({@link #SEQUENTIAL}), or by a parallel
   * map of the caller's (such as {@code Parallel::map}); either way the results come back in input order, and each
   * item's result must not depend on which thread computes it.
   */
  @FunctionalInterface
  public interface Mapper {

    /** Every item in order on the caller's thread. */
    Mapper SEQUENTIAL = Mapper::inOrder;

    /**
     * Applies a function to every item.
     *
     * @param items the inputs
     * @param f the function, safe to call concurrently
     * @param <T> input type
     * @param <R> result type
     * @return the results, in input order
     */
    <T, R> List<R> map(List<T> items, Function<T, R> f);

    private static <T, R> List<R> inOrder(List<T> items, Function<T, R> f) {
      List<R> out = new ArrayList<>(items.size());
      for (T t : items) {
        out.add(f.apply(t));
      }
      return out;
    }
  }

  /**
   * The row sums skipping NaN; a row with no valid value sums to 0 (pandas' {@code sum(axis=1)}).
   *
   * @return the row sums
   */
  public TimeSeries rowSum() {
    double[] out = new double[times.length];
    for (double[] col : columns) {
      for (int i = 0; i < out.length; i++) {
        double v = col[i];
        if (v == v) {
          out[i] += v;
        }
      }
    }
    return TimeSeries.wrap(times, out);
  }

  /**
   * The frame as named series.
   *
   * @return the columns by name, in order
   */
  public Map<String, TimeSeries> toMap() {
    Map<String, TimeSeries> m = new LinkedHashMap<>();
    for (int c = 0; c < columns.length; c++) {
      m.put(names.get(c), TimeSeries.wrap(times, columns[c]));
    }
    return m;
  }

  @Override
  public String toString() {
    return "SeriesFrame[" + times.length + " rows, columns " + names + "]";
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof SeriesFrame)) {
      return false;
    }
    SeriesFrame o = (SeriesFrame) obj;
    return Arrays.equals(times, o.times) && names.equals(o.names) && Arrays.deepEquals(columns, o.columns);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(times) * 31 + names.hashCode();
  }
}
