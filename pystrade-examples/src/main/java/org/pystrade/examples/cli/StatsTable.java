package org.pystrade.examples.cli;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;
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
      sb.append(String.format("  %-24s %12s%n", e.getKey(), e.getValue()));
    }
    return sb.toString().stripTrailing();
  }

  /**
   * Per-instrument table: net Sharpe, annual mean and standard deviation (% of capital) and total costs.
   *
   * @param system the system
   * @return the table
   */
  static String byInstrument(TradingSystem system) {
    StringBuilder sb = new StringBuilder(String.format("%nBy instrument (net, %% of capital):%n"));
    sb.append(String.format("  %-16s %8s %10s %10s %14s%n", "instrument", "sharpe", "ann_mean", "ann_std", "costs"));
    for (InstrumentCode code : system.instruments()) {
      PandlCurve p = system.accounts().pandlForInstrument(code);
      AccountStats st = AccountStats.of(p.netPercent());
      sb.append(String.format("  %-16s %8.3f %10.3f %10.3f %14.0f%n", code, st.sharpe(), st.annMean(), st.annStd(),
          sum(p.costs())));
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
      sb.append(String.format("  %-16s %8.3f %10.3f %10.3f%n", rule, st.sharpe(), st.annMean(), st.annStd()));
    }
    return sb.toString().stripTrailing();
  }

  private static double sum(TimeSeries s) {
    double t = 0;
    for (int i = 0; i < s.size(); i++) {
      double v = s.value(i);
      if (v == v) {
        t += v;
      }
    }
    return t;
  }
}
