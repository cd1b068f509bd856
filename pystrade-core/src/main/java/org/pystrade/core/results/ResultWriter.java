package org.pystrade.core.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.util.ArgChecker;

/**
 * Writes result frames as files, one file {@code NAME.EXT} per frame, each with the index column {@code DATETIME}
 * and the frame's columns under the names of pysystemtrade's golden exports. In every format a missing value (NaN)
 * is written as a missing value: an empty CSV cell, a JSON {@code null}, a Parquet or Arrow null; pandas reads each
 * back as NaN. Every other value reads back as the same double (in CSV and JSON {@code -0.0} is written {@code 0}). {@link #csv()} and {@link #json()} are here; {@code pystrade-data} has the Parquet and Arrow IPC
 * writers. A writer may hold resources (a database engine, memory): close it when done.
 */
public interface ResultWriter extends AutoCloseable {

  /**
   * The file extension, with its dot ({@code .csv}).
   *
   * @return the extension
   */
  String extension();

  /**
   * Writes one frame to a file, replacing it if it exists.
   *
   * @param frame the frame
   * @param file the file
   * @throws IOException if writing fails
   */
  void write(ResultFrame frame, Path file) throws IOException;

  /**
   * Writes every frame of results into a folder (created if need be) as {@code NAME + extension()}.
   *
   * @param results the results
   * @param dir the folder
   * @return the files written, in the order of the frames
   * @throws IOException if writing fails (naming the file)
   */
  default List<Path> writeAll(SystemResults results, Path dir) throws IOException {
    ArgChecker.notNull(results, "results");
    ArgChecker.notNull(dir, "dir");
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>(results.frames().size());
    for (ResultFrame frame : results.frames()) {
      Path file = dir.resolve(frame.name() + extension());
      write(frame, file);
      written.add(file);
    }
    return written;
  }

  /**
   * Releases what the writer holds; by default nothing.
   */
  @Override
  default void close() {
  }

  /**
   * The CSV writer of pysystemtrade's golden exports: a header {@code DATETIME,COLUMN,...}, one row per timestamp
   * ({@code yyyy-MM-dd} at midnight, else {@code yyyy-MM-dd HH:mm:ss}), numbers as {@link CsvNumbers#format}
   * writes them (NaN as an empty cell), {@code \n} line ends, UTF-8.
   *
   * @return the writer
   */
  static ResultWriter csv() {
    return CsvResultWriter.INSTANCE;
  }

  /**
   * The JSON writer: per frame an object in pandas' {@code split} orientation, {@code {"columns": [...], "index":
   * [...], "data": [[row], ...]}} (read by {@code pd.read_json(FILE, orient="split")}), the index as the CSV writes
   * it, numbers as the CSV writes them, NaN as {@code null} and an infinite value as the string {@code "inf"} or
   * {@code "-inf"} (JSON has no infinity).
   *
   * @return the writer
   */
  static ResultWriter json() {
    return JsonResultWriter.INSTANCE;
  }
}
