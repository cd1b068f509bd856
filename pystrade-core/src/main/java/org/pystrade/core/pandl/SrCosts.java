package org.pystrade.core.pandl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.forecast.ForecastScaleCap;
import org.pystrade.core.math.NumpyReductions;
import org.pystrade.core.math.PairwiseSum;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleVariations;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * Costs as a Sharpe-ratio drag, as pysystemtrade's {@code accountCosts}: the SR cost of one trade from the
 * instrument's cash costs, recent average price and volatility; holding costs from rolls; forecast turnover (pooled
 * across instruments with the same rules when {@code forecast_cost_estimates.use_pooled_turnover}).
 * Memoised through the system's context.
 */
public final class SrCosts {

  private static final double ROOT_BDAYS_INYEAR = 16.0;
  private static final double BUSINESS_DAYS_IN_YEAR = 256.0;

  private final StageContext context;
  private final RawData rawData;
  private final ForecastScaleCap scaleCap;
  private final RuleVariations ruleVariations;
  private final CostParams params;

  /**
   * Creates the calculator.
   *
   * @param context the system's context
   * @param rawData the raw-data stage (prices, volatility, rolls)
   * @param scaleCap the forecast scaling stage (capped forecasts, whose turnover is measured)
   * @param ruleVariations which instruments trade which rules (for pooling)
   * @param params the cost parameters
   */
  public SrCosts(StageContext context, RawData rawData, ForecastScaleCap scaleCap, RuleVariations ruleVariations,
      CostParams params) {
    this.context = ArgChecker.notNull(context, "context");
    this.rawData = ArgChecker.notNull(rawData, "rawData");
    this.scaleCap = ArgChecker.notNull(scaleCap, "scaleCap");
    this.ruleVariations = ArgChecker.notNull(ruleVariations, "ruleVariations");
    this.params = ArgChecker.notNull(params, "params");
  }

  private <T> T memo(String method, Object a, Object b, Supplier<T> f) {
    return context.memo("srCosts", method, a, b, f);
  }

  /**
   * The cost parameters.
   *
   * @return the parameters
   */
  public CostParams params() {
    return params;
  }

  /**
   * The SR cost of trading one contract (pysystemtrade 1.80's {@code get_SR_cost_per_trade_for_instrument}): the
   * cost in instrument currency of one block at the average price of the last year of data, divided by the annual
   * volatility of one block in instrument currency (average daily volatility of that year x 16).
   *
   * @param code the instrument
   * @return Sharpe-ratio units per trade (one way)
   */
  public double costPerTrade(InstrumentCode code) {
    return memo("costPerTrade", code, null, () -> costPerTrade(context.data().meta(code), rawData.dailyPrices(code),
        rawData.dailyReturnsVolatility(code)));
  }

  /**
   * {@link #costPerTrade(InstrumentCode)} from an instrument's series: the cost of one block at the average daily
   * price of the last calendar year of the prices, over the annual volatility of one block (the average daily
   * volatility of that year times 16).
   *
   * @param meta the instrument's configuration (point size, costs)
   * @param dailyPrices its daily prices
   * @param volatility its daily price volatility
   * @return Sharpe-ratio units per trade (one way)
   */
  public static double costPerTrade(InstrumentMeta meta, TimeSeries dailyPrices, TimeSeries volatility) {
    double price = recentAverage(dailyPrices, dailyPrices);
    double vol = recentAverage(dailyPrices, volatility);
    double cost = CostModel.of(meta).costOfTrade(1, price, meta.pointSize(), true);
    return cost / (vol * ROOT_BDAYS_INYEAR * meta.pointSize());
  }


  /**
   * The SR cost of holding (pysystemtrade 1.80's {@code get_SR_holding_cost_only}): two trades per roll, no benefit
   * assumed from spread trades.
   *
   * @param code the instrument
   * @return Sharpe-ratio units per year
   */
  public double holdingCost(InstrumentCode code) {
    return rawData.rollsPerYear(code) * 2.0 * costPerTrade(code);
  }

