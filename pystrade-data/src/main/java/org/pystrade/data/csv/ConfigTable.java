package org.pystrade.data.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;

/**
 * A small configuration CSV file keyed by its first column ({@code Instrument}): pysystemtrade's
 * {@code instrumentconfig.csv}, {@code spreadcosts.csv}, {@code rollconfig.csv}. Cells may be quoted with double
 * quotes (a doubled quote inside is one quote), as in {@code "Ten year dollar swapnote, ICE"}. Blank lines are
 * skipped. A key that appears on two lines is reported when, and only when, it is looked up.
 */
final class ConfigTable {

  private final Path path;
  private final List<String> header;
  private final Map<String, Row> rows;
  private final Map<String, String> duplicates;

  private ConfigTable(Path path, List<String> header, Map<String, Row> rows, Map<String, String> duplicates) {
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
   */
  record Row(Path path, int line, Map<String, String> cells) {

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
     * A numeric cell.
     *
     * @param column the column name
     * @return the value, NaN if the cell is empty
     * @throws DataException naming file, line and text if unparsable
     */
    double number(String column) {
      String v = text(column);
      if (v.isEmpty()) {
        return Double.NaN;
      }
      try {
        return DecimalParser.parsePandas(v);
      } catch (NumberFormatException ex) {
        throw new DataException(ReasonCode.BAD_VALUE,
            path + " line " + line + ": unparsable number '" + v + "' in column " + column,
            ex);
      }
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
  static ConfigTable read(Path path, String... requiredColumns) {
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
      Row previous = rows.putIfAbsent(key, new Row(path, lineNo, Collections.unmodifiableMap(byName)));
      if (previous != null) {
        duplicates.merge(key, path + ": " + key + " appears on lines " + previous.line() + " and " + lineNo,
            (a, b) -> a + ", " + lineNo);
      }
    }
    return new ConfigTable(path, List.copyOf(header), rows, duplicates);
  }

  private static List<String> split(Path path, int lineNo, String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new DataException(ReasonCode.MALFORMED_DATA,
          path + " line " + lineNo + ": unterminated quote in '" + line + "'");
    }
    out.add(cell.toString());
    return out;
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
