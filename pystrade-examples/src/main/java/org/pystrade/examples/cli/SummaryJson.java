package org.pystrade.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.results.ResultColumns;
import org.pystrade.core.system.TradingSystem;

/**
 * Writes {@code summary.json}: instruments, rules, the portfolio's percent statistics at full precision (and as
 * pysystemtrade prints them), the capital, the optimised portfolio's statistics when the system optimises, and any
 * instruments left out.
 */
final class SummaryJson {

  private SummaryJson() {
  }

  static void write(TradingSystem system, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("kind", system.config().getBoolean("use_forecast_weight_estimates")
        || system.config().getBoolean("use_forecast_scale_estimates") ? "estimated" : "fixed");
    ArrayNode instruments = root.putArray("instruments");
    system.instruments().forEach(c -> instruments.add(c.value()));
    ArrayNode rules = root.putArray("rules");
    system.tradingRules().keySet().forEach(r -> rules.add(r.value()));
    PandlCurve portfolio = system.accounts().portfolio();
    AccountStats stats = AccountStats.of(portfolio.netPercent());
    ObjectNode full = root.putObject("stats_percent");
    for (Map.Entry<String, Double> e : stats.toMap().entrySet()) {
      full.put(e.getKey(), e.getValue());
    }
    full.put("capital", portfolio.capital());
    ObjectNode printed = root.putObject("stats_percent_printed");
    stats.formatted().forEach(printed::put);
    if (ResultColumns.optimises(system)) {
      // pysystemtrade's summary of rob_system adds the optimised portfolio's statistics
      PandlCurve optimised = system.optimisedPositions().portfolio();
      AccountStats optStats = AccountStats.of(optimised.netPercent());
      ObjectNode opt = root.putObject("optimised_stats_percent");
      for (Map.Entry<String, Double> e : optStats.toMap().entrySet()) {
        opt.put(e.getKey(), e.getValue());
      }
      ObjectNode optPrinted = root.putObject("optimised_stats_percent_printed");
      optStats.formatted().forEach(optPrinted::put);
    }
    ArrayNode failures = root.putArray("left_out");
    for (InstrumentFailure f : system.failures()) {
      failures.addObject().put("instrument", f.instrument().value()).put("reason", f.reason());
    }
    mapper.writeValue(file.toFile(), root);
  }
}
