package org.pystrade.core.forecast;

import org.pystrade.core.calc.StageContext;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.Rules;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * Fixed or estimated forecast scalars and capping, as pysystemtrade's {@code ForecastScaleCap}. Every result goes
 * through the overridable method it depends on: the capped forecast is the {@link #scaledForecast}, which is the raw
 * forecast times the {@link #forecastScalar}, clipped to {@link #forecastFloor} and {@link #forecastCap}; a subclass that overrides any of
 * them changes every forecast computed from it.
 */
public class DefaultForecastScaleCap implements ForecastScaleCap {

  private final ForecastScaleCapInputs inputs;
  private final StageContext context;
  private final Rules rules;
  private final ScaleCapParams params;

  /**
   * Creates the stage.
   *
   * @param inputs the context, the rules stage, the parameters and the estimator
   */
  public DefaultForecastScaleCap(ForecastScaleCapInputs inputs) {
    this.inputs = ArgChecker.notNull(inputs, "inputs");
    this.context = inputs.context();
    this.rules = inputs.rules();
    this.params = inputs.params();
  }

  @Override
  public TimeSeries forecastScalar(InstrumentCode code, RuleName rule) {
    if (!params.useEstimates()) {
      // a constant on the raw forecast's index: not memoised, as large as the forecast and cheap to make
      return TimeSeries.constant(rules.rawForecast(code, rule).timesView(), params.fixedScalar(rule));
    }
    return context.memo("forecastScaleCap", "forecastScalar", code, rule, () -> {
      ForecastScalarEstimator est = inputs.estimator().orElseThrow(() -> new ConfigException(
          "use_forecast_scale_estimates is true but no forecast scalar estimator is available: add "
              + "pystrade-optimisation to the class path or set one on the system builder"));
      return est.estimate(inputs, code, rule).reindexPad(rules.rawForecast(code, rule));
    });
  }

  @Override
  public double forecastCap() {
    return params.forecastCap();
  }

  @Override
  public double forecastFloor() {
    double floor = params.forecastFloor();
    return floor == floor ? floor : -forecastCap();
  }

  @Override
  public TimeSeries scaledForecast(InstrumentCode code, RuleName rule) {
    // not memoised: one multiplication of the memoised raw forecast; the capped forecast is memoised
    return rules.rawForecast(code, rule).times(forecastScalar(code, rule));
  }

  @Override
  public TimeSeries cappedForecast(InstrumentCode code, RuleName rule) {
    return context.memo("forecastScaleCap", "cappedForecast", code, rule, () -> {
      return scaledForecast(code, rule).clip(forecastFloor(), forecastCap());
    });
  }
}
