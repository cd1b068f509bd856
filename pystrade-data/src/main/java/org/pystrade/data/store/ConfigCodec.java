package org.pystrade.data.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes a store's configuration tables as files: a {@link FileStore} is given one (pysystemtrade keeps
 * its configuration in CSV files whatever stores its prices, and so do the file stores here).
 */
public interface ConfigCodec {

  /**
   * Reads the instrument configuration.
   *
   * @param file the file, which exists
   * @return the rows
   * @throws org.pystrade.core.data.DataException naming the file and line if it is malformed
   */
  List<InstrumentConfig> readInstrumentConfig(Path file);

  /**
   * Reads the roll configuration.
   *
   * @param file the file, which exists
   * @return the rows
   * @throws org.pystrade.core.data.DataException naming the file and line if it is malformed
   */
  List<RollConfig> readRollConfig(Path file);

  /**
   * Reads the spread costs.
   *
   * @param file the file, which exists
   * @return the rows
   * @throws org.pystrade.core.data.DataException naming the file and line if it is malformed
   */
  List<SpreadCost> readSpreadCosts(Path file);

  /**
   * Writes a table.
   *
   * @param kind which table
   * @param rows its rows ({@link InstrumentConfig}, {@link RollConfig} or {@link SpreadCost} as the kind says)
   * @param target the file to write
   * @throws IOException if it cannot be written
   */
  void write(ConfigKind kind, List<?> rows, Path target) throws IOException;

  /**
   * The file name of a table.
   *
   * @param kind which table
   * @return for example {@code instrumentconfig.csv}
   */
  String fileName(ConfigKind kind);
}
