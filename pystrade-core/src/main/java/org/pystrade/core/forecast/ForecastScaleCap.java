package org.pystrade.core.forecast;

import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;

/**
 * The forecast scaling and capping stage: raw forecast (vol attenuated for the rules {@code use_attenuation} lists)
 * times forecast scalar, clipped to {@code [forecast_floor, forecast_cap]} (the floor is minus the cap unless the
 * config sets it).
 */
public interface ForecastScaleCap {

  /**
   * The raw forecast this stage scales (pysystemtrade's {@code forecastScaleCap.get_raw_forecast}): the rules
   * stage's raw forecast, multiplied by the instrument's vol attenuation (forward filled onto the forecast's index)
   * when {@code use_attenuation} lists the rule variation.
   *
   * @param code the instrument
   * @param rule the rule variation
   * @return the raw forecast, on the rules stage's raw forecast's index
   */
  TimeSeries rawForecast(InstrumentCode code, RuleName rule);

  /**
   * The forecast scalar over time (constant for fixed scalars), on the raw forecast's index.
   *
   * @param code the instrument
   * @param rule the rule variation
   * @return the scalar
   */
  TimeSeries forecastScalar(InstrumentCode code, RuleName rule);

  /**
   * The forecast cap ({@code forecast_cap}, default 20).
   *
   * @return the cap, positive
   */
  double forecastCap();

  /**
   * The forecast floor ({@code forecast_floor}, pysystemtrade's default: minus the {@link #forecastCap}): capped
   * forecasts and the combined forecast are clipped to {@code [floor, cap]}.
   *
   * @return the floor, below the cap
   */
  default double forecastFloor() {
    return -forecastCap();
  }

  /**
   * The scaled forecast: the {@link #rawForecast} times the scalar.
   *
   * @param code the instrument
   * @param rule the rule variation
   * @return the scaled forecast
   */
  TimeSeries scaledForecast(InstrumentCode code, RuleName rule);

  /**
   * The capped forecast: scaled forecast clipped to {@code [floor, cap]}.
   *
   * @param code the instrument
   * @param rule the rule variation
   * @return the capped forecast
   */
  TimeSeries cappedForecast(InstrumentCode code, RuleName rule);
}
