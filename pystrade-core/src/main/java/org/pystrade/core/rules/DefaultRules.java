package org.pystrade.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;

/**
 * Computes raw forecasts: resolves each declared data input through the system's data sources (with the keyword
 * arguments the rule passes it), then calls the rule; as pysystemtrade's {@code TradingRule.call} ({@code replace_all_zeros_with_nan}), an exact zero in the
 * rule's output is read as no forecast (NaN), e.g. an EWMAC on a price that has not moved yet. Memoised per
 * (instrument, rule).
 */
public class DefaultRules implements Rules {

  private final TradingSystem system;

  /**
   * Creates the stage.
   *
   * @param system the system
   */
  public DefaultRules(TradingSystem system) {
    this.system = system;
  }

  @Override
  public Map<RuleName, RuleSpec> tradingRules() {
    return system.tradingRules();
  }

  @Override
  public TimeSeries rawForecast(InstrumentCode code, RuleName rule) {
    return system.memo().get(new StageKey("rules", "rawForecast", code, rule), () -> {
      RuleSpec spec = system.tradingRules().get(rule);
      if (spec == null) {
        throw new IllegalArgumentException("unknown trading rule '" + rule + "'; the system's rules are "
            + system.tradingRules().keySet());
      }
      List<TimeSeries> inputs = new ArrayList<>(spec.data().size());
      for (int i = 0; i < spec.data().size(); i++) {
        inputs.add(system.dataSources().compute(spec.data().get(i), system, code, spec.dataArgs().get(i)));
      }
      TimeSeries out = spec.rule().forecast(new RuleInputs(code, inputs, spec.args()));
      if (out == null) {
        throw new IllegalStateException("trading rule '" + rule + "' returned no forecast for " + code);
      }
      return zerosAsMissing(out);
    });
  }

  /** The forecast with exact zeros (of either sign) replaced by NaN; the same series if it has none. */
  static TimeSeries zerosAsMissing(TimeSeries forecast) {
    double[] v = forecast.valuesView();
    int first = -1;
    for (int i = 0; i < v.length; i++) {
      if (v[i] == 0.0) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return forecast;
    }
    double[] out = v.clone();
    for (int i = first; i < out.length; i++) {
      if (out[i] == 0.0) {
        out[i] = Double.NaN;
      }
    }
    return TimeSeries.ofOwned(forecast.timesView(), out);
  }
}
