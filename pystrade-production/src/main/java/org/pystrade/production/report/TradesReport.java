package org.pystrade.production.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.domain.trading.ExecutionReport;

/**
 * The trade report: the fills of the period with their slippage against the mid price when the order was
 * submitted and against the configured costs (pysystemtrade's trade report).
 *
 * <p>A fill's slippage is {@code (fill price - mid) x sign of the quantity}, positive when the fill was worse than
 * the mid; in money {@code slippage x |quantity| x multiplier}. The configured slippage is the instrument's
 * {@code SpreadCost} (half the bid-ask spread) per contract, the configured commission pysystemtrade's (the largest
 * of per contract, percentage of value and per trade).
 */
final class TradesReport {

  static final String FILLS = "Fills";

  private TradesReport() {
  }

  /** A fill's slippage in price points, NaN without a mid. */
  static double slippage(StoreView.Trade t) {
    double mid = t.execution().map(ExecutionReport::midAtSubmission).orElse(Double.NaN);
    return (t.fill().price() - mid) * Long.signum(t.quantity());
  }

  static ProductionReport build(StoreView view, ReportInputs in, Instant now) {
    List<String> notes = new ArrayList<>();
    if (in.market().isEmpty()) {
      notes.add("no market data: configured costs and multipliers are not known (give the data)");
    }
    List<List<Object>> rows = new ArrayList<>();
    for (StoreView.Trade t : view.trades()) {
      if (t.date().isBefore(in.since()) || t.date().isAfter(in.day())) {
        continue;
      }
      InstrumentFacts f = in.market().flatMap(m -> m.facts(t.instrument())).orElse(null);
      long q = t.quantity();
      double slip = slippage(t);
      double pointSize = f == null ? Double.NaN : f.pointSize();
      double configured = f == null ? Double.NaN : f.spreadCost() * Math.abs(q) * pointSize;
      double slipMoney = slip * Math.abs(q) * pointSize;
      rows.add(List.of(t.fill().time(), t.strategy().value(), t.instrument().value(), t.contract().date().asId(),
          q, t.fill().price(), t.execution().map(e -> (Object) e.midAtSubmission()).orElse(Double.NaN),
          t.execution().map(e -> (Object) e.algorithm()).orElse(""), slip, slipMoney, configured,
          slipMoney - configured, t.commission(),
          f == null ? Double.NaN : f.configuredCommission(q, t.fill().price())));
    }
    ReportTable table = new ReportTable(FILLS, List.of("time", "strategy", "instrument", "contract", "quantity",
        "price", "mid", "algorithm", "slippage", "slippage (ccy)", "configured slippage (ccy)",
        "slippage vs configured (ccy)", "commission", "configured commission"), rows,
        "fills from " + in.since() + " to " + in.day() + "; slippage positive = worse than the mid at submission;"
            + " money in the instrument's currency");
    return new ProductionReport(ReportType.TRADES, in.day(), now, List.of(table), notes, List.of());
  }
}
