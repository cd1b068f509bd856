package org.pystrade.production.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.trading.InstrumentLock;
import org.pystrade.core.domain.trading.OptimalPositionEntry;
import org.pystrade.core.domain.trading.ProcessStatus;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOverride;

/**
 * The status report: processes, locks, overrides in force, the age of each instrument's prices and of each
 * strategy's optimal positions (pysystemtrade's status report).
 */
final class StatusReport {

  static final String PROCESSES = "Processes";
  static final String LOCKS = "Locks";
  static final String OVERRIDES = "Overrides in force";
  static final String DATA = "Price data";
  static final String OPTIMAL = "Optimal positions";

  private StatusReport() {
  }

  static ProductionReport build(StoreView view, ReportInputs in, Instant now) {
    List<List<Object>> processes = new ArrayList<>();
    for (ProcessStatus p : view.store().processes().all()) {
      processes.add(List.of(p.process(), p.state().name(), p.pid(), p.updated(), p.message()));
    }
    List<List<Object>> locks = new ArrayList<>();
    for (InstrumentLock l : view.store().locks().all()) {
      locks.add(List.of(l.instrument().value(), l.reason(), l.since()));
    }
    List<List<Object>> overrides = new ArrayList<>();
    List<List<Object>> optimal = new ArrayList<>();
    for (StrategyName s : view.strategies()) {
      for (InstrumentCode code : view.instruments(in.market())) {
        TradingOverride o = view.store().overrides().inForce(s, code);
        if (o != TradingOverride.NONE) {
          overrides.add(List.of(s.value(), code.value(), o.name()));
        }
        Optional<OptimalPositionEntry> e = view.store().optimalPositions().latest(s, code);
        e.ifPresent(x -> optimal.add(List.of(s.value(), code.value(), x.time(),
            (long) ChronoUnit.DAYS.between(x.time().atZone(ZoneOffset.UTC).toLocalDate(), in.day()))));
      }
    }
    List<String> notes = new ArrayList<>();
    List<List<Object>> data = new ArrayList<>();
    if (in.market().isEmpty()) {
      notes.add("no market data: the age of prices is not known (give the data)");
    } else {
      for (InstrumentFacts f : in.market().get().instruments().values()) {
        Optional<LocalDate> last = f.lastPriceDate();
        long age = last.map(d -> ChronoUnit.DAYS.between(d, in.day())).orElse(Long.MAX_VALUE);
        data.add(List.of(f.instrument().value(), last.map(d -> (Object) d).orElse(""),
            last.isPresent() ? (Object) age : "", age > in.staleDays() ? "STALE" : "ok"));
      }
    }
    List<ReportTable> tables = List.of(
        new ReportTable(PROCESSES, List.of("process", "state", "pid", "updated", "message"), processes, ""),
        new ReportTable(LOCKS, List.of("instrument", "reason", "since"), locks, ""),
        new ReportTable(OVERRIDES, List.of("strategy", "instrument", "override"), overrides, ""),
        new ReportTable(DATA, List.of("instrument", "last price", "age (days)", "status"), data,
            "stale: older than " + in.staleDays() + " calendar days on " + in.day()),
        new ReportTable(OPTIMAL, List.of("strategy", "instrument", "updated", "age (days)"), optimal, ""));
    return new ProductionReport(ReportType.STATUS, in.day(), now, tables, notes, List.of());
  }
}
