package org.pystrade.core.forecast;

import java.util.Map;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.rules.Rules;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * Fixed or estimated forecast scalars, vol attenuation and capping, as pysystemtrade's {@code ForecastScaleCap}
 * (with {@code use_attenuation}, its {@code volAttenForecastScaleCap}). Every result goes through the overridable
 * method it depends on: the capped forecast is the {@link #scaledForecast}, which is the {@link #rawForecast} (the
 * rules' raw forecast, times the {@link #volAttenuation} for the attenuated rules) times the
 * {@link #forecastScalar}, clipped to {@link #forecastFloor} and {@link #forecastCap}; a subclass that overrides any
 * of them changes every forecast computed from it.
 */
public class DefaultForecastScaleCap implements ForecastScaleCap {

  private final ForecastScaleCapInputs inputs;
  private final StageContext context;
  private final Rules rules;
  private final RawData rawData;
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
    this.rawData = inputs.rawData();
    this.params = inputs.params();
  }

  @Override
  public TimeSeries rawForecast(InstrumentCode code, RuleName rule) {
    TimeSeries raw = rules.rawForecast(code, rule);
    if (!params.attenuated(rule)) {
      return raw;
    }
    return context.memo("forecastScaleCap", "rawForecast", code, rule,
        () -> raw.times(volAttenuation(code).reindexPad(raw)));
  }

  /**
   * The vol attenuation of an instrument (pysystemtrade's {@code get_vol_attenuation}): from 2 when its percentage
   * volatility is the lowest of its history so far, down towards 0.5 when it is the highest; see
   * {@link VolAttenuation}.
   *
   * @param code the instrument
   * @return the attenuation, on the index of the percentage volatility
   */
  public TimeSeries volAttenuation(InstrumentCode code) {
    return context.memo("forecastScaleCap", "volAttenuation", code, null,
        () -> VolAttenuation.attenuation(rawData.dailyPercentageVolatility(code)));
  }

  @Override
  public TimeSeries forecastScalar(InstrumentCode code, RuleName rule) {
    if (!params.useEstimates()) {
      // a constant on the raw forecast's index: not memoised, as large as the forecast and cheap to make
      return TimeSeries.constant(rawForecast(code, rule).timesView(), params.fixedScalar(rule));
    }
    return context.memo("forecastScaleCap", "forecastScalar", code, rule, () -> {
      ForecastScalarEstimator est = inputs.estimator().orElseThrow(() -> new ConfigException(
          "use_forecast_scale_estimates is true but no forecast scalar estimator is available: add "
              + "pystrade-optimisation to the class path or set one on the system builder"));
      return est.estimate(estimatorInputs(), code, rule).reindexPad(rawForecast(code, rule));
    });
  }

  /**
   * The inputs an estimator gets: this stage's, with the rules stage seen through this stage's
   * {@link #rawForecast}, so that scalars are estimated from the vol-attenuated forecasts of attenuated rules, as
   * pysystemtrade estimates them from its scaling stage's {@code get_raw_forecast}.
   */
  private ForecastScaleCapInputs estimatorInputs() {
    if (params.attenuatedRules().isEmpty()) {
      return inputs;
    }
    Rules attenuated = new Rules() {
      @Override
      public Map<RuleName, RuleSpec> tradingRules() {
        return rules.tradingRules();
      }

      @Override
      public TimeSeries rawForecast(InstrumentCode code, RuleName rule) {
        return DefaultForecastScaleCap.this.rawForecast(code, rule);
      }
    };
    return new ForecastScaleCapInputs(context, rawData, attenuated, params, inputs.ruleVariations(),
        inputs.estimator());
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
    return rawForecast(code, rule).times(forecastScalar(code, rule));
  }

  @Override
  public TimeSeries cappedForecast(InstrumentCode code, RuleName rule) {
    return context.memo("forecastScaleCap", "cappedForecast", code, rule, () -> {
      return scaledForecast(code, rule).clip(forecastFloor(), forecastCap());
    });
  }
}
