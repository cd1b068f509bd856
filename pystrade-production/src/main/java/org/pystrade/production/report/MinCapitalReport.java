package org.pystrade.production.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.domain.trading.CapitalEntry;

/**
 * The minimum capital report (pysystemtrade's): per instrument, with {@code risk} the annual risk of one contract
 * in the base currency ({@code price x multiplier x FX x volatility}) and {@code tau} the risk target:
 * <ul>
 *   <li>four contracts alone: {@code 4 x risk / tau} (the instrument as the whole portfolio);</li>
 *   <li>one contract at forecast 10: {@code risk / (tau x weight x IDM)}, the capital for which an average
 *       forecast gives one contract in the reference system;</li>
 *   <li>four contracts at forecast 10: four times that, Carver's minimum.</li>
 * </ul>
 */
final class MinCapitalReport {

  static final String MIN_CAPITAL = "Minimum capital";
  static final int MIN_CONTRACTS = 4;

  private MinCapitalReport() {
  }

  static ProductionReport build(StoreView view, ReportInputs in, Instant now) {
    List<String> notes = new ArrayList<>();
    List<List<Object>> rows = new ArrayList<>();
    double capital = view.store().capital().latestTotal().map(CapitalEntry::totalCapital).map(m -> m.amount())
        .orElse(Double.NaN);
    if (in.market().isEmpty()) {
      notes.add("no market data: prices and volatilities are not known (give the data)");
    } else {
      MarketSnapshot m = in.market().get();
      for (InstrumentFacts f : m.instruments().values()) {
        double risk = f.annualRiskPerContract();
        double alone = MIN_CONTRACTS * risk / m.riskTarget();
        double forecast10 = risk / (m.riskTarget() * f.instrumentWeight() * m.idm());
        double four = MIN_CONTRACTS * forecast10;
        rows.add(List.of(f.instrument().value(), f.price(), f.pointSize(), f.fxRate(), 100 * f.annualVolatility(),
            risk, f.instrumentWeight(), alone, forecast10, four,
            Double.isNaN(four) || Double.isNaN(capital) ? "" : capital >= four ? "ok" : "TOO LITTLE"));
      }
      notes.add(String.format(java.util.Locale.ROOT, "risk target %.2f%%, IDM %.4f, total capital %s",
          100 * m.riskTarget(), m.idm(), Cells.text(capital)));
    }
    ReportTable table = new ReportTable(MIN_CAPITAL, List.of("instrument", "price", "multiplier", "fx",
        "volatility %", "annual risk per contract", "weight", "4 contracts alone", "1 contract at forecast 10",
        "4 contracts at forecast 10", "capital"), rows, "in the base currency; volatility annualised");
    return new ProductionReport(ReportType.MIN_CAPITAL, in.day(), now, List.of(table), notes,
        List.of(new ReportChart("Minimum capital: 4 contracts at forecast 10", MIN_CAPITAL, "instrument",
            "4 contracts at forecast 10")));
  }
}
