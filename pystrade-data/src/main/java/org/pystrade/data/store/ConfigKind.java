package org.pystrade.data.store;

/** The configuration tables a store keeps, as pysystemtrade's {@code csvconfig} files. */
public enum ConfigKind {

  /** {@code instrumentconfig.csv}: {@link InstrumentConfig} rows. */
  INSTRUMENT_CONFIG("instrumentconfig"),
  /** {@code rollconfig.csv}: {@link RollConfig} rows. */
  ROLL_CONFIG("rollconfig"),
  /** {@code spreadcosts.csv}: {@link SpreadCost} rows. */
  SPREAD_COSTS("spreadcosts");

  private final String fileName;

  ConfigKind(String fileName) {
    this.fileName = fileName;
  }

  /**
   * The table's name in pysystemtrade's {@code csvconfig} folder, without extension.
   *
   * @return for example {@code "instrumentconfig"}
   */
  public String baseName() {
    return fileName;
  }
}
