package org.pystrade.core.pandl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * pysystemtrade's instrument P&amp;L with cash costs ({@code pandlCalculationWithCashCostsAndFills}): gross P&amp;L
 * from positions and prices, costs from the trades implied by position changes plus simulated roll trades, costs
 * deflated by the price volatility relative to today's, translated into base currency and summed per business day.
 *
 * <p>Inputs are the positions as held (already buffered and, if wanted, rounded) and the daily price on the
 * positions' index; {@link #calculate} applies the fill delay and rounding itself.
 */
public final class PandlCalculator {

  private static final int CALENDAR_DAYS_IN_YEAR = 365;

  private final TimeSeries positions;
  private final TimeSeries price;
  private final TimeSeries fx;
  private final double pointSize;
  private final CostModel costs;
  private final int rollsPerYear;
  private final double multiplyRollCostsBy;
  private final boolean volNormaliseCosts;
  private final boolean delayFill;
  private final boolean roundPositions;
  private final double capital;

  private PandlCalculator(Builder b) {
    this.positions = ArgChecker.notNull(b.positions, "positions");
    this.price = ArgChecker.notNull(b.price, "price");
    this.fx = ArgChecker.notNull(b.fx, "fx");
    this.pointSize = ArgChecker.positive(b.pointSize, "pointSize");
    this.costs = ArgChecker.notNull(b.costs, "costs");
    this.rollsPerYear = ArgChecker.notNegative(b.rollsPerYear, "rollsPerYear");
    this.multiplyRollCostsBy = b.multiplyRollCostsBy;
    this.volNormaliseCosts = b.volNormaliseCosts;
    this.delayFill = b.delayFill;
    this.roundPositions = b.roundPositions;
    this.capital = ArgChecker.positive(b.capital, "capital");
  }

  /**
   * A builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Positions after the fill delay and rounding.
   *
   * @return contracts
   */
  public TimeSeries processedPositions() {
    TimeSeries p = delayFill ? positions.shift(1) : positions;
    return roundPositions ? p.map(Math::rint) : p;
  }

  /**
   * Computes the curves.
   *
   * @return gross, costs and net in base currency per business day
   */
  public PandlCurve calculate() {
    TimeSeries pos = processedPositions();
    TimeSeries gross = grossInPoints(pos, price).times(pointSize);
    gross = gross.times(fx.reindexPad(gross));
    TimeSeries cost = costsInInstrumentCurrency(pos);
    cost = cost.times(fx.reindexPad(cost));
    TimeSeries net = addWithFill(gross, cost);
    return new PandlCurve(gross.resampleBusinessDaySum(), cost.resampleBusinessDaySum(),
        net.resampleBusinessDaySum(), capital);
  }

  /**
   * Gross P&amp;L in price points: the previous row's position times the price change, both forward-filled on the
   * union of their indexes; missing values count as 0.
   */
  static TimeSeries grossInPoints(TimeSeries pos, TimeSeries price) {
    long[] idx = Index.union(pos.timesView(), price.timesView());
    double[] p = Kernels.ffill(pos.reindex(idx).valuesView());
    double[] px = Kernels.ffill(price.reindex(idx).valuesView());
    double[] out = new double[idx.length];
    for (int i = 0; i < idx.length; i++) {
      double v = i == 0 ? Double.NaN : p[i - 1] * (px[i] - px[i - 1]);
      out[i] = v == v ? v : 0.0;
    }
    return TimeSeries.ofOwned(idx, out);
  }

