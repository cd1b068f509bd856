package org.pystrade.data.results;

import java.util.Locale;
import org.pystrade.core.results.ResultWriter;
import org.pystrade.data.arrow.ArrowResultWriter;
import org.pystrade.data.parquet.ParquetResultWriter;

/**
 * The formats a system's results are written in, each file with the index column {@code DATETIME} and the
 * frame's columns under the names of pysystemtrade's golden exports, a missing value (NaN) as a missing value.
 */
public enum ResultFormat {

  /** {@code NAME.csv}, pysystemtrade's golden layout ({@link ResultWriter#csv()}). */
  CSV(".csv"),
  /** {@code NAME.json}, pandas' {@code split} orientation ({@link ResultWriter#json()}). */
  JSON(".json"),
  /** {@code NAME.parquet} ({@link ParquetResultWriter}). */
  PARQUET(".parquet"),
  /** {@code NAME.arrow}, an Arrow IPC file ({@link ArrowResultWriter}). */
  ARROW(".arrow");

  private final String extension;

  ResultFormat(String extension) {
    this.extension = extension;
  }

  /**
   * The file extension, with its dot.
   *
   * @return the extension
   */
  public String extension() {
    return extension;
  }

  /**
   * The format's name on the command line: {@code csv}, {@code json}, {@code parquet}, {@code arrow}.
   *
   * @return the name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Starts a writer of this format.
   *
   * @return the writer; close it when done
   * @throws org.pystrade.core.data.DataException if the format's engine cannot start (Arrow without its JVM flag)
   */
  public ResultWriter open() {
    switch (this) {
      case CSV:
        return ResultWriter.csv();
      case JSON:
        return ResultWriter.json();
      case PARQUET:
        return ParquetResultWriter.open();
      default:
        return ArrowResultWriter.open();
    }
  }
}
