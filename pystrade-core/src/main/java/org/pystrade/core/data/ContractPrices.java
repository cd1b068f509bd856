package org.pystrade.core.data;

import java.util.Arrays;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * The price bars of one futures contract, as pysystemtrade keeps them ({@code futuresContractPrices}): on one index,
 * {@code OPEN}, {@code HIGH}, {@code LOW}, {@code FINAL} (the close, which the pipeline uses) and {@code VOLUME};
 * NaN where a value is missing (pysystemtrade's own files often have only FINAL).
 *
 * @param contract the contract
 * @param open OPEN
 * @param high HIGH
 * @param low LOW
 * @param fin FINAL, the price the pipeline stitches
 * @param volume VOLUME, in contracts
 */
public record ContractPrices(FuturesContract contract, TimeSeries open, TimeSeries high, TimeSeries low,
    TimeSeries fin, TimeSeries volume) {

  /**
   * Checks that every column is given and that all share one index, stored once.
   *
   * @param contract the contract
   * @param open OPEN
   * @param high HIGH
   * @param low LOW
   * @param fin FINAL, the price the pipeline stitches
   * @param volume VOLUME, in contracts
   */
  public ContractPrices {
    ArgChecker.notNull(contract, "contract");
    ArgChecker.notNull(fin, "fin");
    for (TimeSeries s : new TimeSeries[] {open, high, low, volume}) {
      ArgChecker.notNull(s, "column");
      ArgChecker.isTrue(s.hasSameTimes(fin), "contract price columns of {} must share one index", contract.id());
    }
    open = open.withTimesOf(fin);
    high = high.withTimesOf(fin);
    low = low.withTimesOf(fin);
    volume = volume.withTimesOf(fin);
  }

  /**
   * Prices with only the final price known (OPEN, HIGH, LOW and VOLUME all NaN), as pysystemtrade's bundled data
   * and a close-only source give them.
   *
   * @param contract the contract
   * @param fin the final prices
   * @return the prices
   */
  public static ContractPrices ofFinal(FuturesContract contract, TimeSeries fin) {
    ArgChecker.notNull(fin, "fin");
    TimeSeries nan = fin.withValuesOwned(nans(fin.size()));
    return new ContractPrices(contract, nan, nan, nan, fin, nan);
  }

  /**
   * The number of rows.
   *
   * @return the size of the index
   */
  public int size() {
    return fin.size();
  }

  private static double[] nans(int n) {
    double[] v = new double[n];
    Arrays.fill(v, Double.NaN);
    return v;
  }
}
