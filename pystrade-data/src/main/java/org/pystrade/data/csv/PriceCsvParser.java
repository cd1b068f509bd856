package org.pystrade.data.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;

/**
 * A byte-level parser for pysystemtrade's price files: a header line naming a date-time column and value columns,
 * then one row per line. No {@code String} is created per cell.
 *
 * <ul>
 *   <li>Line ends may be {@code \n} or {@code \r\n}; a UTF-8 byte-order mark is skipped; blank lines are skipped,
 *       as pandas' {@code read_csv} does. Line numbers in messages are 1-based, the header being line 1.</li>
 *   <li>Every row must have as many cells as the header.</li>
 *   <li>Timestamps follow {@link org.pystrade.core.series.Timestamps#parse(CharSequence)}.</li>
 *   <li>Numbers follow {@link Double#parseDouble(String)} (see {@link DecimalParser}); an empty cell and pandas'
 *       default missing-value markers ({@code NaN}, {@code nan}, {@code NA}, {@code N/A}, {@code null}...) are
 *       NaN. A cell wrapped in double quotes is read without its quotes.</li>
 * </ul>
 * Rows are returned in file order; ordering and duplicates are dealt with by {@link RowOrder}.
 */
final class PriceCsvParser {

  /** pandas' default missing-value markers (besides the empty cell). */
  private static final Set<String> NA_TOKENS = Set.of("#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN",
      "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");

  private static final int MAX_QUOTED_TEXT = 200;

  private PriceCsvParser() {
  }

  /**
   * Parses a price file.
   *
   * @param path the file, for messages
   * @param data the content
   * @param dateColumn the name of the date-time column
   * @param wanted the value columns to read, in the order wanted; null to read every non-date column in file order
   * @return the table, rows in file order
   * @throws DataException naming the file (and line and text) for a missing header or column, a row with the wrong
   *     number of cells, or an unparsable date or number
   */
  static PriceTable parse(Path path, byte[] data, String dateColumn, List<String> wanted) {
    return parse(path, data, data.length, dateColumn, wanted);
  }

