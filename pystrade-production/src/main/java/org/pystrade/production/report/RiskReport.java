package org.pystrade.production.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.CapitalEntry;

/**
 * The risk report: the annualised risk of the current positions as a percentage of the total capital, per
 * instrument, per asset class and for the portfolio (pysystemtrade's risk report).
 *
 * <p>An instrument's weight is its exposure over the capital, {@code w = position x price x multiplier x FX /
 * capital}, the position being the sum of its contract positions; its risk {@code |w| x volatility}; a group's risk
 * {@code sqrt(sum_ij w_i w_j s_i s_j rho_ij)}, a correlation that is not known counting as zero.
 */
final class RiskReport {

  static final String INSTRUMENTS = "Risk by instrument";
  static final String ASSET_CLASSES = "Risk by asset class";
  static final String PORTFOLIO = "Portfolio risk";

  private RiskReport() {
  }

  static ProductionReport build(StoreView view, ReportInputs in, Instant now) {
    List<String> notes = new ArrayList<>();
    double capital = view.store().capital().latestTotal().map(CapitalEntry::totalCapital)
        .map(m -> m.amount()).orElse(Double.NaN);
    if (Double.isNaN(capital)) {
      notes.add("no total capital in the state: risk as a share of capital is not known");
    }
    List<List<Object>> rows = new ArrayList<>();
    Map<String, Map<InstrumentFacts, Double>> byClass = new TreeMap<>();
    Map<InstrumentFacts, Double> all = new LinkedHashMap<>();
    if (in.market().isEmpty()) {
      notes.add("no market data: prices and volatilities are not known (give the data)");
    } else {
      for (InstrumentCode code : view.instruments(in.market())) {
        InstrumentFacts f = in.market().get().facts(code).orElse(null);
        long position = view.store().positions().contractPositions(code).values().stream()
            .mapToLong(Quantity::longValueExact).sum();
        if (f == null) {
          if (position != 0) {
            notes.add("no market facts for " + code.value() + ", held " + position + ": not in the risk");
          }
          continue;
        }
        double exposure = position * f.price() * f.pointSize() * f.fxRate();
        double w = exposure / capital;
        all.put(f, w);
        byClass.computeIfAbsent(f.assetClass(), k -> new LinkedHashMap<>()).put(f, w);
        rows.add(List.of(code.value(), f.assetClass(), position, f.price(), exposure, 100 * w,
            100 * f.annualVolatility(), 100 * Math.abs(w) * f.annualVolatility()));
      }
    }
    List<List<Object>> classRows = new ArrayList<>();
    byClass.forEach((k, v) -> classRows.add(List.of(k, 100 * groupRisk(in.market().orElse(null), v),
        100 * sumOfRisks(v))));
    double portfolio = groupRisk(in.market().orElse(null), all);
    double sum = sumOfRisks(all);
    List<List<Object>> portfolioRows = List.of(List.of("total capital", capital),
        List.of("portfolio risk %", 100 * portfolio), List.of("sum of instrument risks %", 100 * sum),
        List.of("diversification (sum / portfolio)", sum / portfolio),
        List.of("leverage (sum of |exposure| / capital)", all.values().stream().mapToDouble(Math::abs).sum()));
    List<ReportTable> tables = List.of(
        new ReportTable(PORTFOLIO, List.of("measure", "value"), portfolioRows, "annualised, % of capital"),
        new ReportTable(INSTRUMENTS, List.of("instrument", "asset class", "position", "price", "exposure (base)",
            "exposure %", "volatility %", "risk %"), rows, "annualised; risk = |exposure %| x volatility"),
        new ReportTable(ASSET_CLASSES, List.of("asset class", "risk %", "sum of instrument risks %"), classRows,
            "correlations of daily returns; one not known counts as zero"));
    return new ProductionReport(ReportType.RISK, in.day(), now, tables, notes,
        List.of(new ReportChart("Risk by instrument (% of capital)", INSTRUMENTS, "instrument", "risk %")));
  }

  static double groupRisk(MarketSnapshot market, Map<InstrumentFacts, Double> weights) {
    if (market == null) {
      return Double.NaN;
    }
    double var = 0;
    for (Map.Entry<InstrumentFacts, Double> a : weights.entrySet()) {
      for (Map.Entry<InstrumentFacts, Double> b : weights.entrySet()) {
        double rho = market.correlation(a.getKey().instrument(), b.getKey().instrument());
        if (Double.isNaN(rho)) {
          continue;
        }
        var += a.getValue() * b.getValue() * a.getKey().annualVolatility() * b.getKey().annualVolatility() * rho;
      }
    }
    return Math.sqrt(var);
  }

  private static double sumOfRisks(Map<InstrumentFacts, Double> weights) {
    return weights.entrySet().stream().mapToDouble(e -> Math.abs(e.getValue()) * e.getKey().annualVolatility())
        .sum();
  }
}
