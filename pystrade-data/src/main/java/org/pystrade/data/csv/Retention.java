package org.pystrade.data.csv;

/**
 * How long {@link CsvFuturesSimData} keeps the price files it has read (adjusted and multiple prices; FX and
 * configuration files are small and always kept).
 *
 * <p>A trading system reads each instrument's raw files while it derives its daily series from them (daily prices,
 * the denominator price, the annualised roll), and keeps those series in its own memo. From then on the raw files,
 * at their full intraday resolution, are several times larger than everything derived from them. {@link #IN_USE}
 * lets them go, which keeps the memory of a whole-universe backtest proportional to its daily series; {@link #ALL}
 * keeps them, which suits interactive use where the same files are asked for again and again.
 */
public enum Retention {

  /** Every file read is kept for the life of the data object (the default): each file is read at most once. */
  ALL,

  /**
   * A file is kept only while something still refers to it (weakly held otherwise); a file asked for again after
   * it was collected is read again, from the binary cache when one is configured ({@link CacheOptions}). Failures
   * are remembered either way. Letting files die young is what keeps the garbage collector from promoting them and
   * growing the heap.
   */
  IN_USE
}
