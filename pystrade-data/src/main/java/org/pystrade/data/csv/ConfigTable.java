package org.pystrade.data.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;

/**
 * A small configuration CSV file keyed by its first column ({@code Instrument}): pysystemtrade's
 * {@code instrumentconfig.csv}, {@code spreadcosts.csv}, {@code rollconfig.csv}, which it reads with
 * {@code pd.read_csv} and its defaults. A cell may be quoted with double quotes as pandas' tokenizer reads them: a
 * quote opens only at the start of a cell, a doubled quote inside is one quote, and what follows the closing quote
 * is kept, as in {@code "Ten year dollar swapnote, ICE"}; a quoted line end is not supported. Blank lines are
 * skipped. A key that appears on two lines is reported when, and only when, it is looked up.
 *
 * <p>Numbers are read as pandas reads them, column by column ({@link PandasColumns}). A cell that would make pandas
 * keep its whole column as text (on which pysystemtrade fails for every instrument) is refused for its own row,
 * naming file, line and text; the column's other rows are typed without it and still read.
 *
 * <p>The file is read at the byte level: each cell is a range of the file's bytes (a quoted cell, unquoted, is copied
 * after them), a column is typed from those ranges and a cell becomes a {@code String} only when its text is asked
 * for. Why: the system reads these files at its start, on the critical path of every computing thread's first
 * instrument, and the reader this replaced (lines split by a regular expression, each row a map of strings, each
 * typed column encoded back to bytes) took ~40 ms of a 0.3 s backtest there, mostly interpreted (measured; the
 * replaced reader is the oracle of {@code ConfigTableDifferentialTest}).
 */
final class ConfigTable {

  private static final byte QUOTE = '"';
  private static final byte COMMA = ',';

  private final Path path;
  private final List<String> header;
  private final Map<String, Row> rows;
  private final Map<String, String> duplicates;
  private final List<Row> inOrder;

  /** Every row in file order, their cells' bytes, and the numeric columns typed so far. */
  static final class Columns {

    private final Path path;
    private final List<String> header;
    /** The column of each header name (the last of a repeated name, as a map of the row's cells kept it). */
    private final Map<String, Integer> index;
    /** The file's bytes, then the unquoted copies of its quoted cells. */
    private final byte[] text;
    /** Each cell's range in {@link #text}, row after row ({@code header.size()} cells a row). */
    private final int[] from;
    private final int[] to;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Typed> typed = new ConcurrentHashMap<>();

    private Columns(Path path, List<String> header, byte[] text, int[] from, int[] to) {
      this.path = path;
      this.header = header;
      this.text = text;
      this.from = from;
      this.to = to;
      Map<String, Integer> byName = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        byName.put(header.get(c), c);
      }
      this.index = byName;
    }

    /** A cell's text as in the file (unquoted), or null if there is no such column. */
    String cell(String column, int row) {
      Integer c = index.get(column);
      if (c == null) {
        return null;
      }
      int k = row * header.size() + c;
      return new String(text, from[k], to[k] - from[k], StandardCharsets.UTF_8);
    }

    double value(String column, int row) {
      Integer c = index.get(column);
      if (c == null) {
        return Double.NaN;
      }
      Typed t = typed.computeIfAbsent(column, name -> type(name, c));
      DataException refused = t.refused().get(row);
      if (refused != null) {
        throw refused;
      }
      return t.values()[row];
    }

