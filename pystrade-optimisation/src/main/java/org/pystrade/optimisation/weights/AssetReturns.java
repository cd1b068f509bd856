package org.pystrade.optimisation.weights;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * One asset's returns for optimisation (pysystemtrade's {@code returnsForOptimisationWithCosts}): the gross and cost
 * curves of each column (rule or instrument), summed per business day over every business day of their joint span,
 * with zeros read as missing ("avoid understating vol").
 *
 * <p>The sample standard deviation of each gross column is computed once, here: the cost Sharpe ratios and the net
 * returns of every asset pooling this one read it.
 *
 * @param gross daily gross returns, one column per item
 * @param costs daily costs (negative), one column per item
 * @param grossStd the sample standard deviation (NaN skipped) of each gross column, by column name
 */
public record AssetReturns(SeriesFrame gross, SeriesFrame costs, Map<String, Double> grossStd) {

  private static final double ROOT_BDAYS_INYEAR = 16.0;

  /**
   * Validates.
   *
   * @param gross daily gross returns, one column per item
   * @param costs daily costs (negative), one column per item
   * @param grossStd the sample standard deviation (NaN skipped) of each gross column, by column name
   */
  public AssetReturns {
    ArgChecker.notNull(gross, "gross");
    ArgChecker.notNull(costs, "costs");
    ArgChecker.isTrue(gross.names().equals(costs.names()), "gross and cost columns differ");
    ArgChecker.isTrue(ArgChecker.notNull(grossStd, "grossStd").keySet().equals(Set.copyOf(gross.names())),
        "a standard deviation for each gross column");
    grossStd = Map.copyOf(grossStd);
  }

  /**
   * Returns from their gross and cost columns, the standard deviations computed.
   *
   * @param gross daily gross returns, one column per item
   * @param costs daily costs (negative), one column per item
   */
  public AssetReturns(SeriesFrame gross, SeriesFrame costs) {
    this(gross, costs, stds(ArgChecker.notNull(gross, "gross")));
  }

  private static Map<String, Double> stds(SeriesFrame gross) {
    Map<String, Double> out = new HashMap<>();
    for (String name : gross.names()) {
      out.put(name, Stats.nanStd(gross.column(name).valuesView(), 1));
    }
    return out;
  }

  /**
   * Builds the returns from P&amp;L curves.
   *
   * @param curves the curves by column name, in column order
   * @return the returns
   */
  public static AssetReturns of(Map<String, PandlCurve> curves) {
    Map<String, TimeSeries> g = new LinkedHashMap<>();
    Map<String, TimeSeries> c = new LinkedHashMap<>();
    for (Map.Entry<String, PandlCurve> e : curves.entrySet()) {
      g.put(e.getKey(), e.getValue().gross());
      c.put(e.getKey(), e.getValue().costs());
    }
    return new AssetReturns(daily(g), daily(c));
  }

  /** concat, resample("1B").sum() over the union's span, zeros to NaN. */
  private static SeriesFrame daily(Map<String, TimeSeries> series) {
    SeriesFrame joint = SeriesFrame.concat(series);
    long[] t = joint.timestamps();
    if (t.length == 0) {
      return joint;
    }
    Map<String, TimeSeries> out = new LinkedHashMap<>();
    for (String name : joint.names()) {
      // give every column the joint span so that the business-day index is common
      double[] v = joint.column(name).values().clone();
      TimeSeries daily = TimeSeries.of(t, v).resampleBusinessDaySum();
      double[] dv = daily.values().clone();
      for (int i = 0; i < dv.length; i++) {
        if (dv[i] == 0.0) {
          dv[i] = Double.NaN;
        }
      }
      out.put(name, TimeSeries.of(daily.timestamps(), dv));
    }
    return SeriesFrame.concat(out);
  }

  /**
   * The column names.
   *
   * @return the names
   */
  public List<String> names() {
    return gross.names();
  }

  /**
   * Annual Sharpe ratio of a curve type for a column ({@code _get_annual_SR_for_returns_for_optimisation}):
   * 16 x mean of the curve / standard deviation of the gross curve.
   *
   * @param column the column
   * @param ofCosts true for the cost curve, false for gross
   * @return the Sharpe ratio
   */
  public double annualSR(String column, boolean ofCosts) {
    double mean = Stats.nanMean((ofCosts ? costs : gross).column(column).valuesView());
    return ROOT_BDAYS_INYEAR * mean / grossStd(column);
  }

  /**
   * The sample standard deviation (NaN skipped) of a gross column.
   *
   * @param column the column
   * @return the standard deviation
   */
  public double grossStd(String column) {
    Double std = grossStd.get(column);
    ArgChecker.notNull(std, "gross column " + column);
    return std;
  }
}
