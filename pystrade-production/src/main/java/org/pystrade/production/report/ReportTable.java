package org.pystrade.production.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.util.ArgChecker;

/**
 * One table of a report: a title, column names and rows of cells. A cell is a {@link String}, a {@link Long}, a
 * {@link Double} (NaN shown empty: not known), a {@link LocalDate} or an {@link Instant}. A row is found by its
 * leading cells (for example strategy then instrument), so that figures can be read back by name.
 *
 * @param title the table's title
 * @param columns the column names, at least one
 * @param rows the rows, each as wide as the columns
 * @param note a note shown under the table, may be empty
 */
public record ReportTable(String title, List<String> columns, List<List<Object>> rows, String note) {

  /**
   * Checks the shape and the kinds of cell; copies the lists.
   *
   * @param title the table's title
   * @param columns the column names, at least one
   * @param rows the rows, each as wide as the columns
   * @param note a note shown under the table, may be empty
   */
  public ReportTable {
    ArgChecker.notBlank(title, "title");
    ArgChecker.notEmpty(columns, "columns");
    columns = List.copyOf(columns);
    ArgChecker.notNull(rows, "rows");
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      ArgChecker.isTrue(row != null && row.size() == columns.size(), "a row of table '{}' must have {} cells: {}",
          title, columns.size(), row);
      for (Object cell : row) {
        ArgChecker.isTrue(cell instanceof String || cell instanceof Long || cell instanceof Double
            || cell instanceof LocalDate || cell instanceof Instant,
            "a cell of table '{}' must be text, a whole number, a number, a date or an instant: {}", title, cell);
      }
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
    note = note == null ? "" : note;
  }

  /**
   * The index of a column.
   *
   * @param name the column's name
   * @return its index
   * @throws IllegalArgumentException if there is no such column
   */
  public int column(String name) {
    int i = columns.indexOf(name);
    ArgChecker.isTrue(i >= 0, "table '{}' has no column '{}': {}", title, name, columns);
    return i;
  }

  /**
   * The first row whose leading cells read as the given keys.
   *
   * @param keys the texts of the leading cells
   * @return the row, empty if none matches
   */
  public Optional<List<Object>> row(String... keys) {
    for (List<Object> row : rows) {
      boolean match = true;
      for (int i = 0; i < keys.length && match; i++) {
        match = i < row.size() && Cells.text(row.get(i)).equals(keys[i]);
      }
      if (match) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /**
   * A number of the row with the given leading cells.
   *
   * @param column the column's name
   * @param keys the texts of the row's leading cells
   * @return the number (NaN when the cell is empty)
   * @throws IllegalArgumentException if the row or column does not exist or the cell is not a number
   */
  public double number(String column, String... keys) {
    Object cell = cell(column, keys);
    ArgChecker.isTrue(cell instanceof Number, "cell '{}' of row {} in table '{}' is not a number: {}", column,
        List.of(keys), title, cell);
    return ((Number) cell).doubleValue();
  }

  /**
   * The text of a cell of the row with the given leading cells, as the text rendering shows it.
   *
   * @param column the column's name
   * @param keys the texts of the row's leading cells
   * @return the text
   * @throws IllegalArgumentException if the row or column does not exist
   */
  public String text(String column, String... keys) {
    return Cells.text(cell(column, keys));
  }

  private Object cell(String column, String... keys) {
    int c = column(column);
    List<Object> row = row(keys).orElseThrow(() -> new IllegalArgumentException("table '" + title
        + "' has no row " + List.of(keys)));
    return row.get(c);
  }
}
