package org.pystrade.data.pipeline;

import java.util.List;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * Back-adjusted prices by Panama stitching of multiple prices, as pysystemtrade's
 * {@code futuresAdjustedPrices.stitch_multiple_prices} ({@code _panama_stitch}) computes them.
 *
 * <p>Row by row: while the held contract ({@code PRICE_CONTRACT}) stays the same, the adjusted price is the
 * {@code PRICE}. When it changes, the roll differential is the previous row's {@code FORWARD - PRICE}; it is added
 * to every adjusted price so far, and the new row's {@code PRICE} is appended. A roll whose previous row lacks either
 * price is a refusal ({@link Check#ROLL_WITHOUT_PRICES}), as pysystemtrade raises. The index is the multiple
 * prices' own; a row without a {@code PRICE} gives NaN.
 *
 * <p>The differentials are added in pysystemtrade's order (each earlier price gets the first roll's differential,
 * then the second's, ...), so the sums are the same doubles, not merely close: the cost is one addition per row per
 * later roll, a tight loop over an array.
 */
public final class PanamaStitch {

  private PanamaStitch() {
  }

  /**
   * Stitches multiple prices (without forward filling, pysystemtrade's default).
   *
   * @param where the instrument, for problems
   * @param multiple the multiple prices
   * @return the adjusted prices, or a refusal for empty prices or a roll without prices
   */
  public static Outcome<TimeSeries> stitch(String where, MultiplePrices multiple) {
    return stitch(where, multiple, false);
  }

  /**
   * Stitches multiple prices.
   *
   * @param where the instrument, for problems
   * @param multiple the multiple prices
   * @param forwardFill whether to forward fill every column first ({@code forward_fill=True})
   * @return the adjusted prices, or a refusal for empty prices or a roll without prices
   */
  public static Outcome<TimeSeries> stitch(String where, MultiplePrices multiple, boolean forwardFill) {
    ArgChecker.notNull(multiple, "multiple");
    if (multiple.size() == 0) {
      return Outcome.refused(List.of(Problem.error(Check.EMPTY, where, "cannot stitch empty multiple prices")));
    }
    double[] price = (forwardFill ? multiple.price().ffill() : multiple.price()).valuesView();
    double[] forward = (forwardFill ? multiple.forward().ffill() : multiple.forward()).valuesView();
    double[] contract = (forwardFill ? multiple.priceContract().ffill() : multiple.priceContract()).valuesView();
    long[] times = multiple.price().timesView();
    int n = price.length;
    double[] adjusted = new double[n];
    adjusted[0] = price[0];
    for (int i = 1; i < n; i++) {
      if (sameContract(contract[i], contract[i - 1])) {
        adjusted[i] = price[i];
        continue;
      }
      double differential = forward[i - 1] - price[i - 1];
      if (differential != differential) {
        return Outcome.refused(List.of(Problem.error(Check.ROLL_WITHOUT_PRICES, where, "on "
            + Timestamps.format(times[i]) + ", a roll from " + id(contract[i - 1]) + " to " + id(contract[i])
            + ", the row before (" + Timestamps.format(times[i - 1]) + ") lacks the price of "
            + (price[i - 1] != price[i - 1] ? "the held contract " + id(contract[i - 1])
                : "the forward contract") + ": no roll differential")));
      }
      for (int j = 0; j < i; j++) {
        adjusted[j] += differential;
      }
      adjusted[i] = price[i];
    }
    return Outcome.of(TimeSeries.ofOwned(multiple.price().timesView(), adjusted));
  }

  /** Contract ids compare as pysystemtrade's strings: two missing ids are the same. */
  private static boolean sameContract(double a, double b) {
    return a == b || (a != a && b != b);
  }

  private static String id(double id) {
    return id == id ? Long.toString((long) id) : "(none)";
  }
}