  /**
   * Costs in instrument currency (negative), one value per date with a fill (trades and simulated rolls summed per
   * timestamp), deflated by price volatility if configured.
   */
  TimeSeries costsInInstrumentCurrency(TimeSeries pos) {
    int n = pos.size();
    double[] pv = pos.valuesView();
    long[] pt = pos.timesView();
    // trade fills
    List<Fill> fills = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      double trade = pv[i] - pv[i - 1];
      if (trade == trade && trade != 0.0) {
        fills.add(new Fill(pt[i], trade, price.padValueAt(pt[i]), true));
      }
    }
    // simulated roll fills
    if (rollsPerYear > 0 && n > 0) {
      TimeSeries priceFilled = price.ffill();
      long lastDate = pt[n - 1];
      int firstYear = Timestamps.toDate(pt[0]).getYear();
      int lastYear = Timestamps.toDate(pt[n - 1]).getYear();
      double[] absPos = new double[n];
      for (int i = 0; i < n; i++) {
        absPos[i] = Math.abs(pv[i]);
      }
      for (int year = firstYear; year <= lastYear; year++) {
        if (!hasYear(pt, year)) {
          continue;
        }
        long[] dates = equalDatesWithinYear(year, rollsPerYear);
        long[] prevYear = equalDatesWithinYear(year - 1, rollsPerYear);
        long previous = prevYear[prevYear.length - 1];
        for (long date : dates) {
          double avg = meanBetween(pt, absPos, previous, date);
          previous = date;
          double qty = avg * multiplyRollCostsBy;
          if (date <= lastDate && Math.abs(qty) > 0) {
            double px = valueStrictlyBefore(priceFilled, date);
            fills.add(new Fill(date, qty, px, true));
            fills.add(new Fill(date, -qty, px, false));
          }
        }
      }
    }
    fills.sort((a, b) -> Long.compare(a.time, b.time));
    long[] ct = new long[fills.size()];
    double[] cv = new double[fills.size()];
    int k = -1;
    for (Fill f : fills) {
      double c = -costs.costOfTrade(f.qty, f.price, pointSize, f.slippage);
      if (k >= 0 && ct[k] == f.time) {
        cv[k] += c;
      } else {
        k++;
        ct[k] = f.time;
        cv[k] = c;
      }
    }
    TimeSeries cost = TimeSeries.ofOwned(Arrays.copyOf(ct, k + 1), Arrays.copyOf(cv, k + 1));
    if (!volNormaliseCosts || cost.isEmpty()) {
      return cost;
    }
    return cost.times(costDeflator(price).reindexPad(cost));
  }

  /**
   * pysystemtrade's cost deflator: the rolling 180-row standard deviation (at least 3) of daily price changes,
   * forward-filled, over its last value.
   *
   * @param price the daily price
   * @return the deflator
   */
  static TimeSeries costDeflator(TimeSeries price) {
    TimeSeries daily = price.resampleBusinessDayPad();
    TimeSeries returns = daily.ffill().diff();
    TimeSeries vol = returns.rollingStd(180, 3).ffill();
    double last = vol.size() == 0 ? Double.NaN : vol.value(vol.size() - 1);
    return vol.dividedBy(last);
  }

  private static boolean hasYear(long[] t, int year) {
    long start = Timestamps.of(LocalDate.of(year, 1, 1));
    long end = Timestamps.of(LocalDate.of(year + 1, 1, 1));
    int i = Arrays.binarySearch(t, start);
    i = i >= 0 ? i : -i - 1;
    return i < t.length && t[i] < end;
  }

  private static double meanBetween(long[] t, double[] v, long from, long to) {
    int i = Arrays.binarySearch(t, from);
    i = i >= 0 ? i : -i - 1;
    double sum = 0;
    int cnt = 0;
    for (; i < t.length && t[i] <= to; i++) {
      if (v[i] == v[i]) {
        sum += v[i];
        cnt++;
      }
    }
    return cnt == 0 ? 0.0 : sum / cnt;
  }

  private static double valueStrictlyBefore(TimeSeries s, long time) {
    int i = s.indexOf(time);
    int before = (i >= 0 ? i : -i - 1) - 1;
    if (before < 0) {
      return s.size() == 0 ? Double.NaN : s.value(0);
    }
    return s.value(before);
  }

  /**
   * pysystemtrade's equally spaced dates within a year: {@code n} dates {@code int(365 / n)} days apart, the first
   * half a period after 1 January.
   *
   * @param year the year
   * @param n the number of dates
   * @return timestamps at midnight
   */
  static long[] equalDatesWithinYear(int year, int n) {
    int between = CALENDAR_DAYS_IN_YEAR / n;
    LocalDate first = LocalDate.of(year, 1, 1).plusDays(between / 2);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = Timestamps.of(first.plusDays((long) between * i));
    }
    return out;
  }

  static TimeSeries addWithFill(TimeSeries a, TimeSeries b) {
    return a.combine(b, (x, y) -> {
      if (x != x) {
        return y;
      }
      if (y != y) {
        return x;
      }
      return x + y;
    });
  }

  private static final class Fill {
    final long time;
    final double qty;
    final double price;
    final boolean slippage;

    Fill(long time, double qty, double price, boolean slippage) {
      this.time = time;
      this.qty = qty;
      this.price = price;
      this.slippage = slippage;
    }
  }

  /** Builder of {@link PandlCalculator}. */
  public static final class Builder {
    private TimeSeries positions;
    private TimeSeries price;
    private TimeSeries fx;
    private double pointSize = 1.0;
    private CostModel costs = new CostModel(0, 0, 0, 0);
    private int rollsPerYear;
    private double multiplyRollCostsBy = 1.0;
    private boolean volNormaliseCosts = true;
    private boolean delayFill = true;
    private boolean roundPositions = true;
    private double capital = 1.0;

    private Builder() {
    }

    /**
     * Positions held (before delay and rounding).
     *
     * @param v contracts
     * @return this
     */
    public Builder positions(TimeSeries v) {
      this.positions = v;
      return this;
    }

    /**
     * Daily price on the positions' index.
     *
     * @param v price points
     * @return this
     */
    public Builder price(TimeSeries v) {
      this.price = v;
      return this;
    }

    /**
     * FX rate into base currency.
     *
     * @param v rate
     * @return this
     */
    public Builder fx(TimeSeries v) {
      this.fx = v;
      return this;
    }

    /**
     * Value of one price point of one contract.
     *
     * @param v instrument currency
     * @return this
     */
    public Builder pointSize(double v) {
      this.pointSize = v;
      return this;
    }

    /**
     * Trading costs.
     *
     * @param v cost model
     * @return this
     */
    public Builder costs(CostModel v) {
      this.costs = v;
      return this;
    }

    /**
     * Rolls a year (0 for no roll costs).
     *
     * @param v rolls
     * @return this
     */
    public Builder rollsPerYear(int v) {
      this.rollsPerYear = v;
      return this;
    }

    /**
     * Multiplier of simulated roll trade sizes ({@code multiply_roll_costs_by}).
     *
     * @param v multiplier
     * @return this
     */
    public Builder multiplyRollCostsBy(double v) {
      this.multiplyRollCostsBy = v;
      return this;
    }

    /**
     * Whether to deflate costs by relative price volatility ({@code vol_normalise_currency_costs}).
     *
     * @param v flag
     * @return this
     */
    public Builder volNormaliseCosts(boolean v) {
      this.volNormaliseCosts = v;
      return this;
    }

    /**
     * Whether fills happen a day after the position ({@code delayfill}).
     *
     * @param v flag
     * @return this
     */
    public Builder delayFill(boolean v) {
      this.delayFill = v;
      return this;
    }

    /**
     * Whether to round positions to whole contracts.
     *
     * @param v flag
     * @return this
     */
    public Builder roundPositions(boolean v) {
      this.roundPositions = v;
      return this;
    }

    /**
     * Capital for percentages.
     *
     * @param v base currency
     * @return this
     */
    public Builder capital(double v) {
      this.capital = v;
      return this;
    }

    /**
     * Builds the calculator.
     *
     * @return the calculator
     */
    public PandlCalculator build() {
      return new PandlCalculator(this);
    }
  }
}
