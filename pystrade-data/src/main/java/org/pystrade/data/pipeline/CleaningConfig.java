package org.pystrade.data.pipeline;

import org.pystrade.core.util.ArgChecker;

/**
 * How new bars are cleaned and checked before they are merged, as pysystemtrade's {@code priceFilterConfig} and
 * {@code max_price_spike} (defaults.yaml), plus the length of a run of unchanged prices reported as stale.
 *
 * @param ignoreFuturePrices drop bars later than the update's time ({@code ignore_future_prices}, default true)
 * @param ignoreZeroVolumesDaily drop daily bars with zero volume ({@code ignore_prices_with_zero_volumes_daily},
 *     default false)
 * @param ignoreZeroVolumesIntraday drop intraday bars with zero volume
 *     ({@code ignore_prices_with_zero_volumes_intraday}, default true)
 * @param ignoreZeroPrices drop bars whose final price is zero ({@code ignore_zero_prices}, default true)
 * @param ignoreNegativePrices drop bars whose final price is negative ({@code ignore_negative_prices}, default
 *     false: they are kept and reported)
 * @param maxPriceSpike a move of more than this many average absolute daily moves is a spike that refuses the update
 *     ({@code max_price_spike}, default 8)
 * @param staleRun this many equal final prices in a row, ending in the new bars, are reported as stale (default 5;
 *     0 turns the check off)
 */
public record CleaningConfig(boolean ignoreFuturePrices, boolean ignoreZeroVolumesDaily,
    boolean ignoreZeroVolumesIntraday, boolean ignoreZeroPrices, boolean ignoreNegativePrices,
    double maxPriceSpike, int staleRun) {

  /** pysystemtrade's defaults ({@code defaults.yaml}) and a stale run of 5. */
  public static final CleaningConfig DEFAULTS = new CleaningConfig(true, false, true, true, false, 8.0, 5);

  /**
   * Checks the numbers.
   *
   * @param ignoreFuturePrices drop bars later than the update's time ({@code ignore_future_prices}, default true)
   * @param ignoreZeroVolumesDaily drop daily bars with zero volume ({@code ignore_prices_with_zero_volumes_daily},
   *         default false)
   * @param ignoreZeroVolumesIntraday drop intraday bars with zero volume
   *         ({@code ignore_prices_with_zero_volumes_intraday}, default true)
   * @param ignoreZeroPrices drop bars whose final price is zero ({@code ignore_zero_prices}, default true)
   * @param ignoreNegativePrices drop bars whose final price is negative ({@code ignore_negative_prices}, default
   *         false: they are kept and reported)
   * @param maxPriceSpike a move of more than this many average absolute daily moves is a spike that refuses the update
   *         ({@code max_price_spike}, default 8)
   * @param staleRun this many equal final prices in a row, ending in the new bars, are reported as stale (default 5;
   *         0 turns the check off)
   */
  public CleaningConfig {
    ArgChecker.isTrue(maxPriceSpike > 0, "maxPriceSpike must be > 0 but was {}", maxPriceSpike);
    ArgChecker.notNegative(staleRun, "staleRun");
  }

  /**
   * The defaults with another spike limit.
   *
   * @param maxPriceSpike average absolute daily moves
   * @return the config
   */
  public CleaningConfig withMaxPriceSpike(double maxPriceSpike) {
    return new CleaningConfig(ignoreFuturePrices, ignoreZeroVolumesDaily, ignoreZeroVolumesIntraday,
        ignoreZeroPrices, ignoreNegativePrices, maxPriceSpike, staleRun);
  }
}
