package org.pystrade.production.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;

/**
 * The roll report: each instrument's roll state, priced and forward contracts, days to their (approximate)
 * expiries, the positions held in them and their average daily volumes (pysystemtrade's roll report).
 */
final class RollsReport {

  static final String ROLLS = "Rolls";

  private RollsReport() {
  }

  static ProductionReport build(StoreView view, ReportInputs in, Instant now) {
    List<String> notes = new ArrayList<>();
    if (in.market().isEmpty()) {
      notes.add("no market data: contracts, expiries and volumes are not known (give the data)");
    }
    List<List<Object>> rows = new ArrayList<>();
    for (InstrumentCode code : view.instruments(in.market())) {
      Map<FuturesContract, Quantity> held = view.store().positions().contractPositions(code);
      List<Object> row = new ArrayList<>(List.of(code.value(), view.store().rollStates().get(code).name()));
      InstrumentFacts f = in.market().flatMap(m -> m.facts(code)).orElse(null);
      if (f == null) {
        row.addAll(List.of("", "", "", "", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
      } else {
        ContractDate priced = f.pricedContract();
        ContractDate forward = f.forwardContract().orElse(null);
        double pricedHeld = heldIn(held, code, priced);
        double forwardHeld = forward == null ? Double.NaN : heldIn(held, code, forward);
        double volPriced = f.averageVolume(priced);
        double volForward = forward == null ? Double.NaN : f.averageVolume(forward);
        row.addAll(List.of(priced.asId(), forward == null ? "" : forward.asId(), days(f.pricedExpiry(), in.day()),
            days(f.forwardExpiry(), in.day()), pricedHeld, forwardHeld,
            total(held) - pricedHeld - (Double.isNaN(forwardHeld) ? 0 : forwardHeld), volPriced, volForward,
            volForward / volPriced));
      }
      rows.add(row);
    }
    ReportTable table = new ReportTable(ROLLS, List.of("instrument", "roll state", "priced", "forward",
        "days to expiry (priced)", "days to expiry (forward)", "held (priced)", "held (forward)", "held (others)",
        "volume (priced)", "volume (forward)", "volume forward/priced"), rows,
        "expiries are approximate (contract month plus the configured ExpiryOffset); volumes are average daily"
            + " contracts, empty where not known");
    return new ProductionReport(ReportType.ROLLS, in.day(), now, List.of(table), notes, List.of());
  }

  private static Object days(java.util.Optional<LocalDate> expiry, LocalDate day) {
    return expiry.map(e -> (Object) ChronoUnit.DAYS.between(day, e)).orElse("");
  }

  private static double heldIn(Map<FuturesContract, Quantity> held, InstrumentCode code, ContractDate date) {
    return held.getOrDefault(FuturesContract.of(code, date), Quantity.ZERO).value();
  }

  private static double total(Map<FuturesContract, Quantity> held) {
    return held.values().stream().mapToDouble(Quantity::value).sum();
  }
}
