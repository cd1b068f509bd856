package org.pystrade.data.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;

/**
 * A byte-level parser for pysystemtrade's price files: a header line naming a date-time column and value columns,
 * then one row per line. No {@code String} is created per cell. It reads what pysystemtrade's {@code pd_readcsv}
 * reads with pandas 2.2 ({@code pd.read_csv} with its defaults, then {@code pd.to_datetime} with the format
 * {@code %Y-%m-%d %H:%M:%S}) and refuses what it would not read or would read as something else than numbers.
 *
 * <ul>
 *   <li>Line ends may be {@code \n} or {@code \r\n}; a UTF-8 byte-order mark is skipped; blank lines (empty or only
 *       spaces and tabs) are skipped, as pandas' {@code read_csv} does. Line numbers in messages are 1-based, the
 *       header being line 1. Column names are compared as they are (pandas does not trim them).</li>
 *   <li>Every row must have as many cells as the header (pandas would fill a short row with missing values).</li>
 *   <li>A cell starting with a double quote is read as pandas' tokenizer reads it: the quoted text (a doubled
 *       quote inside is one quote) and whatever follows the closing quote (see {@link PandasColumns#unquoted}); a
 *       quote elsewhere is an ordinary character. Quoted commas and line ends are not supported (refused).</li>
 *   <li>Timestamps follow {@link TimestampParser}: {@code yyyy-mm-dd HH:MM:SS}, no date alone.</li>
 *   <li>Numbers follow {@link DecimalParser#parsePandas}; pandas' default missing-value markers (the empty cell,
 *       {@code NaN}, {@code nan}, {@code NA}, {@code N/A}, {@code null}... matched exactly) are NaN. A column that
 *       pandas would type as integers is read as it would be (see {@link PandasColumns}); one it would keep as
 *       text or booleans is refused, naming a cell.</li>
 * </ul>
 * Rows are returned in file order; ordering and duplicates are dealt with by {@link RowOrder}.
 */
final class PriceCsvParser {

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
    int headerTextEnd = headerEnd > pos && data[headerEnd - 1] == '\r' ? headerEnd - 1 : headerEnd;
    String header = new String(data, pos, headerTextEnd - pos, StandardCharsets.UTF_8);
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
    // set once a cell may read otherwise in a column pandas types as integers: the columns are then typed as pandas
    // types them (rare: cells of 16 or more integer digits, or "-0")
    boolean[] integerLike = new boolean[1];

