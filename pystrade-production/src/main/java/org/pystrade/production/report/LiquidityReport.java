package org.pystrade.production.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;

/**
 * The liquidity report: each instrument's position (all its contracts) against the priced contract's average daily
 * volume, and the risk traded in a day ({@code volume x annual risk of one contract}, base currency), flagged below
 * pysystemtrade's thresholds ({@value #MIN_CONTRACTS} contracts and {@value #MIN_RISK_PER_DAY} of risk a day).
 */
final class LiquidityReport {

  static final String LIQUIDITY = "Liquidity";
  static final double MIN_CONTRACTS = 100;
  static final double MIN_RISK_PER_DAY = 1_500_000;

  private LiquidityReport() {
  }

  static ProductionReport build(StoreView view, ReportInputs in, Instant now) {
    List<String> notes = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    if (in.market().isEmpty()) {
      notes.add("no market data: volumes are not known (give the data)");
    } else {
      for (InstrumentCode code : view.instruments(in.market())) {
        InstrumentFacts f = in.market().get().facts(code).orElse(null);
        if (f == null) {
          continue;
        }
        long held = view.store().positions().contractPositions(code).values().stream()
            .mapToLong(Quantity::longValueExact).sum();
        double volume = f.averageVolume(f.pricedContract());
        double riskPerDay = volume * f.annualRiskPerContract();
        String status = Double.isNaN(volume) ? "no volume"
            : volume < MIN_CONTRACTS || riskPerDay < MIN_RISK_PER_DAY ? "ILLIQUID" : "ok";
        rows.add(List.of(code.value(), f.pricedContract().asId(), held, volume, 100 * Math.abs(held) / volume,
            f.annualRiskPerContract(), riskPerDay, status));
      }
    }
    ReportTable table = new ReportTable(LIQUIDITY, List.of("instrument", "priced contract", "held",
        "average volume", "held % of volume", "annual risk per contract (base)", "risk per day (base)", "status"),
        rows, "illiquid: fewer than 100 contracts or less than 1.5 million of risk (base currency) traded a day");
    return new ProductionReport(ReportType.LIQUIDITY, in.day(), now, List.of(table), notes, List.of());
  }
}