  /**
   * The instrument's rule variations whose SR cost ({@link #forecastCost}) is at most {@code ceiling}, in rule
   * order (pysystemtrade's {@code _cheap_trading_rules_generic}).
   *
   * @param code the instrument
   * @param ceiling the highest acceptable annual SR cost
   * @return the cheap rules, possibly none
   */
  public List<RuleName> cheapRules(InstrumentCode code, double ceiling) {
    List<RuleName> out = new ArrayList<>();
    for (RuleName r : ruleVariations.of(code)) {
      if (forecastCost(code, r) <= ceiling) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * SR cost of a rule's forecast for an instrument: trading cost from its turnover plus holding cost.
   *
   * @param code the instrument
   * @param rule the rule variation
   * @return Sharpe-ratio units per year
   */
  public double forecastCost(InstrumentCode code, RuleName rule) {
    return memo("forecastCost", code, rule, () -> {
      double transaction;
      if (params.usePooledCosts()) {
        List<InstrumentCode> codes = context.pool(instrumentsWithSameRules(code), code, c -> {
          forecastLength(c, rule);
          costPerTrade(c);
        });
        double[] weights = lengthWeights(codes, rule);
        transaction = 0;
        for (int i = 0; i < codes.size(); i++) {
          transaction += forecastTurnover(codes.get(i), rule) * costPerTrade(codes.get(i)) * weights[i];
        }
      } else {
        transaction = forecastTurnover(code, rule) * costPerTrade(code);
      }
      return transaction + holdingCost(code);
    });
  }

  /**
   * Annual turnover of a rule's capped forecast, relative to {@code average_absolute_forecast}; averaged over the
   * instruments with the same rules, weighted by forecast length, when turnover is pooled.
   *
   * @param code the instrument
   * @param rule the rule variation
   * @return round trips a year
   */
  public double forecastTurnover(InstrumentCode code, RuleName rule) {
    return memo("forecastTurnover", code, rule, () -> {
      if (!params.usePooledTurnover()) {
        return ownTurnover(code, rule);
      }
      // which instruments of the pool can be used is the same for all of them (each keeps itself): probed once
      List<InstrumentCode> pool = instrumentsWithSameRules(code);
      Set<InstrumentCode> usable = memo("turnoverPool", pool, rule, () -> Set.copyOf(
          context.pool(pool, null, c -> forecastLength(c, rule))));
      List<InstrumentCode> codes = new ArrayList<>(pool.size());
      for (InstrumentCode c : pool) {
        if (usable.contains(c) || c.equals(code)) {
          codes.add(c);
        }
      }
      // the same for every instrument of the pool: computed once per pool
      return memo("pooledTurnover", List.copyOf(codes), rule, () -> {
        double[] weights = lengthWeights(codes, rule);
        // every instrument's own turnover on every thread (the other workers wait for this pool)
        List<Double> own = context.parallel().mapNested(codes, c -> ownTurnover(c, rule));
        double[] turnovers = new double[codes.size()];
        for (int i = 0; i < turnovers.length; i++) {
          turnovers[i] = own.get(i);
        }
        return weightedAverageWithNans(weights, turnovers);
      });
    });
  }

  /**
   * pysystemtrade's {@code calculate_weighted_average_with_nans}: weights of missing values set to 0, the weights
   * renormalised to sum to 1 (multiplied by {@code 1 / sum}), then the sum of weight x value, sums in numpy's order.
   *
   * @param weights the weights
   * @param values the values, NaN for missing
   * @return the weighted average
   */
  public static double weightedAverageWithNans(double[] weights, double[] values) {
    double[] w = new double[weights.length];
    for (int i = 0; i < w.length; i++) {
      double p = weights[i] * values[i];
      w[i] = p == p ? weights[i] : 0.0;
    }
    double multiplier = 1.0 / PairwiseSum.sum(w);
    double[] products = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      double p = w[i] * multiplier * values[i];
      products[i] = p == p ? p : 0.0;
    }
    return PairwiseSum.sum(products);
  }

  /**
   * The annual turnover of this instrument's own capped forecast of a rule, relative to
   * {@code average_absolute_forecast} ({@link #turnover(TimeSeries, double)}), never pooled; memoised.
   *
   * @param code the instrument
   * @param rule the rule
   * @return annual turnover
   */
  public double ownTurnover(InstrumentCode code, RuleName rule) {
    // memoised: every instrument's pooled turnover reads every other instrument's, and every estimate of forecast
    // weights pooling instruments reads each pooled instrument's
    return memo("ownTurnover", code, rule, () -> turnover(scaleCap.cappedForecast(code, rule),
        params.averageAbsoluteForecast()));
  }

  /**
   * The length of a capped forecast, what pooled turnovers and costs are weighted by; memoised, like the turnover, so
   * that the pools read every instrument's forecasts once and the forecast stage may then let them go
   * ({@link ForecastScaleCap#forecastsCombined}).
   */
  private int forecastLength(InstrumentCode code, RuleName rule) {
    return memo("forecastLength", code, rule, () -> scaleCap.cappedForecast(code, rule).size());
  }

  /**
   * pysystemtrade's {@code turnover(x, y)} for a constant {@code y}: the mean absolute daily change of {@code x / y}
   * (last value per business day) times 256.
   *
   * @param x the series
   * @param y the normaliser
   * @return annual turnover
   */
  public static double turnover(TimeSeries x, double y) {
    double[] daily = x.resampleBusinessDayLast().valuesView();
    // the mean absolute daily change of x / y, each row divided as it is read (no series of the quotients)
    double[] d = new double[daily.length];
    int n = 0;
    double previous = daily.length == 0 ? Double.NaN : daily[0] / y;
    for (int i = 1; i < daily.length; i++) {
      double current = daily[i] / y;
      double v = Math.abs(current - previous);
      if (v == v) {
        d[i] = v;
        n++;
      }
      previous = current;
    }
    return meanAbsDiff(d, n) * BUSINESS_DAYS_IN_YEAR;
  }

  /**
   * pysystemtrade's {@code turnover(x, y)} for a varying {@code y}: {@code y} is aligned to the business days of
   * {@code x}, smoothed ({@code ewm(250, min_periods=2)}, centre of mass) and forward filled.
   *
   * @param x the series
   * @param y the normaliser series
   * @return annual turnover
   */
  public static double turnover(TimeSeries x, TimeSeries y) {
    TimeSeries daily = x.resampleBusinessDayLast();
    TimeSeries dy = y.reindexPad(daily).ewmMean(Ewm.com(250).withMinPeriods(2)).ffill();
    return meanAbsDiff(daily.dividedBy(dy)) * BUSINESS_DAYS_IN_YEAR;
  }

  /** pandas' {@code s.diff().abs().mean()}: missing differences count as 0 in numpy's pairwise sum. */
  private static double meanAbsDiff(TimeSeries s) {
    double[] d = new double[s.size()];
    int n = 0;
    for (int i = 1; i < s.size(); i++) {
      double v = Math.abs(s.value(i) - s.value(i - 1));
      if (v == v) {
        d[i] = v;
        n++;
      }
    }
    return meanAbsDiff(d, n);
  }

  /** The mean of {@code n} absolute differences held in {@code d} (0 where missing), in numpy's pairwise order. */
  private static double meanAbsDiff(double[] d, int n) {
    return n == 0 ? Double.NaN : PairwiseSum.sum(d) / n;
  }

  /**
   * The instruments of the system whose combination uses the same rule variations as this one.
   *
   * @param code the instrument
   * @return the instruments, including this one
   */
  public List<InstrumentCode> instrumentsWithSameRules(InstrumentCode code) {
    return ruleVariations.instrumentsWithSameRules(code);
  }

  private double[] lengthWeights(List<InstrumentCode> codes, RuleName rule) {
    double[] w = new double[codes.size()];
    double total = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = forecastLength(codes.get(i), rule);
      total += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= total;
    }
    return w;
  }

  /** The mean of a series over the last calendar year of the instrument's daily prices. */
  private static double recentAverage(TimeSeries prices, TimeSeries series) {
    LocalDate last = prices.date(prices.size() - 1);
    long start = Timestamps.of(last.minusYears(1));
    // pandas' mean: numpy's pairwise sum of the valid values
    return NumpyReductions.nanMean(series.slice(start, Long.MAX_VALUE).values());
  }
}
