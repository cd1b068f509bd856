package org.pystrade.core.forecast;

import java.util.List;
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

  /**
   * Told by the combination once it has combined an instrument's capped forecasts, when nothing else in the
   * system's own computation reads them again: an implementation may then let them go
   * ({@link org.pystrade.core.calc.StageContext#release}), and computes them again, to the same bits, if they are
   * asked for after all (an export, a trading rule's P&amp;L). The default keeps them.
   *
   * @param code the instrument
   * @param rules the rule variations whose capped forecasts the combination has read
   */
  default void forecastsCombined(InstrumentCode code, List<RuleName> rules) {
    // kept
  }
}
