package org.pystrade.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/**
 * Test helper for the golden outputs of pysystemtrade in {@code shared/golden/} (see its README): locates the
 * folder and reads its CSV files ({@code .csv.gz} or plain {@code .csv}) into one {@link TimeSeries} per column.
 *
 * <p>File format: a header line whose first column is the timestamp ({@code DATETIME} or {@code DATE_TIME}), then
 * one row per timestamp; timestamps are parsed by {@link Timestamps#parse}; an empty cell (or {@code nan}) is NaN;
 * values are parsed with {@link Double#parseDouble}. Rows must be in strictly increasing time order.
 */
public final class GoldenCsv {

  private GoldenCsv() {
  }

  /**
   * Finds {@code shared/golden} by walking up from the working directory ({@code user.dir}).
   *
   * @return the golden folder, or empty if no ancestor has one
   */
  public static Optional<Path> findGoldenDir() {
    Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("golden");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The golden folder, or a skipped test (JUnit assumption) with a clear message when it is not present.
   *
   * @return the golden folder
   */
  public static Path requireGoldenDir() {
    Optional<Path> dir = findGoldenDir();
    Assumptions.assumeTrue(dir.isPresent(), "shared/golden not found above " + System.getProperty("user.dir")
        + ": golden comparison skipped");
    return dir.get();
  }

  /**
   * A file under the golden folder, or a skipped test when the folder or the file is absent.
   *
   * @param relative path relative to {@code shared/golden}, e.g. {@code chapter15_fixed/portfolio.csv.gz}
   * @return the file
   */
  public static Path requireGoldenFile(String relative) {
    Path file = requireGoldenDir().resolve(relative);
    Assumptions.assumeTrue(Files.isRegularFile(file), "golden file " + file + " not found: comparison skipped");
    return file;
  }

  /**
   * Reads a golden CSV file into columns.
   *
   * @param file a {@code .gz} (gzip) or plain CSV file
   * @return column name to series, in header order (the timestamp column excluded)
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException on a malformed row
   */
  public static Map<String, TimeSeries> read(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      return parse(reader, file.toString());
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read " + file, ex);
    }
  }

  /**
   * Reads one column of a golden CSV file.
   *
   * @param file a {@code .gz} or plain CSV file
   * @param column the column name
   * @return the column
   * @throws IllegalArgumentException if there is no such column
   */
  public static TimeSeries readColumn(Path file, String column) {
    Map<String, TimeSeries> all = read(file);
    TimeSeries s = all.get(column);
    if (s == null) {
      throw new IllegalArgumentException("no column '" + column + "' in " + file + "; columns are " + all.keySet());
    }
    return s;
  }

  static Map<String, TimeSeries> parse(BufferedReader reader, String source) throws IOException {
    String header = reader.readLine();
    if (header == null) {
      throw new IllegalArgumentException(source + " is empty");
    }
    String[] names = header.split(",", -1);
    int cols = names.length - 1;
    long[] times = new long[1024];
    double[][] values = new double[cols][1024];
    int rows = 0;
    String line;
    int lineNo = 1;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      if (rows == times.length) {
        times = Arrays.copyOf(times, rows * 2);
        for (int c = 0; c < cols; c++) {
          values[c] = Arrays.copyOf(values[c], rows * 2);
        }
      }
      int start = 0;
      int comma = line.indexOf(',');
      if (comma < 0 && cols > 0) {
        throw new IllegalArgumentException(source + " line " + lineNo + ": expected " + names.length + " cells");
      }
      times[rows] = Timestamps.parse(comma < 0 ? line : line.substring(0, comma));
      for (int c = 0; c < cols; c++) {
        start = comma + 1;
        comma = line.indexOf(',', start);
        if (comma < 0) {
          if (c != cols - 1) {
            throw new IllegalArgumentException(source + " line " + lineNo + ": expected " + names.length + " cells");
          }
          comma = line.length();
        }
        values[c][rows] = parseCell(line, start, comma, source, lineNo);
      }
      if (comma != line.length()) {
        throw new IllegalArgumentException(source + " line " + lineNo + ": more than " + names.length + " cells");
      }
      rows++;
    }
    long[] t = Arrays.copyOf(times, rows);
    Map<String, TimeSeries> out = new LinkedHashMap<>();
    for (int c = 0; c < cols; c++) {
      out.put(names[c + 1], TimeSeries.of(t, Arrays.copyOf(values[c], rows)));
    }
    return out;
  }

  private static double parseCell(String line, int from, int to, String source, int lineNo) {
    if (from == to) {
      return Double.NaN;
    }
    String cell = line.substring(from, to);
    if (cell.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException(source + " line " + lineNo + ": not a number '" + cell + "'", ex);
    }
  }
}
