package org.pystrade.examples.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.system.TradingSystem;

/**
 * Formats portfolio statistics as the table a user reads: pysystemtrade's {@code stats()} in percent of capital.
 */
final class StatsTable {

  private StatsTable() {
  }

  static String format(PandlCurve portfolio) {
    AccountStats stats = AccountStats.of(portfolio.netPercent());
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("Portfolio statistics (net P&L, %% of capital %,.0f):%n", portfolio.capital()));
    for (Map.Entry<String, String> e : stats.formatted().entrySet()) {
      sb.append(String.format("  %-24s %12s%n", e.getKey(), withoutNegativeZero(e.getValue())));
    }
    return sb.toString().stripTrailing();
  }

  /**
   * Per-instrument table: net Sharpe, annual mean and standard deviation, and annual costs, all in % of capital as
   * the header says (costs are the mean daily cost times 256, as pysystemtrade annualises a daily curve).
   *
   * @param system the system
   * @return the table
   */
  static String byInstrument(TradingSystem system) {
    StringBuilder sb = new StringBuilder(String.format("%nBy instrument (net P&L, %% of capital a year; costs "
        + "too):%n"));
    sb.append(String.format("  %-16s %8s %10s %10s %10s%n", "instrument", "sharpe", "ann_mean", "ann_std",
        "ann_costs"));
    for (InstrumentCode code : system.instruments()) {
      PandlCurve p = system.accounts().pandlForInstrument(code);
      AccountStats st = AccountStats.of(p.netPercent());
      AccountStats costs = AccountStats.of(p.costsPercent());
      sb.append(String.format("  %-16s %8s %10s %10s %10s%n", code, fixed(st.sharpe()), fixed(st.annMean()),
          fixed(st.annStd()), fixed(costs.annMean())));
    }
    return sb.toString().stripTrailing();
  }

  /**
   * Per-trading-rule table: each rule traded alone across the portfolio, weighted by its risk share, with
   * Sharpe-ratio costs (pysystemtrade's {@code pandl_for_trading_rule}).
   *
   * @param system the system
   * @return the table
   */
  static String byRule(TradingSystem system) {
    StringBuilder sb = new StringBuilder(String.format("%nBy trading rule (net of SR costs):%n"));
    sb.append(String.format("  %-16s %8s %10s %10s%n", "rule", "sharpe", "ann_mean", "ann_std"));
    Set<RuleName> used = new LinkedHashSet<>();
    for (InstrumentCode code : system.instruments()) {
      used.addAll(system.combine().ruleVariations(code));
    }
    for (RuleName rule : used) {
      AccountStats st = AccountStats.of(system.accounts().pandlForTradingRule(rule).netPercent());
      sb.append(String.format("  %-16s %8s %10s %10s%n", rule, fixed(st.sharpe()), fixed(st.annMean()),
          fixed(st.annStd())));
    }
    return sb.toString().stripTrailing();
  }

  /**
   * What an estimated system estimated, on its last day: forecast scalars per rule, forecast weights and FDM per
   * instrument, instrument weights and IDM (only the parts the config estimates); empty for a fixed system.
   *
   * @param system the system
   * @return the tables, or an empty text
   */
  static String estimates(TradingSystem system) {
    boolean scalars = system.config().getBoolean("use_forecast_scale_estimates", false);
    boolean forecastWeights = system.config().getBoolean("use_forecast_weight_estimates", false);
    boolean fdm = system.config().getBoolean("use_forecast_div_mult_estimates", false);
    boolean instrumentWeights = system.config().getBoolean("use_instrument_weight_estimates", false);
    boolean idm = system.config().getBoolean("use_instrument_div_mult_estimates", false);
    List<InstrumentCode> instruments = system.instruments();
    if (!(scalars || forecastWeights || fdm || instrumentWeights || idm) || instruments.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(String.format("%nEstimated (the value on each series' last day):%n"));
    Set<RuleName> rules = new LinkedHashSet<>();
    for (InstrumentCode code : instruments) {
      rules.addAll(system.combine().ruleVariations(code));
    }
    if (scalars || forecastWeights || fdm) {
      StringBuilder head = new StringBuilder(String.format("  %-16s", scalars ? "scalar / weight" : "weight"));
      for (RuleName rule : rules) {
        head.append(String.format(" %12s", rule));
      }
      sb.append(head).append(fdm ? String.format(" %8s", "FDM") : "").append(System.lineSeparator());
      if (scalars) {
        sb.append(String.format("  %-16s", "forecast scalar"));
        for (RuleName rule : rules) {
          sb.append(String.format(" %12s", scalarText(system, instruments, rule)));
        }
        sb.append(System.lineSeparator());
      }
      // each instrument's daily forecast weights are derived again (they are not kept): on every thread
      List<SeriesFrame> weights = system.context().parallel().map(instruments, system.combine()::forecastWeights);
      for (int i = 0; i < instruments.size(); i++) {
        InstrumentCode code = instruments.get(i);
        SeriesFrame w = weights.get(i);
        sb.append(String.format("  %-16s", code));
        for (RuleName rule : rules) {
          sb.append(String.format(" %12s", w.names().contains(rule.value()) ? fixed(w.column(rule.value())
              .lastValid()) : "-"));
        }
        if (fdm) {
          sb.append(String.format(" %8s", fixed(system.combine().forecastDiversificationMultiplier(code)
              .lastValid())));
        }
        sb.append(System.lineSeparator());
      }
    }
    if (instrumentWeights || idm) {
      SeriesFrame w = system.portfolio().instrumentWeights();
      sb.append(String.format("  instrument weights:"));
      for (InstrumentCode code : instruments) {
        sb.append(' ').append(code).append(' ').append(w.names().contains(code.value())
            ? fixed(w.column(code.value()).lastValid()) : "-");
      }
      sb.append(String.format("%n  IDM: %s%n", fixed(system.portfolio().instrumentDiversificationMultiplier()
          .lastValid())));
    }
    return sb.toString().stripTrailing();
  }

  /** A rule's forecast scalar on the last day: one value when every instrument has it (pooled), else the range. */
  private static String scalarText(TradingSystem system, List<InstrumentCode> instruments, RuleName rule) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (InstrumentCode code : instruments) {
      if (system.combine().ruleVariations(code).contains(rule)) {
        double v = system.forecastScaleCap().forecastScalar(code, rule).lastValid();
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (min > max) {
      return "-";
    }
    String low = fixed(min);
    String high = fixed(max);
    return low.equals(high) ? low : low + ".." + high;
  }

  /** Three decimals, never {@code -0.000} (a tiny negative number prints as zero, unsigned), NaN as {@code nan}. */
  static String fixed(double v) {
    if (v != v) {
      return "nan";
    }
    return withoutNegativeZero(String.format("%.3f", v));
  }

  /** A number's text without the sign of a zero: {@code -0}, {@code -0.000} become {@code 0}, {@code 0.000}. */
  static String withoutNegativeZero(String text) {
    return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
  }
}
