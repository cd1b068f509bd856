package org.pystrade.core.pandl;

import java.util.Arrays;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * P&amp;L with costs expressed as a Sharpe-ratio drag (pysystemtrade's {@code pandlCalculationWithSRCosts}): the gross
 * P&amp;L as for cash costs; the cost is {@code SR cost x annualised volatility of an average position}, charged
 * every period in proportion to the time elapsed (calendar years of 365.25 days), from the first held position on.
 */
public final class SrCostPandl {

  private static final double SECONDS_IN_YEAR = 365.25 * 86_400.0;
  private static final double ROOT_BDAYS_INYEAR = 16.0;

  private SrCostPandl() {
  }

  /**
   * Computes the curves.
   *
   * @param positions positions held, before fill delay and rounding
   * @param price price on the positions' index
   * @param fx FX rate into base currency
   * @param pointSize value of one price point
   * @param srCost annualised Sharpe-ratio cost (positive)
   * @param averagePosition the average position the cost is scaled by
   * @param dailyVol daily price volatility in price points
   * @param delayFill fills a day later
   * @param roundPositions whole contracts
   * @param capital capital for percentages
   * @return gross, costs and net per business day in base currency
   */
  public static PandlCurve calculate(TimeSeries positions, TimeSeries price, TimeSeries fx, double pointSize,
      double srCost, TimeSeries averagePosition, TimeSeries dailyVol, boolean delayFill, boolean roundPositions,
      double capital) {
    ArgChecker.notNull(positions, "positions");
    ArgChecker.notNull(price, "price");
    TimeSeries pos = delayFill ? positions.shift(1) : positions;
    if (roundPositions) {
      pos = pos.map(Math::rint);
    }
    TimeSeries gross = PandlCalculator.grossInPoints(pos, price).times(pointSize);
    gross = gross.times(fx.reindexPad(gross));
    TimeSeries costs = costsInPoints(pos, price, srCost, averagePosition, dailyVol).times(pointSize);
    costs = costs.times(fx.reindexPad(costs));
    TimeSeries net = PandlCalculator.addWithFill(gross, costs);
    return new PandlCurve(gross.resampleBusinessDaySum(), costs.resampleBusinessDaySum(),
        net.resampleBusinessDaySum(), capital);
  }

  /**
   * Costs in price points on the price's index (negative, NaN before the first position).
   *
   * @param pos processed positions
   * @param price price
   * @param srCost annualised SR cost
   * @param averagePosition average position
   * @param dailyVol daily volatility in points
   * @return costs per period in points
   */
  static TimeSeries costsInPoints(TimeSeries pos, TimeSeries price, double srCost, TimeSeries averagePosition,
      TimeSeries dailyVol) {
    TimeSeries annualVol = dailyVol.times(ROOT_BDAYS_INYEAR);
    TimeSeries annualCost = averagePosition.reindexPad(annualVol).times(annualVol).times(-srCost);
    TimeSeries posFilled = pos.ffill();
    double[] aligned = Kernels.bfill(annualCost.reindexPad(posFilled).valuesView());
    // keep rows where a position is held (after forward fill)
    long[] pt = posFilled.timesView();
    int kept = 0;
    long[] kt = new long[pt.length];
    double[] kv = new double[pt.length];
    for (int i = 0; i < pt.length; i++) {
      if (posFilled.value(i) == posFilled.value(i)) {
        kt[kept] = pt[i];
        kv[kept++] = aligned[i];
      }
    }
    TimeSeries held = TimeSeries.ofOwned(Arrays.copyOf(kt, kept), Arrays.copyOf(kv, kept));
    TimeSeries onPrice = held.reindexPad(price);
    double[] out = new double[onPrice.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = i == 0 ? Double.NaN
          : onPrice.value(i) * ((onPrice.time(i) - onPrice.time(i - 1)) / SECONDS_IN_YEAR);
    }
    return TimeSeries.ofOwned(onPrice.timesView(), out);
  }
}
