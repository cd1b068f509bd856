package org.pystrade.core.testing;

import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.forecast.ForecastScaleCap;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;

/**
 * A forecast scaling stage whose capped forecasts are given (scalar 1, cap 20), for testing what reads them on
 * hand-made numbers. A forecast that was not given is a {@link DataException}, as missing data would be.
 */
public final class FixedForecasts implements ForecastScaleCap {

  private final GivenSeries forecasts = new GivenSeries();

  /**
   * Sets a capped forecast.
   *
   * @param code the instrument
   * @param rule the rule variation
   * @param forecast the forecast
   * @return this
   */
  public FixedForecasts with(InstrumentCode code, String rule, TimeSeries forecast) {
    forecasts.put("forecast of " + rule, code, forecast);
    return this;
  }

  /** The given capped forecast: this stage neither attenuates nor scales. */
  @Override
  public TimeSeries rawForecast(InstrumentCode code, RuleName rule) {
    return cappedForecast(code, rule);
  }

  @Override
  public TimeSeries forecastScalar(InstrumentCode code, RuleName rule) {
    return TimeSeries.constant(cappedForecast(code, rule).timestamps(), 1.0);
  }

  @Override
  public double forecastCap() {
    return 20;
  }

  @Override
  public TimeSeries scaledForecast(InstrumentCode code, RuleName rule) {
    return cappedForecast(code, rule);
  }

  @Override
  public TimeSeries cappedForecast(InstrumentCode code, RuleName rule) {
    return forecasts.get("forecast of " + rule, code);
  }
}
