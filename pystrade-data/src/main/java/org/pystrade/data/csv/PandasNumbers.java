package org.pystrade.data.csv;

/**
 * Numbers read as pandas' default CSV parser reads them ({@code DecimalParser}), bit for bit, for code outside this
 * package that reads pysystemtrade's CSV files cell by cell (the price pipeline's per-contract files).
 */
public final class PandasNumbers {

  private PandasNumbers() {
  }

  /**
   * Reads a cell as pandas' C parser does.
   *
   * @param text the cell
   * @return the value, or NaN when pandas would not read it as a number (an empty cell, {@code NaN}, or text)
   */
  public static double parse(CharSequence text) {
    return DecimalParser.parsePandas(text);
  }
}
