package org.pystrade.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pystrade.core.accounts.AccountCurve;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;

/**
 * What the report shows, read from a computed system: the portfolio's curves and statistics, the monthly table, the
 * rolling Sharpe ratio, one row per instrument and per trading rule. The per-instrument pages read their series from
 * the system when they are written (the system memoises them), so nothing long is copied here.
 */
final class ReportData {

  /** Business days a year, as pysystemtrade annualises a daily curve. */
  static final int DAYS_A_YEAR = 256;

  final TradingSystem system;
  final PandlCurve portfolio;
  final AccountStats netStats;
  final AccountStats grossStats;
  final AccountStats costStats;
  final AccountCurve net;
  final AccountCurve gross;
  final AccountCurve costs;
  final TimeSeries rollingSharpe;
  /** Year to 12 monthly returns (NaN outside the backtest), % of capital. */
  final Map<Integer, double[]> monthly;
  final List<InstrumentRow> instruments;
  final List<RuleRow> rules;
  final boolean forecastWeightsEstimated;
  final boolean instrumentWeightsEstimated;

  /**
   * An instrument's row.
   *
   * @param code the instrument
   * @param weight its instrument weight on the last day
   * @param total its net P&amp;L over the backtest, % of capital
   * @param stats the statistics of its net P&amp;L in % of capital
   * @param annualCosts its costs a year, % of capital (negative)
   */
  record InstrumentRow(InstrumentCode code, double weight, double total, AccountStats stats, double annualCosts) {
  }

  /**
   * A trading rule's row: the rule traded across the portfolio, weighted by its share of risk.
   *
   * @param rule the rule variation
   * @param total its net P&amp;L over the backtest, % of capital
   * @param stats the statistics of its net P&amp;L in % of capital
   */
  record RuleRow(RuleName rule, double total, AccountStats stats) {
  }

  ReportData(TradingSystem system) {
    this.system = system;
    this.portfolio = system.accounts().portfolio();
    TimeSeries netPercent = portfolio.netPercent();
    this.netStats = AccountStats.of(netPercent);
    this.grossStats = AccountStats.of(portfolio.grossPercent());
    this.costStats = AccountStats.of(portfolio.costsPercent());
    this.net = AccountCurve.of(netPercent);
    this.gross = AccountCurve.of(portfolio.grossPercent());
    this.costs = AccountCurve.of(portfolio.costsPercent());
    this.rollingSharpe = rollingSharpe(net.returns());
    this.monthly = monthly(net.monthly().returns());
    this.forecastWeightsEstimated = system.config().getBoolean("use_forecast_weight_estimates", false);
    this.instrumentWeightsEstimated = system.config().getBoolean("use_instrument_weight_estimates", false);
    SeriesFrame weights = system.portfolio().instrumentWeights();
    // on the system's threads: the rules' P&L (each summed over every instrument) costs about half a backtest
    Parallel parallel = system.context().parallel();
    this.instruments = List.copyOf(parallel.map(system.instruments(), code -> {
      PandlCurve p = system.accounts().pandlForInstrument(code);
      TimeSeries pct = p.netPercent();
      double weight = weights.names().contains(code.value()) ? weights.column(code.value()).lastValid() : Double.NaN;
      return new InstrumentRow(code, weight, sum(pct), AccountStats.of(pct), annualMean(p.costsPercent()));
    }));
    Set<RuleName> used = new LinkedHashSet<>();
    for (InstrumentCode code : system.instruments()) {
      used.addAll(system.combine().ruleVariations(code));
    }
    this.rules = List.copyOf(parallel.map(new ArrayList<>(used), rule -> {
      TimeSeries pct = system.accounts().pandlForTradingRule(rule).netPercent();
      return new RuleRow(rule, sum(pct), AccountStats.of(pct));
    }));
  }

  /**
   * The annual mean of a daily P&amp;L as {@link AccountStats#annMean()} computes it (the sum of its business-day
   * returns over their number of years, 256 a year), without the other statistics.
   */
  static double annualMean(TimeSeries pandl) {
    TimeSeries days = AccountCurve.of(pandl).returns();
    return days.isEmpty() ? Double.NaN : sum(days) / (days.size() / (double) DAYS_A_YEAR);
  }

  /** The sum of the finite values. */
  static double sum(TimeSeries s) {
    double total = 0;
    double[] v = s.valuesView();
    for (double x : v) {
      if (Double.isFinite(x)) {
        total += x;
      }
    }
    return total;
  }

  /**
   * The Sharpe ratio over the past year of business days: mean over standard deviation (sample) of the last 256
   * daily returns, times 16; NaN for the first 255 days.
   */
  static TimeSeries rollingSharpe(TimeSeries daily) {
    TimeSeries mean = daily.rollingMean(DAYS_A_YEAR, DAYS_A_YEAR);
    TimeSeries std = daily.rollingStd(DAYS_A_YEAR, DAYS_A_YEAR);
    return mean.dividedBy(std).times(Math.sqrt(DAYS_A_YEAR));
  }

  /** The monthly returns by year and month (periods labelled at month end). */
  static Map<Integer, double[]> monthly(TimeSeries months) {
    Map<Integer, double[]> byYear = new TreeMap<>();
    for (int i = 0; i < months.size(); i++) {
      LocalDate d = months.date(i);
      double[] row = byYear.computeIfAbsent(d.getYear(), y -> {
        double[] r = new double[12];
        java.util.Arrays.fill(r, Double.NaN);
        return r;
      });
      row[d.getMonthValue() - 1] = months.value(i);
    }
    return byYear;
  }

  /** The first and last day of the portfolio's net P&amp;L. */
  LocalDate[] span() {
    TimeSeries r = net.returns();
    return r.isEmpty() ? new LocalDate[0] : new LocalDate[] {r.date(0), r.date(r.size() - 1)};
  }
}
