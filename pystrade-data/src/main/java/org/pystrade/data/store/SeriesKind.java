package org.pystrade.data.store;

import java.util.List;

/**
 * The kinds of series a store keeps, with the names pysystemtrade gives their columns. Contract ids
 * ({@code YYYYMMDD}) are held as numbers ({@code 20231200.0}), as pysystemtrade's CSV files hold them.
 */
public enum SeriesKind {

  /** Back-adjusted prices of an instrument: one column, {@code price}. */
  ADJUSTED_PRICES("adjusted prices", "futures_adjusted_prices", "DATETIME", List.of("price"), new boolean[] {false}),
  /** Multiple prices of an instrument, in the column order of pysystemtrade's files. */
  MULTIPLE_PRICES("multiple prices", "futures_multiple_prices", "DATETIME",
      List.of("CARRY", "CARRY_CONTRACT", "PRICE", "PRICE_CONTRACT", "FORWARD", "FORWARD_CONTRACT"),
      new boolean[] {false, true, false, true, false, true}),
  /** Prices of one futures contract. */
  CONTRACT_PRICES("contract prices", "futures_contract_prices", "DATETIME", List.of("OPEN", "HIGH", "LOW", "FINAL", "VOLUME"),
      new boolean[] {false, false, false, false, false}),
  /** Spot FX prices of a pair ({@code EURUSD}: the value of one EUR in USD). */
  FX_PRICES("FX prices", "spotfx_prices", "DATETIME", List.of("PRICE"), new boolean[] {false}),
  /** The roll calendar of an instrument. */
  ROLL_CALENDAR("roll calendar", "futures_roll_calendars", "DATE_TIME", List.of("current_contract", "next_contract", "carry_contract"),
      new boolean[] {true, true, true});

  private final String label;
  private final String dataType;
  private final String indexName;
  private final List<String> columns;
  private final boolean[] contractColumns;

  SeriesKind(String label, String dataType, String indexName, List<String> columns, boolean[] contractColumns) {
    this.label = label;
    this.dataType = dataType;
    this.indexName = indexName;
    this.columns = columns;
    this.contractColumns = contractColumns;
  }

  /**
   * A name for messages.
   *
   * @return for example {@code "multiple prices"}
   */
  public String label() {
    return label;
  }

  /**
   * The folder of the kind in pysystemtrade's parquet store ({@code ParquetAccess}'s data type); roll calendars,
   * which pysystemtrade keeps in CSV only, get {@code futures_roll_calendars}.
   *
   * @return for example {@code "futures_adjusted_prices"}
   */
  public String dataType() {
    return dataType;
  }

  /**
   * The name of the time column in pysystemtrade's CSV files.
   *
   * @return {@code DATETIME}, or {@code DATE_TIME} for roll calendars
   */
  public String indexName() {
    return indexName;
  }

  /**
   * The value columns, in pysystemtrade's order.
   *
   * @return the column names
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Whether a column holds contract ids (written as whole numbers) rather than prices.
   *
   * @param column the column's index in {@link #columns()}
   * @return true for a contract id column
   */
  public boolean isContractColumn(int column) {
    return contractColumns[column];
  }
}
