package org.pystrade.data.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;

/**
 * The reader {@link ConfigTable} replaced (lines split by a regular expression, cells as strings in a map per row,
 * each typed column re-encoded to bytes), kept as the oracle of {@code ConfigTableDifferentialTest}: the byte-level
 * reader must give the same header, keys, texts, numbers and errors on any file.
 */
final class ConfigTableReference {

  private final Path path;
  private final List<String> header;
  private final Map<String, Row> rows;
  private final Map<String, String> duplicates;
  private final List<Row> inOrder;

  /** Every row in file order, and the numeric columns typed so far. */
  static final class Columns {

    private final Path path;
    private final List<String> header;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Typed> typed = new ConcurrentHashMap<>();

    Columns(Path path, List<String> header) {
      this.path = path;
      this.header = header;
    }

    double value(String column, int row) {
      if (!header.contains(column)) {
        return Double.NaN;
      }
      Typed t = typed.computeIfAbsent(column, this::type);
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
    private Typed type(String column) {
      Map<Integer, DataException> refused = new HashMap<>();
      while (true) {
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
          if (!refused.containsKey(r)) {
            kept.add(r);
          }
        }
        int n = kept.size();
        byte[][] cells = new byte[n][];
        int[] from = new int[n];
        int[] to = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
          cells[k] = rows.get(kept.get(k)).cells().get(column).getBytes(StandardCharsets.UTF_8);
          from[k] = length;
          length += cells[k].length;
          to[k] = length;
        }
        byte[] text = new byte[length];
        for (int k = 0; k < n; k++) {
          System.arraycopy(cells[k], 0, text, from[k], cells[k].length);
        }
        PandasColumns.Column typedColumn = PandasColumns.infer(text, from, to);
        if (typedColumn.values() != null) {
          double[] values = new double[rows.size()];
          Arrays.fill(values, Double.NaN);
          for (int k = 0; k < n; k++) {
            values[kept.get(k)] = typedColumn.values()[k];
          }
          return new Typed(values, refused);
        }
        int bad = kept.get(typedColumn.refusedCell());
        Row row = rows.get(bad);
        refused.put(bad, new DataException(ReasonCode.MALFORMED_DATA, path + " line " + row.line()
            + ": unparsable number '" + row.cells().get(column) + "' in column " + column + ": it "
            + typedColumn.reason() + " (pysystemtrade then fails on every instrument; the other rows are read)"));
      }
    }
  }

  /** A typed column: the values of its rows, and the rows refused with why. */
  private record Typed(double[] values, Map<Integer, DataException> refused) {
  }

  private ConfigTableReference(Path path, List<String> header, Map<String, Row> rows, Map<String, String> duplicates,
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
   * @param cells the cells by column name
   * @param index the row's position among the file's rows
   * @param columns the file's rows and typed columns
   */
  record Row(Path path, int line, Map<String, String> cells, int index, Columns columns) {

    /**
     * A cell's text.
     *
     * @param column the column name
     * @return the stripped text, empty if the cell is empty
     */
    String text(String column) {
      String v = cells.get(column);
      return v == null ? "" : v.strip();
    }

    /**
     * A numeric cell, as pandas reads it in its column.
     *
     * @param column the column name
     * @return the value, NaN if the cell is missing (empty or one of pandas' missing-value markers) or the column
     *     absent
     * @throws DataException naming file, line and text of a cell that makes pandas read the column as text
     */
    double number(String column) {
      return columns.value(column, index);
    }
  }

  /**
   * Reads a file.
   *
   * @param path the file
   * @param requiredColumns columns the header must have (the first column is the key whatever its name)
   * @return the table
   * @throws DataException naming the path if missing, and naming the line for a malformed row
   */
  static ConfigTableReference read(Path path, String... requiredColumns) {
    if (Files.isDirectory(path)) {
      throw new DataException(ReasonCode.MISSING_DATA, path + " is a folder, not a CSV file");
    }
    String text = new String(CsvFiles.read(path), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r?\n", -1);
    if (lines.length == 0 || lines[0].isBlank()) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "empty file or missing header line: " + path);
    }
    List<String> header = split(path, 1, lines[0]);
    for (String col : requiredColumns) {
      if (!header.contains(col)) {
        throw new DataException(ReasonCode.MALFORMED_DATA,
            "missing column " + col + " in header of " + path + " (line 1): '" + lines[0]
            + "'");
      }
    }
    Map<String, Row> rows = new HashMap<>();
    Map<String, String> duplicates = new HashMap<>();
    Columns columns = new Columns(path, List.copyOf(header));
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      List<String> cells = split(path, lineNo, lines[i]);
      if (cells.size() != header.size()) {
        throw new DataException(ReasonCode.MALFORMED_DATA,
            path + " line " + lineNo + ": expected " + header.size() + " columns but found "
            + cells.size() + " in '" + lines[i] + "'");
      }
      Map<String, String> byName = new LinkedHashMap<>();
      for (int c = 0; c < cells.size(); c++) {
        byName.put(header.get(c), cells.get(c));
      }
      String key = cells.get(0).strip();
      Row row = new Row(path, lineNo, Collections.unmodifiableMap(byName), columns.rows.size(), columns);
      columns.rows.add(row);
      Row previous = rows.putIfAbsent(key, row);
      if (previous != null) {
        duplicates.merge(key, path + ": " + key + " appears on lines " + previous.line() + " and " + lineNo,
            (a, b) -> a + ", " + lineNo);
      }
    }
    return new ConfigTableReference(path, List.copyOf(header), rows, duplicates, List.copyOf(columns.rows));
  }

  /** A line's cells as pandas' tokenizer reads them (quotes only open a cell; see the class comment). */
  private static List<String> split(Path path, int lineNo, String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i == n) {
            throw new DataException(ReasonCode.MALFORMED_DATA,
                path + " line " + lineNo + ": unterminated quote in '" + line + "'");
          }
          char c = line.charAt(i++);
          if (c != '"') {
            cell.append(c);
          } else if (i < n && line.charAt(i) == '"') {
            cell.append('"');
            i++;
          } else {
            break;
          }
        }
      }
      while (i < n && line.charAt(i) != ',') {
        cell.append(line.charAt(i++));
      }
      out.add(cell.toString());
      cell.setLength(0);
      if (i == n) {
        return out;
      }
      i++;
    }
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
