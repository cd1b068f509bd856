package org.pystrade.core.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/**
 * A gzipped CSV of dated columns read into one series per column. In the sparse form an empty cell means the date
 * is absent from that column's index; in the dense form (pandas' default {@code to_csv}) every column has every
 * date and an empty cell is NaN. {@code nan} (or any unparsable text) means present but missing.
 */
final class ReferenceTable {

  private final Map<String, TimeSeries> columns;

  private ReferenceTable(Map<String, TimeSeries> columns) {
    this.columns = columns;
  }

  static ReferenceTable fromResource(String name) {
    InputStream in = ReferenceTable.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    return read(in, false);
  }

  static ReferenceTable fromDenseFile(Path file) {
    try {
      return read(Files.newInputStream(file), true);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static ReferenceTable read(InputStream raw, boolean dense) {
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      String[] header = r.readLine().split(",", -1);
      int k = header.length - 1;
      List<List<Long>> times = new ArrayList<>();
      List<List<Double>> values = new ArrayList<>();
      for (int c = 0; c < k; c++) {
        times.add(new ArrayList<>());
        values.add(new ArrayList<>());
      }
      String line;
      while ((line = r.readLine()) != null) {
        String[] cells = line.split(",", -1);
        long t = Timestamps.of(LocalDate.parse(cells[0].substring(0, 10)));
        for (int c = 0; c < k; c++) {
          String cell = c + 1 < cells.length ? cells[c + 1] : "";
          if (cell.isEmpty() && !dense) {
            continue;
          }
          times.get(c).add(t);
          values.get(c).add(parse(cell));
        }
      }
      Map<String, TimeSeries> cols = new LinkedHashMap<>();
      for (int c = 0; c < k; c++) {
        long[] ts = times.get(c).stream().mapToLong(Long::longValue).toArray();
        double[] vs = values.get(c).stream().mapToDouble(Double::doubleValue).toArray();
        cols.put(header[c + 1], TimeSeries.of(ts, vs));
      }
      return new ReferenceTable(cols);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static double parse(String cell) {
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException ex) {
      return Double.NaN;
    }
  }

  TimeSeries column(String name) {
    TimeSeries s = columns.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no column " + name + " in " + columns.keySet());
    }
    return s;
  }

  /**
   * Finds {@code shared/golden/<relative>} by walking up from the working directory.
   *
   * @param relative path below {@code shared/golden}
   * @return the file, or null if no such directory exists above
   */
  static Path findGolden(String relative) {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("golden").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    return null;
  }
}
