package org.pystrade.production.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.InstrumentLock;

/**
 * The reconcile report (pysystemtrade's): our contract positions against the broker's (a break where they differ),
 * the sum of the strategies' positions in each instrument against the sum of its contract positions, and the locks
 * in force.
 */
final class ReconcileReport {

  static final String CONTRACTS = "Contract positions: ours against the broker's";
  static final String INSTRUMENTS = "Strategy positions against contract positions";
  static final String LOCKS = "Locks";

  private ReconcileReport() {
  }

  static ProductionReport build(StoreView view, ReportInputs in, Instant now) {
    List<String> notes = new ArrayList<>();
    Map<FuturesContract, Quantity> ours = new TreeMap<>();
    List<List<Object>> instrumentRows = new ArrayList<>();
    int instrumentBreaks = 0;
    for (InstrumentCode code : view.instruments(in.market())) {
      Map<FuturesContract, Quantity> held = view.store().positions().contractPositions(code);
      held.forEach((c, q) -> {
        if (!q.isZero()) {
          ours.put(c, q);
        }
      });
      long contracts = held.values().stream().mapToLong(Quantity::longValueExact).sum();
      long strategies = view.heldByAllStrategies(code);
      boolean ok = contracts == strategies;
      instrumentBreaks += ok ? 0 : 1;
      instrumentRows.add(List.of(code.value(), strategies, contracts, strategies - contracts, ok ? "ok" : "BREAK"));
    }
    Map<FuturesContract, Quantity> broker = new TreeMap<>();
    in.brokerPositions().ifPresent(b -> b.forEach((c, q) -> {
      if (!q.isZero()) {
        broker.put(c, q);
      }
    }));
    TreeMap<FuturesContract, Boolean> all = new TreeMap<>();
    ours.keySet().forEach(c -> all.put(c, true));
    broker.keySet().forEach(c -> all.put(c, true));
    List<List<Object>> contractRows = new ArrayList<>();
    int breaks = 0;
    for (FuturesContract c : all.keySet()) {
      long our = ours.getOrDefault(c, Quantity.ZERO).longValueExact();
      if (in.brokerPositions().isEmpty()) {
        contractRows.add(List.of(c.instrument().value(), c.date().asId(), our, "", "", ""));
        continue;
      }
      long their = broker.getOrDefault(c, Quantity.ZERO).longValueExact();
      boolean ok = our == their;
      breaks += ok ? 0 : 1;
      contractRows.add(List.of(c.instrument().value(), c.date().asId(), our, their, our - their,
          ok ? "ok" : "BREAK"));
    }
    if (in.brokerPositions().isEmpty()) {
      notes.add("no broker positions given: only our own positions are checked");
    } else {
      notes.add(breaks == 0 ? "contract positions agree with the broker's"
          : breaks + " contract position break(s) with the broker");
    }
    if (instrumentBreaks > 0) {
      notes.add(instrumentBreaks + " instrument(s) whose strategy positions do not add up to their contract"
          + " positions");
    }
    List<List<Object>> locks = new ArrayList<>();
    for (InstrumentLock l : view.store().locks().all()) {
      locks.add(List.of(l.instrument().value(), l.reason(), l.since()));
    }
    List<ReportTable> tables = List.of(
        new ReportTable(CONTRACTS, List.of("instrument", "contract", "ours", "broker", "difference", "status"),
            contractRows, ""),
        new ReportTable(INSTRUMENTS, List.of("instrument", "strategies", "contracts", "difference", "status"),
            instrumentRows, ""),
        new ReportTable(LOCKS, List.of("instrument", "reason", "since"), locks, ""));
    return new ProductionReport(ReportType.RECONCILE, in.day(), now, tables, notes, List.of());
  }
}
