package org.pystrade.examples.cli;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/**
 * Compares computed columns with golden pysystemtrade exports cell by cell (rows matched by timestamp), reporting
 * per column the cells compared, the cells outside a relative tolerance and the worst relative error.
 */
public final class GoldenComparison {

  /**
   * The result for one column.
   *
   * @param column the column name
   * @param compared golden cells compared (non-empty ones, and empty ones where we have a value)
   * @param mismatched cells outside tolerance (including cells we lack)
   * @param worstRelError the worst relative error seen
   * @param worstAt the timestamp of the worst error, formatted
   * @param worstGolden the golden value there
   * @param worstOurs our value there
   */
  public record ColumnResult(String column, int compared, int mismatched, double worstRelError, String worstAt,
      double worstGolden, double worstOurs) {

    @Override
    public String toString() {
      return String.format("%-22s %6d cells, %5d outside tolerance, worst rel err %.3g at %s (golden %s, ours %s)",
          column, compared, mismatched, worstRelError, worstAt, worstGolden, worstOurs);
    }
  }

  private GoldenComparison() {
  }

  /** A cell as pandas writes it: empty or {@code nan} for NaN, {@code inf}/{@code -inf}, else a number. */
  private static double cell(String s, Path file, int lineNo) {
    switch (s) {
      case "":
      case "nan":
      case "NaN":
        return Double.NaN;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        try {
          return Double.parseDouble(s);
        } catch (NumberFormatException ex) {
          throw new DataException(ReasonCode.BAD_VALUE, file + " line " + lineNo + ": '" + s + "' is not a number");
        }
    }
  }

  /**
   * Reads a golden CSV ({@code .csv} or {@code .csv.gz}): {@code DATETIME} then value columns, empty or
   * {@code nan} = NaN, {@code inf} and {@code -inf} as pandas writes infinities. A malformed file is a
   * {@link DataException} naming it (and the line where there is one): a header not starting with {@code DATETIME},
   * a column with no name or named twice, a row with the wrong number of cells, a bad timestamp or number, rows not
   * in increasing time order, a gzip file that is truncated or corrupt.
   *
   * @param file the file
   * @return columns by name, in file order
   * @throws IOException if unreadable
   */
  public static Map<String, TimeSeries> read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      return read(r, file);
    } catch (EOFException ex) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "golden file " + file + " is truncated (the gzip stream "
          + "ends early)", ex);
    } catch (ZipException ex) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "golden file " + file + " is not a valid gzip file: "
          + ex.getMessage(), ex);
    }
  }

  private static Map<String, TimeSeries> read(BufferedReader r, Path file) throws IOException {
    String header = r.readLine();
    if (header == null) {
      throw new DataException(ReasonCode.MISSING_DATA, "empty golden file " + file);
    }
    String[] names = header.split(",", -1);
    if (!names[0].equals("DATETIME")) {
      throw new DataException(ReasonCode.MALFORMED_DATA, file + " line 1: the header must start with DATETIME "
          + "but starts with '" + names[0] + "'");
    }
    Set<String> seen = new HashSet<>();
    for (int c = 1; c < names.length; c++) {
      if (names[c].isEmpty()) {
        throw new DataException(ReasonCode.MALFORMED_DATA, file + " line 1: column " + (c + 1) + " has no name");
      }
      if (!seen.add(names[c])) {
        throw new DataException(ReasonCode.MALFORMED_DATA, file + " line 1: column '" + names[c]
            + "' appears twice");
      }
    }
    List<Long> times = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    String line;
    int lineNo = 1;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String[] cells = line.split(",", -1);
      if (cells.length != names.length) {
        throw new DataException(ReasonCode.MALFORMED_DATA,
            file + " line " + lineNo + ": expected " + names.length + " cells but found " + cells.length);
      }
      long time;
      try {
        time = Timestamps.parse(cells[0]);
      } catch (IllegalArgumentException ex) {
        throw new DataException(ReasonCode.BAD_VALUE, file + " line " + lineNo + ": '" + cells[0]
            + "' is not a date-time");
      }
      if (!times.isEmpty() && time <= times.get(times.size() - 1)) {
        throw new DataException(ReasonCode.MALFORMED_DATA, file + " line " + lineNo + ": " + cells[0]
            + " is not after the previous row's " + Timestamps.format(times.get(times.size() - 1))
            + " (rows must be in increasing time order)");
      }
      times.add(time);
      double[] v = new double[names.length - 1];
      for (int i = 1; i < cells.length; i++) {
        v[i - 1] = cell(cells[i], file, lineNo);
      }
      rows.add(v);
    }
    long[] t = new long[times.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = times.get(i);
    }
    Map<String, TimeSeries> out = new LinkedHashMap<>();
    for (int c = 1; c < names.length; c++) {
      double[] v = new double[t.length];
      for (int i = 0; i < t.length; i++) {
        v[i] = rows.get(i)[c - 1];
      }
      out.put(names[c], TimeSeries.of(t, v));
    }
    return out;
  }

  /**
   * A column a golden file must have.
   *
   * @param columns the file's columns, as {@link #read(Path)} returns them
   * @param name the column
   * @param file the file, for the message
   * @return the column
   * @throws DataException naming the file, the column and the columns it has, if it lacks the column
   */
  public static TimeSeries column(Map<String, TimeSeries> columns, String name, Path file) {
    TimeSeries column = columns.get(name);
    if (column == null) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "golden file " + file + " has no column '" + name
          + "' (its columns: " + (columns.isEmpty() ? "none but DATETIME" : String.join(", ", columns.keySet()))
          + ")");
    }
    return column;
  }

  /**
   * Compares one column: every non-empty golden cell must have our value within {@code relTol} relative (or
   * {@code absTol} absolute, whichever is looser), and every empty golden cell must be empty (NaN or absent) in ours.
   *
   * @param column the column name
   * @param golden golden values
   * @param ours our values
   * @param relTol relative tolerance
   * @param absTol absolute tolerance
   * @return the result
   */
  public static ColumnResult compare(String column, TimeSeries golden, TimeSeries ours, double relTol,
      double absTol) {
    int compared = 0;
    int bad = 0;
    double worst = 0;
    String worstAt = "-";
    double wg = Double.NaN;
    double wo = Double.NaN;
    for (int i = 0; i < golden.size(); i++) {
      double g = golden.value(i);
      double o = ours == null ? Double.NaN : ours.valueAt(golden.time(i));
      if (g != g) {
        // an empty golden cell must stay empty: a value of ours there is a mismatch
        if (o == o) {
          compared++;
          bad++;
          if (Double.POSITIVE_INFINITY > worst) {
            worst = Double.POSITIVE_INFINITY;
            worstAt = Timestamps.format(golden.time(i));
            wg = g;
            wo = o;
          }
        }
        continue;
      }
      compared++;
      // equal values match (infinities of the same sign included)
      double err = o == g ? 0.0 : Math.abs(o - g);
      double rel = err / Math.max(Math.abs(g), 1e-300);
      boolean ok = o == o && (err <= absTol || rel <= relTol);
      if (!ok) {
        bad++;
      }
      double score = o == o ? (err <= absTol ? 0 : rel) : Double.POSITIVE_INFINITY;
      if (score > worst) {
        worst = score;
        worstAt = Timestamps.format(golden.time(i));
        wg = g;
        wo = o;
      }
    }
    return new ColumnResult(column, compared, bad, worst, worstAt, wg, wo);
  }
}
