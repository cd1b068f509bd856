package org.pystrade.core.combination;

import java.util.List;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;

/**
 * The forecast combination stage: forecast weights, forecast diversification multiplier and the combined forecast.
 */
public interface ForecastCombine {

  /**
   * The rule variations combined for an instrument (from {@code forecast_weights}, per instrument or global, or
   * {@code rule_variations}, else every rule), sorted by name (the order forecasts are summed in).
   *
   * @param code the instrument
   * @return the rule variations
   */
  List<RuleName> ruleVariations(InstrumentCode code);

  /**
   * The capped forecasts of the instrument's rule variations on the union of their indexes, forward-filled.
   *
   * @param code the instrument
   * @return one column per rule variation
   */
  SeriesFrame allForecasts(InstrumentCode code);

  /**
   * Daily forecast weights: fitted to forecast availability, smoothed with {@code forecast_weight_ewma_span},
   * normalised to sum to one.
   *
   * @param code the instrument
   * @return one column per rule variation
   */
  SeriesFrame forecastWeights(InstrumentCode code);

  /**
   * The forecast diversification multiplier over time.
   *
   * @param code the instrument
   * @return the FDM
   */
  TimeSeries forecastDiversificationMultiplier(InstrumentCode code);

  /**
   * The combined forecast: weighted sum of capped forecasts, times FDM, capped at {@code +-forecast_cap}.
   *
   * @param code the instrument
   * @return the combined forecast
   */
  TimeSeries combinedForecast(InstrumentCode code);
}
