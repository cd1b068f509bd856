package org.pystrade.core.results;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongFunction;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * One named frame of a system's results: a shared, strictly increasing timestamp index and named {@code double}
 * columns (NaN where a column has no value on a row), immutable. The name is the file name a writer gives it,
 * without extension ({@code CORN}, {@code portfolio}, {@code CORN.forecast_scalars}); the column names are those
 * of pysystemtrade's golden exports. The index is naive local time, as pysystemtrade's pandas indexes are:
 * {@link #dates()}, {@link #dateTimes()} and {@link #instants()} (the naive times read as UTC) view it.
 *
 * @param name the frame's name: not blank, no path separator
 * @param frame the index and columns
 */
public record ResultFrame(String name, SeriesFrame frame) {

  /** The name of the index column in every file: pysystemtrade's {@code DATETIME}. */
  public static final String INDEX = "DATETIME";

  /**
   * Checks the name and the frame.
   *
   * @param name the frame's name
   * @param frame the index and columns
   */
  public ResultFrame {
    ArgChecker.notBlank(name, "name");
    ArgChecker.notNull(frame, "frame");
    ArgChecker.isTrue(name.indexOf('/') < 0 && name.indexOf('\\') < 0 && !name.startsWith("."),
        "frame name '{}' must be a file name (no path separator, no leading dot)", name);
    ArgChecker.isTrue(!frame.names().contains(INDEX), "frame {} has a column named {}, the index's name", name,
        INDEX);
  }

  /**
   * The number of rows.
   *
   * @return the row count
   */
  public int rowCount() {
    return frame.rowCount();
  }

  /**
   * The column names, in order (without the index).
   *
   * @return the names
   */
  public List<String> columnNames() {
    return frame.names();
  }

  /**
   * A copy of the index: seconds since 1970-01-01T00:00 in naive local time (see {@link Timestamps}).
   *
   * @return the timestamps
   */
  public long[] timestamps() {
    return frame.timestamps();
  }

  /**
   * The index as dates (the time of day, if any, dropped).
   *
   * @return one date per row
   */
  public List<LocalDate> dates() {
    return index(Timestamps::toDate);
  }

  /**
   * The index as naive date-times.
   *
   * @return one date-time per row
   */
  public List<LocalDateTime> dateTimes() {
    return index(Timestamps::toDateTime);
  }

  /**
   * The index as instants, the naive times read as UTC (as Parquet and Arrow files store a naive timestamp).
   *
   * @return one instant per row
   */
  public List<Instant> instants() {
    return index(Instant::ofEpochSecond);
  }

  private <T> List<T> index(LongFunction<T> view) {
    long[] t = frame.timesView();
    List<T> out = new ArrayList<>(t.length);
    for (long s : t) {
      out.add(view.apply(s));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * A copy of a column's values, one per row, NaN where it has none.
   *
   * @param column the column name
   * @return the values
   * @throws IllegalArgumentException naming the frame and its columns if there is no such column
   */
  public double[] values(String column) {
    return series(column).values();
  }

  /**
   * A column as a series on the frame's index.
   *
   * @param column the column name
   * @return the series
   * @throws IllegalArgumentException naming the frame and its columns if there is no such column
   */
  public TimeSeries series(String column) {
    ArgChecker.isTrue(frame.names().contains(column), "frame {} has no column '{}'; its columns are {}", name,
        column, frame.names());
    return frame.column(column);
  }

  /**
   * The value of a cell.
   *
   * @param row the row
   * @param column the column position
   * @return the value, NaN if missing
   */
  public double get(int row, int column) {
    return frame.get(row, column);
  }

  @Override
  public String toString() {
    return "ResultFrame[" + name + ", " + frame.rowCount() + " rows, columns " + frame.names() + "]";
  }
}
