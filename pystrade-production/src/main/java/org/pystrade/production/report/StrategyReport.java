package org.pystrade.production.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.trading.OptimalPositionEntry;
import org.pystrade.core.domain.trading.StrategyName;

/**
 * The strategy report: each strategy's latest optimal position with its buffer against the position held, and
 * the position the buffered strategy would move to (the held one inside the buffer edges rounded half to even, else
 * the nearest edge: pysystemtrade's buffered strategy).
 */
final class StrategyReport {

  static final String POSITIONS = "Optimal and held positions";

  private StrategyReport() {
  }

  static ProductionReport build(StoreView view, ReportInputs in, Instant now) {
    List<List<Object>> rows = new ArrayList<>();
    for (StrategyName s : view.strategies()) {
      for (InstrumentCode code : view.instruments(in.market())) {
        Optional<OptimalPositionEntry> latest = view.store().optimalPositions().latest(s, code);
        long held = view.store().positions().instrumentPosition(s, code).longValueExact();
        if (latest.isEmpty()) {
          if (held != 0) {
            rows.add(List.of(s.value(), code.value(), "", Double.NaN, Double.NaN, Double.NaN, held, Double.NaN,
                Double.NaN, "no optimal position"));
          }
          continue;
        }
        OptimalPositionEntry e = latest.get();
        double bottom = Math.rint(e.lowerEdge());
        double top = Math.rint(e.upperEdge());
        long target = (long) (held < bottom ? bottom : held > top ? top : held);
        rows.add(List.of(s.value(), code.value(), e.time(), e.optimal(), e.lowerEdge(), e.upperEdge(), held,
            target, target - held, target == held ? "inside buffer" : "outside buffer"));
      }
    }
    ReportTable table = new ReportTable(POSITIONS, List.of("strategy", "instrument", "updated", "optimal",
        "lower edge", "upper edge", "held", "target", "trade", "status"), rows, "");
    return new ProductionReport(ReportType.STRATEGY, in.day(), now, List.of(table), List.of(), List.of());
  }
}
