package org.pystrade.core.rules;

import org.pystrade.core.series.TimeSeries;

/**
 * A trading rule: computes a raw (unscaled, uncapped) forecast from declared inputs. This is the one method a user
 * implements, usually as a lambda; the system computes the data inputs, caches the result and aligns it with
 * everything else.
 *
 * <p>Implementations must be pure functions of their inputs (no state), so results can be cached and computed in
 * parallel. NaN in the output means "no forecast" for that day.
 */
@FunctionalInterface
public interface TradingRule {

  /**
   * Computes the raw forecast.
   *
   * @param inputs the instrument, data inputs and parameters
   * @return the raw forecast series
   */
  TimeSeries forecast(RuleInputs inputs);
}
