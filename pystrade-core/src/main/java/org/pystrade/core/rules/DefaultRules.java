package org.pystrade.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pystrade.core.calc.Retention;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.core.util.Suggestions;

/**
 * Computes raw forecasts: resolves each declared data input through the data sources (with the keyword arguments the
 * rule passes it), then calls the rule with its bound arguments; as pysystemtrade's {@code TradingRule.call}
 * ({@code replace_all_zeros_with_nan}), an exact zero in the rule's output is read as no forecast (NaN), e.g. an
 * EWMAC on a price that has not moved yet. Memoised per (instrument, rule) while in use ({@link Retention#IN_USE}):
 * its one consumer in a system, the forecast stage, scales and caps it right away and keeps what it needs (the capped
 * forecast; the raw forecasts themselves when it estimates scalars from them), so a whole universe's raw forecasts
 * are never all held at once; one asked for again after it was let go is computed again, to the same bits.
 *
 * <p>A data failure ({@link DataException}) while reading an input propagates as it is: the instrument lacks data.
 * Anything else the rule's own code throws, or a rule returning no forecast, is a {@link RuleException} naming the
 * rule and the instrument.
 */
public class DefaultRules implements Rules {

  private final StageContext context;
  private final RawData rawData;
  private final Map<RuleName, RuleSpec> tradingRules;
  private final DataSourceRegistry dataSources;

  /**
   * Creates the stage.
   *
   * @param inputs the context, the raw-data stage, the rule variations and the data sources
   */
  public DefaultRules(RulesInputs inputs) {
    ArgChecker.notNull(inputs, "inputs");
    this.context = inputs.context();
    this.rawData = inputs.rawData();
    this.tradingRules = inputs.tradingRules();
    this.dataSources = inputs.dataSources();
  }

  @Override
  public Map<RuleName, RuleSpec> tradingRules() {
    return tradingRules;
  }

  @Override
  public TimeSeries rawForecast(InstrumentCode code, RuleName rule) {
    RuleSpec spec = tradingRules.get(rule);
    if (spec == null) {
      throw new IllegalArgumentException("unknown trading rule '" + rule + "'" + Suggestions.hint(rule.value(),
          names()) + "; the system's rules are " + tradingRules.keySet());
    }
    return context.memo("rules", "rawForecast", code, rule, Retention.IN_USE, () -> {
      List<TimeSeries> inputs = new ArrayList<>(spec.data().size());
      for (int i = 0; i < spec.data().size(); i++) {
        inputs.add(dataSources.compute(spec.data().get(i), rawData, context, code, spec.dataArgs().get(i)));
      }
      TimeSeries out;
      try {
        out = spec.rule().forecast(new RuleInputs(code, inputs, spec.boundArgs()));
      } catch (DataException ex) {
        throw ex;
      } catch (RuntimeException ex) {
        throw new RuleException(rule, spec.function(), code, String.valueOf(ex), ex);
      }
      if (out == null) {
        throw new RuleException(rule, spec.function(), code, "it returned no forecast (null)", null);
      }
      return zerosAsMissing(out);
    });
  }

  private List<String> names() {
    List<String> out = new ArrayList<>();
    tradingRules.keySet().forEach(r -> out.add(r.value()));
    return out;
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
