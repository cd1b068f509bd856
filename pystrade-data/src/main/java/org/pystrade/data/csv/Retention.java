package org.pystrade.data.csv;

/**
 * How long {@link CsvFuturesSimData} keeps the price files it has read (adjusted and multiple prices; FX and
 * configuration files are small and always kept).
 *
 * <p>A trading system reads each instrument's raw files while it derives its daily series from them (daily prices,
 * the denominator price, the annualised roll), and keeps those series in its own memo. From then on the raw files,
 * at their full intraday resolution, are several times larger than everything derived from them. {@link #RECENT}
 * lets them go, which is what keeps the memory of a whole-universe backtest proportional to its daily series;
 * {@link #ALL} keeps them, which suits interactive use where the same files are asked for again and again.
 */
public enum Retention {

  /** Every file read is kept for the life of the data object (the default): each file is read at most once. */
  ALL,

  /**
   * Files are kept while anything still refers to them and, besides, the most recently used few (two per
   * processor); a file asked for again after it was let go is read again, from the binary cache when one is
   * configured ({@link CacheOptions}). Failures are remembered either way.
   */
  RECENT
}
