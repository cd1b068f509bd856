package org.pystrade.core.pandl;

import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * Profit and loss of an instrument or a portfolio in base currency at daily (business-day) frequency: gross
 * (price moves), costs (negative) and net, as pysystemtrade's account curves hold them. Each curve has its own index
 * (costs start at the first trade); missing days are NaN.
 *
 * @param gross gross P&amp;L, base currency
 * @param costs costs, base currency, zero or negative
 * @param net gross plus costs on the union of their indexes
 * @param capital the capital percentages are measured against, base currency
 */
public record PandlCurve(TimeSeries gross, TimeSeries costs, TimeSeries net, double capital) {

  /**
   * Validates the curves.
   *
   * @param gross gross P&amp;L, base currency
   * @param costs costs, base currency, zero or negative
   * @param net gross plus costs on the union of their indexes
   * @param capital the capital percentages are measured against, base currency
   */
  public PandlCurve {
    ArgChecker.notNull(gross, "gross");
    ArgChecker.notNull(costs, "costs");
    ArgChecker.notNull(net, "net");
    ArgChecker.positive(capital, "capital");
  }

  /**
   * Net P&amp;L in percent of capital.
   *
   * @return percent (1.0 = 1%)
   */
  public TimeSeries netPercent() {
    return net.times(100.0 / capital);
  }

  /**
   * Gross P&amp;L in percent of capital.
   *
   * @return percent
   */
  public TimeSeries grossPercent() {
    return gross.times(100.0 / capital);
  }

  /**
   * Costs in percent of capital.
   *
   * @return percent
   */
  public TimeSeries costsPercent() {
    return costs.times(100.0 / capital);
  }
}