    /**
     * Types a column as pandas types it. A cell that makes pandas read the whole column as text (on which
     * pysystemtrade fails for every instrument) is refused for its own row only, and the column is typed without
     * it: the other instruments still compute, with the values pandas gives them once the bad cell is fixed.
     */
    private Typed type(String column, int c) {
      int width = header.size();
      Map<Integer, DataException> refused = new HashMap<>();
      while (true) {
        int n = rows.size() - refused.size();
        int[] kept = new int[n];
        int[] cellFrom = new int[n];
        int[] cellTo = new int[n];
        int k = 0;
        for (int r = 0; r < rows.size(); r++) {
          if (!refused.containsKey(r)) {
            kept[k] = r;
            cellFrom[k] = from[r * width + c];
            cellTo[k] = to[r * width + c];
            k++;
          }
        }
        PandasColumns.Column typedColumn = PandasColumns.infer(text, cellFrom, cellTo);
        if (typedColumn.values() != null) {
          double[] values = new double[rows.size()];
          Arrays.fill(values, Double.NaN);
          for (k = 0; k < n; k++) {
            values[kept[k]] = typedColumn.values()[k];
          }
          return new Typed(values, refused);
        }
        int bad = kept[typedColumn.refusedCell()];
        Row row = rows.get(bad);
        refused.put(bad, new DataException(ReasonCode.MALFORMED_DATA, path + " line " + row.line()
            + ": unparsable number '" + cell(column, bad) + "' in column " + column + ": it "
            + typedColumn.reason() + " (pysystemtrade then fails on every instrument; the other rows are read)"));
      }
    }
  }

  /** A typed column: the values of its rows, and the rows refused with why. */
  private record Typed(double[] values, Map<Integer, DataException> refused) {
  }

  private ConfigTable(Path path, List<String> header, Map<String, Row> rows, Map<String, String> duplicates,
      List<Row> inOrder) {
    this.inOrder = inOrder;
    this.path = path;
    this.header = header;
    this.rows = rows;
    this.duplicates = duplicates;
  }

  /**
   * One row of the file.
   *
   * @param path the file
   * @param line the 1-based line number
   * @param key the first cell, stripped
   * @param index the row's position among the file's rows
   * @param columns the file's rows, cells and typed columns
   */
  record Row(Path path, int line, String key, int index, Columns columns) {

    /**
     * A cell's text.
     *
     * @param column the column name
     * @return the stripped text, empty if the cell is empty or there is no such column
     */
    String text(String column) {
      String v = columns.cell(column, index);
      return v == null ? "" : v.strip();
    }

    /**
     * A cell's text as in the file (unquoted, not stripped).
     *
     * @param column the column name
     * @return the text, or null if there is no such column
     */
    String cell(String column) {
      return columns.cell(column, index);
    }

    /**
     * Whether the file has a column.
     *
     * @param column the column name
     * @return true if the header names it
     */
    boolean hasColumn(String column) {
      return columns.index.containsKey(column);
    }

    /**
     * A cell's number, as pandas types its column.
     *
     * @param column the column name
     * @return the value, NaN if the cell is empty or there is no such column
     * @throws DataException naming file, line and text if the cell would make pandas read its column as text
     */
    double number(String column) {
      return columns.value(column, index);
    }
  }

  /**
   * Reads a configuration file.
   *
   * @param path the file (plain or gzipped)
   * @param requiredColumns columns the header must have
   * @return the table
   * @throws DataException naming the file (and line) if it is missing, empty, lacks a required column, has a line
   *     with another number of cells than the header or an unterminated quote
   */
  static ConfigTable read(Path path, String... requiredColumns) {
    if (Files.isDirectory(path)) {
      throw new DataException(ReasonCode.MISSING_DATA, path + " is a folder, not a CSV file");
    }
    byte[] bytes = CsvFiles.read(path);
    Cells cells = new Cells(bytes);
    // after a UTF-8 byte-order mark, if any
    int lineStart = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    int lineNo = 0;
    List<String> header = null;
    int width = 0;
    Map<String, Row> rows = new HashMap<>();
    Map<String, String> duplicates = new HashMap<>();
    List<Integer> rowLines = new ArrayList<>();
    while (true) {
      lineNo++;
      int newline = indexOf(bytes, (byte) '\n', lineStart);
      int lineEnd = newline < 0 ? bytes.length : newline;
      // "\r\n" ends a line; a lone "\r" is part of it
      int contentEnd = newline >= 0 && lineEnd > lineStart && bytes[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
      if (header == null) {
        if (isBlank(bytes, lineStart, contentEnd)) {
          throw new DataException(ReasonCode.MALFORMED_DATA, "empty file or missing header line: " + path);
        }
        int first = cells.size();
        cells.split(path, lineNo, lineStart, contentEnd);
        header = new ArrayList<>();
        for (int c = first; c < cells.size(); c++) {
          header.add(cells.text(c));
        }
        cells.truncate(first);
        header = List.copyOf(header);
        width = header.size();
        for (String col : requiredColumns) {
          if (!header.contains(col)) {
            throw new DataException(ReasonCode.MALFORMED_DATA, "missing column " + col + " in header of " + path
                + " (line 1): '" + line(bytes, lineStart, contentEnd) + "'");
          }
        }
      } else if (!isBlank(bytes, lineStart, contentEnd)) {
        int first = cells.size();
        cells.split(path, lineNo, lineStart, contentEnd);
        int found = cells.size() - first;
        if (found != width) {
          throw new DataException(ReasonCode.MALFORMED_DATA, path + " line " + lineNo + ": expected " + width
              + " columns but found " + found + " in '" + line(bytes, lineStart, contentEnd) + "'");
        }
        rowLines.add(lineNo);
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    Columns columns = cells.columns(path, header);
    for (int r = 0; r < rowLines.size(); r++) {
      int lineOfRow = rowLines.get(r);
      String key = cells.text(r * width).strip();
      Row row = new Row(path, lineOfRow, key, r, columns);
      columns.rows.add(row);
      Row previous = rows.putIfAbsent(key, row);
      if (previous != null) {
        duplicates.merge(key, path + ": " + key + " appears on lines " + previous.line() + " and " + lineOfRow,
            (a, b) -> a + ", " + lineOfRow);
      }
    }
    return new ConfigTable(path, header, rows, duplicates, List.copyOf(columns.rows));
  }

  /** The cells of a file as ranges of its bytes, quoted cells unquoted into bytes kept after the file's. */
  private static final class Cells {
    private final byte[] file;
    private byte[] extra = new byte[64];
    private int extraLength;
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private int size;

    Cells(byte[] file) {
      this.file = file;
    }

    int size() {
      return size;
    }

    void truncate(int n) {
      size = n;
    }

    /** A cell's text (while the cells are being read: its bytes may be in the file or in the extra bytes). */
    String text(int cell) {
      int f = from[cell];
      int t = to[cell];
      if (f >= file.length) {
        return new String(extra, f - file.length, t - f, StandardCharsets.UTF_8);
      }
      return new String(file, f, t - f, StandardCharsets.UTF_8);
    }

    /**
     * Splits a line into cells as pandas' tokenizer does with default options: a quote opens only at the start of a
     * cell, a doubled quote inside is one quote, what follows the closing quote up to the comma is kept.
     */
    void split(Path path, int lineNo, int start, int end) {
      int i = start;
      while (true) {
        if (i < end && file[i] == QUOTE) {
          // unquoted into the extra bytes, with what follows the closing quote up to the comma
          int cellStart = file.length + extraLength;
          i++;
          while (true) {
            if (i == end) {
              throw new DataException(ReasonCode.MALFORMED_DATA,
                  path + " line " + lineNo + ": unterminated quote in '" + line(file, start, end) + "'");
            }
            byte b = file[i++];
            if (b != QUOTE) {
              appendExtra(b);
            } else if (i < end && file[i] == QUOTE) {
              appendExtra(QUOTE);
              i++;
            } else {
              break;
            }
          }
          while (i < end && file[i] != COMMA) {
            appendExtra(file[i++]);
          }
          add(cellStart, file.length + extraLength);
        } else {
          int cellStart = i;
          while (i < end && file[i] != COMMA) {
            i++;
          }
          add(cellStart, i);
        }
        if (i == end) {
          return;
        }
        i++;
      }
    }

    private void appendExtra(byte b) {
      if (extraLength == extra.length) {
        extra = Arrays.copyOf(extra, extra.length * 2);
      }
      extra[extraLength++] = b;
    }

    private void add(int f, int t) {
      if (size == from.length) {
        from = Arrays.copyOf(from, size * 2);
        to = Arrays.copyOf(to, size * 2);
      }
      from[size] = f;
      to[size] = t;
      size++;
    }

    /** The columns of the rows read (the header's cells removed), over one array of the file's and extra bytes. */
    Columns columns(Path path, List<String> header) {
      byte[] text = file;
      if (extraLength > 0) {
        text = Arrays.copyOf(file, file.length + extraLength);
        System.arraycopy(extra, 0, text, file.length, extraLength);
      }
      return new Columns(path, header, text, Arrays.copyOf(from, size), Arrays.copyOf(to, size));
    }
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** {@link String#isBlank} of the line's text: ASCII bytes judged directly, any other line decoded. */
  private static boolean isBlank(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x80) {
        return line(bytes, start, end).isBlank();
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  /** A line's text, for messages. */
  private static String line(byte[] bytes, int start, int end) {
    return new String(bytes, start, end - start, StandardCharsets.UTF_8);
  }

  /**
   * The file.
   *
   * @return the path
   */
  Path path() {
    return path;
  }

  /**
   * The header's column names.
   *
   * @return the columns, in file order
   */
  List<String> header() {
    return header;
  }

  /**
   * Every row, in file order.
   *
   * @return the rows
   * @throws DataException naming the lines if a key appears more than once
   */
  List<Row> rows() {
    if (!duplicates.isEmpty()) {
      throw new DataException(ReasonCode.MALFORMED_DATA, duplicates.values().iterator().next());
    }
    return inOrder;
  }

  /**
   * The keys, sorted.
   *
   * @return the keys
   */
  Set<String> keys() {
    return Collections.unmodifiableSet(new TreeSet<>(rows.keySet()));
  }

  /**
   * The row of a key.
   *
   * @param key the key
   * @return the row, empty if absent
   * @throws DataException naming the lines if the key appears more than once
   */
  Optional<Row> row(String key) {
    String dup = duplicates.get(key);
    if (dup != null) {
      throw new DataException(ReasonCode.MALFORMED_DATA, dup);
    }
    return Optional.ofNullable(rows.get(key));
  }
}
