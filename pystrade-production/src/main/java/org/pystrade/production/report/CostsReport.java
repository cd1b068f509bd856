package org.pystrade.production.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.domain.InstrumentCode;

/**
 * The costs report: each instrument's measured slippage (the average over the period's fills, weighted by
 * contracts, of the slippage against the mid at submission) and commission per contract against the configured
 * {@code SpreadCost} and commission (pysystemtrade's costs report).
 */
final class CostsReport {

  static final String COSTS = "Costs by instrument";

  private CostsReport() {
  }

  static ProductionReport build(StoreView view, ReportInputs in, Instant now) {
    List<String> notes = new ArrayList<>();
    if (in.market().isEmpty()) {
      notes.add("no market data: configured costs are not known (give the data)");
    }
    // fills, contracts, slippage x contracts, contracts with a mid, commission, configured commission
    Map<InstrumentCode, double[]> sums = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    for (StoreView.Trade t : view.trades()) {
      if (t.date().isBefore(in.since()) || t.date().isAfter(in.day())) {
        continue;
      }
      double[] s = sums.computeIfAbsent(t.instrument(), k -> new double[6]);
      long contracts = Math.abs(t.quantity());
      double slip = TradesReport.slippage(t);
      s[0]++;
      s[1] += contracts;
      if (!Double.isNaN(slip)) {
        s[2] += slip * contracts;
        s[3] += contracts;
      }
      s[4] += t.commission();
      InstrumentFacts f = in.market().flatMap(m -> m.facts(t.instrument())).orElse(null);
      s[5] += f == null ? Double.NaN : f.configuredCommission(t.quantity(), t.fill().price());
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<InstrumentCode, double[]> e : sums.entrySet()) {
      double[] s = e.getValue();
      InstrumentFacts f = in.market().flatMap(m -> m.facts(e.getKey())).orElse(null);
      double measured = s[3] == 0 ? Double.NaN : s[2] / s[3];
      double configured = f == null ? Double.NaN : f.spreadCost();
      rows.add(List.of(e.getKey().value(), (long) s[0], (long) s[1], measured, configured,
          100 * (measured / configured - 1), s[4] / s[1], s[5] / s[1]));
    }
    ReportTable table = new ReportTable(COSTS, List.of("instrument", "fills", "contracts",
        "measured slippage", "configured slippage", "difference %", "commission per contract",
        "configured commission per contract"), rows,
        "fills from " + in.since() + " to " + in.day() + "; slippage in price points per contract (configured:"
            + " SpreadCost, half the bid-ask spread); commissions in the instrument's currency");
    return new ProductionReport(ReportType.COSTS, in.day(), now, List.of(table), notes, List.of());
  }
}
