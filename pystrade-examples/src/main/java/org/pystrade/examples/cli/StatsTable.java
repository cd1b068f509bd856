package org.pystrade.examples.cli;

import java.util.Map;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.accounts.PandlCurve;

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
}
