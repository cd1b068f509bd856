package org.pystrade.core.rules;

import java.util.Map;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;

/**
 * The rules stage: raw forecasts of every trading rule variation for every instrument.
 */
public interface Rules {

  /**
   * The system's rule variations by name, in the order they were declared (the config's, then the builder's).
   *
   * @return the rule specs
   */
  Map<RuleName, RuleSpec> tradingRules();

  /**
   * The raw (unscaled) forecast of a rule variation for an instrument.
   *
   * @param code the instrument
   * @param rule the rule variation
   * @return the raw forecast
   * @throws IllegalArgumentException if the rule is unknown (naming it and listing known ones)
   */
  TimeSeries rawForecast(InstrumentCode code, RuleName rule);
}