  /**
   * Parses the first {@code n} bytes of a buffer as {@link #parse(Path, byte[], String, List)} parses a whole array
   * (for buffers reused from file to file).
   *
   * @param path the file, for messages
   * @param data the buffer
   * @param n how many bytes of it are the content
   * @param dateColumn the name of the date-time column
   * @param wanted the value columns to read, null for every non-date column
   * @return the table, rows in file order
   */
  static PriceTable parse(Path path, byte[] data, int n, String dateColumn, List<String> wanted) {
    int pos = 0;
    if (n >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf) {
      pos = 3;
    }
    int headerEnd = pos;
    while (headerEnd < n && data[headerEnd] != '\n') {
      headerEnd++;
    }
    String header = new String(data, pos, headerEnd - pos, StandardCharsets.UTF_8).strip();
    if (header.isEmpty()) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "empty file or missing header line: " + path);
    }
    String[] names = header.split(",", -1);
    for (int i = 0; i < names.length; i++) {
      names[i] = unquote(names[i]);
    }
    int nCols = names.length;
    int dateIdx = Arrays.asList(names).indexOf(dateColumn);
    if (dateIdx < 0) {
      throw new DataException(ReasonCode.MALFORMED_DATA,
          "missing column " + dateColumn + " in header of " + path + " (line 1): '"
          + clip(header) + "'");
    }
    // slot[c] = output column for file column c, -1 = skipped, -2 = the date
    int[] slot = new int[nCols];
    List<String> outNames = new ArrayList<>();
    Arrays.fill(slot, -1);
    slot[dateIdx] = -2;
    if (wanted == null) {
      for (int c = 0; c < nCols; c++) {
        if (c != dateIdx) {
          slot[c] = outNames.size();
          outNames.add(names[c]);
        }
      }
    } else {
      for (String w : wanted) {
        int c = Arrays.asList(names).indexOf(w);
        if (c < 0 || c == dateIdx) {
          throw new DataException(ReasonCode.MALFORMED_DATA,
              "missing column " + w + " in header of " + path + " (line 1): '"
              + clip(header) + "'");
        }
        slot[c] = outNames.size();
        outNames.add(w);
      }
    }
    int nOut = outNames.size();

    // rows are at most the lines after the header: counted first, so that the columns are allocated once
    int capacity = headerEnd + 1 < n ? 1 : 0;
    for (int i = headerEnd + 1; i < n - 1; i++) {
      if (data[i] == '\n') {
        capacity++;
      }
    }
    long[] times = new long[capacity];
    double[][] values = new double[nOut][capacity];
    // line numbers are kept only once a blank line makes them differ from "row + 2"
    int[] lines = null;
    int rows = 0;
    TimestampParser timestamps = new TimestampParser();

    int line = 1;
    int p = headerEnd + 1;
    while (p < n) {
      line++;
      int lineStart = p;
      // blank line (possibly just "\r")?
      if (data[p] == '\n' || (data[p] == '\r' && (p + 1 == n || data[p + 1] == '\n'))) {
        p = data[p] == '\n' ? p + 1 : p + 2;
        if (lines == null) {
          lines = new int[capacity];
          for (int r = 0; r < rows; r++) {
            lines[r] = r + 2;
          }
        }
        continue;
      }
      if (rows == capacity) {
        capacity = capacity + (capacity >> 1) + 16;
        times = Arrays.copyOf(times, capacity);
        if (lines != null) {
          lines = Arrays.copyOf(lines, capacity);
        }
        for (int k = 0; k < nOut; k++) {
          values[k] = Arrays.copyOf(values[k], capacity);
        }
      }
      int col = 0;
      while (true) {
        int start = p;
        byte ch = 0;
        while (p < n && (ch = data[p]) != ',' && ch != '\n') {
          p++;
        }
        int end = p;
        if (end > start && data[end - 1] == '\r' && (p == n || ch == '\n')) {
          end--;
        }
        if (col < nCols) {
          int s = slot[col];
          if (s == -2) {
            try {
              times[rows] = timestamps.parse(data, unquoteStart(data, start, end), unquoteEnd(data, start, end));
            } catch (IllegalArgumentException ex) {
              throw rowError(path, data, n, lineStart, line, "unparsable date-time '" + text(data, start, end) + "'",
                  ex);
            }
          } else if (s >= 0) {
            values[s][rows] = number(path, data, n, start, end, lineStart, line);
          }
        }
        col++;
        if (p >= n || ch == '\n') {
          break;
        }
        p++;
      }
      if (col != nCols) {
        throw rowError(path, data, n, lineStart, line, "expected " + nCols + " columns but found " + col, null);
      }
      if (lines != null) {
        lines[rows] = line;
      }
      rows++;
      p++;
    }
    if (lines == null && rows == capacity) {
      return new PriceTable(path, outNames, times, values, 2);
    }
    // blank lines: trim
    for (int k = 0; k < nOut; k++) {
      values[k] = Arrays.copyOf(values[k], rows);
    }
    if (lines == null) {
      return new PriceTable(path, outNames, Arrays.copyOf(times, rows), values, 2);
    }
    return new PriceTable(path, outNames, Arrays.copyOf(times, rows), values, Arrays.copyOf(lines, rows));
  }

  private static double number(Path path, byte[] data, int n, int start, int end, int lineStart, int line) {
    if (start == end) {
      return Double.NaN;
    }
    int from = unquoteStart(data, start, end);
    int to = unquoteEnd(data, start, end);
    if (from == to) {
      return Double.NaN;
    }
    try {
      return DecimalParser.parsePandas(data, from, to);
    } catch (NumberFormatException ex) {
      String cell = text(data, from, to);
      if (NA_TOKENS.contains(cell.strip())) {
        return Double.NaN;
      }
      throw rowError(path, data, n, lineStart, line, "unparsable number '" + cell + "'", ex);
    }
  }

  private static int unquoteStart(byte[] data, int start, int end) {
    return end - start >= 2 && data[start] == '"' && data[end - 1] == '"' ? start + 1 : start;
  }

  private static int unquoteEnd(byte[] data, int start, int end) {
    return end - start >= 2 && data[start] == '"' && data[end - 1] == '"' ? end - 1 : end;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }

  private static DataException rowError(Path path, byte[] data, int n, int lineStart, int line, String what,
      Throwable cause) {
    int lineEnd = lineStart;
    while (lineEnd < n && data[lineEnd] != '\n') {
      lineEnd++;
    }
    if (lineEnd > lineStart && data[lineEnd - 1] == '\r') {
      lineEnd--;
    }
    String msg = path + " line " + line + ": " + what + " in '" + text(data, lineStart, lineEnd) + "'";
    return cause == null ? new DataException(ReasonCode.MALFORMED_DATA,
        msg) : new DataException(ReasonCode.MALFORMED_DATA, msg, cause);
  }

  private static String text(byte[] data, int from, int to) {
    return clip(new String(data, from, to - from, StandardCharsets.UTF_8));
  }

  private static String clip(String s) {
    return s.length() <= MAX_QUOTED_TEXT ? s : s.substring(0, MAX_QUOTED_TEXT) + "...";
  }
}