    int line = 1;
    int p = headerEnd + 1;
    while (p < n) {
      line++;
      int lineStart = p;
      int blankEnd = data[p] > ' ' ? -1 : blankLineEnd(data, p, n);
      if (blankEnd >= 0) {
        p = blankEnd;
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
            times[rows] = timestamp(timestamps, path, data, n, start, end, lineStart, line);
          } else if (s >= 0) {
            values[s][rows] = number(path, data, n, start, end, lineStart, line, integerLike);
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
    for (int c = 0; c < nCols && integerLike[0]; c++) {
      if (slot[c] >= 0) {
        typeAsPandas(path, data, n, headerEnd + 1, c, values[slot[c]], rows);
      }
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

  private static long timestamp(TimestampParser timestamps, Path path, byte[] data, int n, int start, int end,
      int lineStart, int line) {
    try {
      return timestamps.parse(data, unquoteStart(data, start, end), unquoteEnd(data, start, end));
    } catch (IllegalArgumentException ex) {
      return timestampAfterQuote(timestamps, path, data, n, start, end, lineStart, line, ex);
    }
  }

  /** A cell the timestamp parser refused: read again if a quote closed before its end, else reported. */
  private static long timestampAfterQuote(TimestampParser timestamps, Path path, byte[] data, int n, int start,
      int end, int lineStart, int line, IllegalArgumentException ex) {
    byte[] field = PandasColumns.unquoted(data, start, end);
    if (field != null && data[start] == '"' && !unquoteEquals(data, start, end, field)) {
      try {
        return timestamps.parse(field, 0, field.length);
      } catch (IllegalArgumentException again) {
        // the message names the cell as it is in the file
      }
    }
    throw rowError(path, data, n, lineStart, line,
        "unparsable date-time '" + text(data, start, end) + "' (" + ex.getMessage() + ")", ex);
  }

  private static double number(Path path, byte[] data, int n, int start, int end, int lineStart, int line,
      boolean[] integerLike) {
    if (start == end) {
      return Double.NaN;
    }
    double v = DecimalParser.parsePandas(data, unquoteStart(data, start, end), unquoteEnd(data, start, end),
        integerLike);
    return v == v ? v : notParsed(path, data, n, start, end, lineStart, line, integerLike);
  }

  /** A cell the number parser refused: a missing-value marker, a quote closed before its end, or an error. */
  private static double notParsed(Path path, byte[] data, int n, int start, int end, int lineStart, int line,
      boolean[] integerLike) {
    int from = unquoteStart(data, start, end);
    int to = unquoteEnd(data, start, end);
    if (PandasColumns.isMissing(data, from, to)) {
      return Double.NaN;
    }
    // a quote closed before the end of the cell: what follows it is part of the text
    byte[] field = data[start] == '"' ? PandasColumns.unquoted(data, start, end) : null;
    if (field != null && !unquoteEquals(data, start, end, field)) {
      double v = DecimalParser.parsePandas(field, 0, field.length, integerLike);
      if (v == v || PandasColumns.isMissing(field, 0, field.length)) {
        return v;
      }
    }
    throw rowError(path, data, n, lineStart, line, "unparsable number '" + text(data, start, end) + "'", null);
  }

  /** Whether pandas' text of a cell is what stripping its outer quotes gives. */
  private static boolean unquoteEquals(byte[] data, int start, int end, byte[] field) {
    int from = unquoteStart(data, start, end);
    int to = unquoteEnd(data, start, end);
    return Arrays.equals(data, from, to, field, 0, field.length);
  }

  /**
   * Where the line at {@code p} ends (past its line end) if it is blank for pandas ({@code skip_blank_lines}):
   * empty, or only spaces and tabs, before {@code \n}, {@code \r\n} or the end of the data; else -1.
   */
  private static int blankLineEnd(byte[] data, int p, int n) {
    int q = p;
    while (q < n && (data[q] == ' ' || data[q] == '\t')) {
      q++;
    }
    if (q == n) {
      return q > p ? n : -1;
    }
    if (data[q] == '\n') {
      return q + 1;
    }
    if (data[q] == '\r' && (q + 1 == n || data[q + 1] == '\n')) {
      return q + 1 == n ? n : q + 2;
    }
    return -1;
  }

  /**
   * Re-reads one value column as pandas types it (rare: only for a file with a cell of 16 or more integer digits or
   * a negative zero, which may read otherwise in an integer column), replacing its float64 values with an integer
   * column's, or refusing a column pandas would read as text.
   */
  private static void typeAsPandas(Path path, byte[] data, int n, int first, int column, double[] values,
      int rows) {
    int[] from = new int[rows];
    int[] to = new int[rows];
    int[] lineStarts = new int[rows];
    int[] lineNumbers = new int[rows];
    byte[] text = new byte[Math.max(16, n / 8)];
    int used = 0;
    int row = 0;
    int line = 1;
    int p = first;
    while (p < n && row < rows) {
      line++;
      int blankEnd = blankLineEnd(data, p, n);
      if (blankEnd >= 0) {
        p = blankEnd;
        continue;
      }
      lineStarts[row] = p;
      lineNumbers[row] = line;
      int lineEnd = p;
      while (lineEnd < n && data[lineEnd] != '\n') {
        lineEnd++;
      }
      int cellStart = p;
      for (int c = 0; c < column; c++) {
        while (data[cellStart] != ',') {
          cellStart++;
        }
        cellStart++;
      }
      int cellEnd = cellStart;
      while (cellEnd < lineEnd && data[cellEnd] != ',') {
        cellEnd++;
      }
      if (cellEnd == lineEnd && cellEnd > cellStart && data[cellEnd - 1] == '\r') {
        cellEnd--;
      }
      byte[] field = PandasColumns.unquoted(data, cellStart, cellEnd);
      if (field == null) { // an unclosed quote: never a number, as the first pass found
        field = Arrays.copyOfRange(data, cellStart, cellEnd);
      }
      if (used + field.length > text.length) {
        text = Arrays.copyOf(text, Math.max(2 * text.length, used + field.length));
      }
      System.arraycopy(field, 0, text, used, field.length);
      from[row] = used;
      used += field.length;
      to[row] = used;
      row++;
      p = lineEnd + 1;
    }
    PandasColumns.Column typed = PandasColumns.infer(text, from, to);
    if (typed.values() == null) {
      int r = typed.refusedCell();
      throw rowError(path, data, n, lineStarts[r], lineNumbers[r], "unparsable number '"
          + clip(new String(text, from[r], to[r] - from[r], StandardCharsets.UTF_8)) + "': it " + typed.reason(),
          null);
    }
    System.arraycopy(typed.values(), 0, values, 0, rows);
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
